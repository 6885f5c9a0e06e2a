/**
 * Axes and a colour-scale bar around a canvas image (a density heat map): the canvas fills the plot area
 * of a kit `Frame`, the SVG on top draws the axes with the kit's ticks and titles, and a vertical bar at
 * the right says what each colour means. Pass the canvas as the child.
 */
import { useId, type ReactNode } from 'react';
import { makeFrame, rampStops, tickLabel, type RampName } from '../../../render/plot';
import { Axes } from './Axes';

export interface ColorBarSpec {
  ramp: RampName;
  /** What a colour stands for, with its unit. */
  label: string;
  domain: [number, number];
}

export interface CanvasAxesProps {
  /** Side of the square plot area in CSS px. */
  size: number;
  /** Data extent shown: [−extent, extent] on both axes. */
  extent: number;
  xLabel: string;
  yLabel: string;
  colorBar?: ColorBarSpec;
  children: ReactNode;
}

const MARGIN = { top: 8, right: 10, bottom: 38, left: 44 };
/** Width taken by the colour bar and its ticks and title, right of the plot. */
const BAR_SPACE = 62;

/** The total width CanvasAxes needs for a plot of side `size`: lets a widget pick `size` from its room. */
export function canvasAxesWidth(size: number, withBar: boolean): number {
  return size + MARGIN.left + MARGIN.right + (withBar ? BAR_SPACE : 0);
}
/** The inverse of canvasAxesWidth: the largest plot side that fits in `width`. */
export function canvasPlotSize(width: number, withBar: boolean, max: number): number {
  return Math.max(120, Math.min(max, width - MARGIN.left - MARGIN.right - (withBar ? BAR_SPACE : 0)));
}

export function CanvasAxes({ size, extent, xLabel, yLabel, colorBar, children }: CanvasAxesProps) {
  const gradientId = useId().replace(/:/g, '');
  const width = canvasAxesWidth(size, !!colorBar);
  const height = size + MARGIN.top + MARGIN.bottom;
  const frame = makeFrame({ width: size + MARGIN.left + MARGIN.right, height, x: [-extent, extent], y: [-extent, extent], margin: MARGIN });
  const barX = size + MARGIN.left + MARGIN.right + 4;
  const barW = 12;
  const bar = colorBar
    ? makeFrame({ width: barX + barW, height, x: [0, 1], y: colorBar.domain, margin: { ...MARGIN, left: barX, right: 0 } })
    : null;
  return (
    <div className="chart-canvas" style={{ width, height }}>
      <div style={{ position: 'absolute', left: MARGIN.left, top: MARGIN.top, width: size, height: size }} className="chart-canvas-area">
        {children}
      </div>
      <svg width={width} height={height} aria-hidden="true">
        <Axes frame={frame} xLabel={xLabel} yLabel={yLabel} xTicks={5} yTicks={5} grid={false} />
        {colorBar && bar && (
          <g className="plot-colorbar">
            <defs>
              <linearGradient id={gradientId} x1="0" x2="0" y1="1" y2="0">
                {rampStops(colorBar.ramp).map((s) => (
                  <stop key={s.offset} offset={s.offset} stopColor={s.color} />
                ))}
              </linearGradient>
            </defs>
            <rect x={barX} y={MARGIN.top} width={barW} height={size} fill={`url(#${gradientId})`} stroke="var(--chart-axis)" />
            {bar.y.ticks(4).map((v) => (
              <text key={v} x={barX + barW + 4} y={bar.y(v) + 4} className="plot-tick">
                {tickLabel(v)}
              </text>
            ))}
            <text transform={`translate(${width - 4} ${MARGIN.top + size / 2}) rotate(-90)`} textAnchor="middle" className="plot-label">
              {colorBar.label}
            </text>
          </g>
        )}
      </svg>
    </div>
  );
}
