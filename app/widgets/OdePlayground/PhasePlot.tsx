/**
 * The main picture: slope field (scalar) or vector field (planar), the exact solution where one is known
 * (dashed), each trajectory with every step the solver took, and the draggable initial values.
 * Everything arrives computed; this component only turns arrays into paths.
 */
import { memo, useId, useMemo } from 'react';
import { Axes, crossesPath, linePath, pointsPath, segmentsPath } from '../../render/plot';
import type { Frame } from '../../render/plot/scales';
import type { Window } from '../../math/problems/presets';
import type { Method } from '../../solver/types';
import type { SampledField } from './field';
import { Handles } from './Handles';
import type { Trajectory } from './solve';

export interface PhasePlotProps {
  frame: Frame;
  dim: 1 | 2;
  t0: number;
  window: Window;
  field: SampledField | null;
  trajectories: Trajectory[];
  exactCurves: { xs: number[]; ys: number[] }[];
  method: Method;
  colors: string[];
  values: number[];
  onChange(values: number[], commit: boolean): void;
  onActivate(i: number): void;
  label: string;
}

export function PhasePlot(p: PhasePlotProps) {
  const clipId = useId();
  const { frame, dim } = p;
  const { x, y, width, height, margin } = frame;
  const fixed = p.method === 'euler' || p.method === 'midpoint' || p.method === 'rk4';
  const fieldPath = useMemo(() => fieldToPath(p.field, frame, dim), [p.field, frame, dim]);
  let stepCount = 0;
  let rejectCount = 0;
  let stageCount = 0;
  for (const tr of p.trajectories) {
    stepCount += tr.stepT.length - 1;
    rejectCount += tr.rejT.length;
    stageCount += tr.stageT.length;
  }
  return (
    <svg className="pg-plot" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-label={p.label}>
      <defs>
        <clipPath id={clipId}>
          <rect x={margin.left} y={margin.top} width={width - margin.left - margin.right} height={height - margin.top - margin.bottom} />
        </clipPath>
      </defs>
      <Axes frame={frame} xLabel={dim === 1 ? 't' : 'x'} yLabel="y" />
      <g clipPath={`url(#${clipId})`}>
        <path className="pg-field" d={fieldPath} />
        {p.exactCurves.map((c, i) => (
          <path key={`e${i}`} className="pg-exact" d={linePath(c.xs, c.ys, x, y)} />
        ))}
        {p.trajectories.map((tr, i) => (
          <TrajectoryMarks key={i} index={i} tr={tr} frame={frame} dim={dim} fixed={fixed} color={p.colors[i % p.colors.length]} />
        ))}
      </g>
      <g data-testid="step-marks" data-steps={stepCount} data-rejected={rejectCount} data-stages={stageCount} />
      <Handles frame={frame} dim={dim} t0={p.t0} window={p.window} values={p.values} colors={p.colors} onChange={p.onChange} onActivate={p.onActivate} />
    </svg>
  );
}

/**
 * Most stage points drawn per trajectory. Beyond this (Dopri5 at tolerances near 1e-10, or thousands of
 * RK4 steps) they merge into a smear that only costs frame time; the readout still counts them.
 */
export const MAX_STAGE_POINTS = 1500;

interface MarksProps {
  index: number;
  tr: Trajectory;
  frame: Frame;
  dim: 1 | 2;
  fixed: boolean;
  color: string;
}

/** One trajectory's line and marks. Memoised: while another handle is dragged, this one is not redrawn. */
const TrajectoryMarks = memo(function TrajectoryMarks({ index, tr, frame, dim, fixed, color }: MarksProps) {
  const { x, y } = frame;
  // Horizontal/vertical data of a trajectory: (t, y) for scalar ODEs, (x, y) for planar systems.
  const hx = (t: number[], ys: number[][]) => (dim === 1 ? t : ys[0]);
  const hy = (ys: number[][]) => (dim === 1 ? ys[0] : ys[1]);
  // Fixed-step methods: the honest picture is the polyline through the steps themselves.
  const d = fixed || tr.curveT.length === 0 ? linePath(hx(tr.stepT, tr.stepYs), hy(tr.stepYs), x, y) : linePath(hx(tr.curveT, tr.curveYs), hy(tr.curveYs), x, y);
  const stages = tr.stageT.length <= MAX_STAGE_POINTS ? pointsPath(hx(tr.stageT, tr.stageYs), hy(tr.stageYs), x, y) : '';
  return (
    <g style={{ color }}>
      <path className="pg-traj" d={d} data-testid={`trajectory-${index + 1}`} />
      <path className="pg-stages" d={stages} />
      <path className="pg-steps" d={pointsPath(hx(tr.stepT, tr.stepYs), hy(tr.stepYs), x, y)} />
      <path className="pg-rejected" d={crossesPath(hx(tr.rejT, tr.rejYs), hy(tr.rejYs), x, y, 4)} />
    </g>
  );
});

/** The slope ticks (scalar) or arrows (planar) of a sampled field as one path; arrow length grows with |f| on a log scale. */
function fieldToPath(f: SampledField | null, frame: Frame, dim: 1 | 2): string {
  if (!f) return '';
  const { x, y, width, height, margin } = frame;
  const cell = Math.min((width - margin.left - margin.right) / 24, (height - margin.top - margin.bottom) / 14);
  let len: number | Float64Array = cell * 0.7;
  if (dim === 2) {
    let max = 0;
    for (const m of f.mag) if (Number.isFinite(m) && m > max) max = m;
    len = f.mag.map((m) => cell * (0.3 + 0.55 * (max > 0 ? Math.log1p(m) / Math.log1p(max) : 0)));
  }
  return segmentsPath(f.xs, f.ys, f.dx, f.dy, x, y, len, dim === 2);
}
