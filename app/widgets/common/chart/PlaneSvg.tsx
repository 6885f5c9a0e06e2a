/**
 * A phase-plane SVG with kit axes: the plane (equal scales on both axes, drawn by the caller in its own
 * `width` × `height` coordinates) sits in a nested <svg> inside margins that hold the ticks and titles.
 * Nesting, not a transform, keeps the caller's coordinates: a handle that maps the pointer through its
 * ownerSVGElement's CTM lands where it did before the axes were added.
 */
import type { ReactNode, SVGProps } from 'react';
import { makeFrame, type Margins } from '../../../render/plot';
import { Axes } from './Axes';

const MARGIN: Margins = { top: 6, right: 8, bottom: 38, left: 46 };

export interface PlaneSvgProps extends Omit<SVGProps<SVGSVGElement>, 'width' | 'height' | 'children'> {
  /** Size of the plane's drawing area. */
  width: number;
  height: number;
  /** The data box shown (from fitPlane). */
  box: { x0: number; x1: number; y0: number; y1: number };
  xLabel: string;
  yLabel: string;
  children: ReactNode;
}

export function PlaneSvg({ width, height, box, xLabel, yLabel, children, ...rest }: PlaneSvgProps) {
  const W = width + MARGIN.left + MARGIN.right;
  const H = height + MARGIN.top + MARGIN.bottom;
  const frame = makeFrame({ width: W, height: H, x: [box.x0, box.x1], y: [box.y0, box.y1], margin: MARGIN });
  return (
    <svg width={W} height={H} {...rest}>
      <Axes frame={frame} xLabel={xLabel} yLabel={yLabel} xTicks={5} yTicks={5} />
      <svg x={MARGIN.left} y={MARGIN.top} width={width} height={height} overflow="hidden">
        {children}
      </svg>
    </svg>
  );
}
