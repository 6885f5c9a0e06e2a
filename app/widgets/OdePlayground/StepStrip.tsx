/**
 * The step-size strip beneath the plot: one stem per attempted step at its start time, as tall as the
 * step (h against t). Accepted steps are stems with a dot, rejected ones a cross, so an adaptive solver's
 * growing and shrinking steps are visible at a glance.
 */
import { Axes } from '../common/chart/Axes';
import { crossesPath, makeFrame, stemsPath, pointsPath } from '../../render/plot';
import type { Trajectory } from './solve';
import { useStrings } from '../common/i18n';
import { odePlaygroundStrings } from './strings';

export interface StepStripProps {
  width: number;
  t0: number;
  t1: number;
  trajectory: Trajectory | null;
  color: string;
}

export function StepStrip({ width, t0, t1, trajectory, color }: StepStripProps) {
  const s = useStrings(odePlaygroundStrings);
  const strip = trajectory?.strip ?? [];
  let hMax = 0;
  for (const s of strip) hMax = Math.max(hMax, Math.abs(s.h));
  const frame = makeFrame({ width, height: 110, x: [Math.min(t0, t1), Math.max(t0, t1)], y: [0, hMax > 0 ? hMax * 1.1 : 1], margin: { top: 8, bottom: 30 } });
  const acc = strip.filter((s) => s.accepted);
  const rej = strip.filter((s) => !s.accepted);
  const at = (list: typeof strip) => list.map((s) => s.t);
  const hs = (list: typeof strip) => list.map((s) => Math.abs(s.h));
  return (
    <svg className="pg-strip" viewBox={`0 0 ${width} 110`} width={width} height={110} role="img" aria-label={s.stripLabel(acc.length, rej.length)}>
      <Axes frame={frame} xLabel={s.stripX} yLabel="h" yTicks={3} />
      <g style={{ color }}>
        <path className="pg-strip-acc" d={stemsPath(at(acc), hs(acc), frame.x, frame.y, 0)} />
        <path className="pg-steps pg-strip-dots" d={pointsPath(at(acc), hs(acc), frame.x, frame.y)} />
      </g>
      <path className="pg-rejected" d={crossesPath(at(rej), hs(rej), frame.x, frame.y, 3.5)} />
    </svg>
  );
}
