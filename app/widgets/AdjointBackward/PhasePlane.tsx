/**
 * The phase plane of the backward-pass animation: the stored forward path and its step marks, the backward
 * reconstruction of z up to the playhead with its step marks, and a(t) as arrows at the backward steps.
 */
import type { BackwardScene } from '../../nn/adjointDemo/backwardScene';
import { TargetHandle } from './TargetHandle';
import { useStrings } from '../common/i18n';
import { adjointBackwardStrings } from './strings';
import { PlaneSvg } from '../common/chart/PlaneSvg';
import { backwardAt } from '../../nn/adjointDemo/backwardScene';
import { forwardAt } from '../../nn/adjointDemo/drift';
import { arrowPath, fitPlane, polyline, type PlaneMap } from './geometry';

const W = 360;

/** Zero-length round-capped segments: one path draws every step end as a dot. */
function dots(m: PlaneMap, marks: { y: Float64Array }[]): string {
  return marks.map((s) => `M${m.x(s.y[0]).toFixed(1)},${m.y(s.y[1]).toFixed(1)}h0`).join('');
}

/** Small squares, one subpath each. */
function squares(m: PlaneMap, marks: { y: Float64Array }[]): string {
  return marks.map((s) => `M${(m.x(s.y[0]) - 2.5).toFixed(1)},${(m.y(s.y[1]) - 2.5).toFixed(1)}h5v5h-5z`).join('');
}
const H = 300;

export interface PlaneView {
  /** 'forward': drawing z up to `t`; 'backward': the backward solve has reached `t`. */
  phase: 'forward' | 'backward';
  t: number;
}

export function PhasePlane({ scene, view, onTarget }: { scene: BackwardScene; view: PlaneView; onTarget?: (x: number, y: number) => void }) {
  const s = useStrings(adjointBackwardStrings);
  // The view depends on the forward path only (and a unit box), so dragging the target never rescales it.
  const m = fitPlane([...scene.forwardPath.map((s) => s.y), [-1, -1], [1, 1]], W, H);
  const T = scene.problem.ts[1];
  const fwdUpTo = view.phase === 'forward' ? view.t : T;
  const fwdPts = scene.forwardPath.filter((s) => s.t <= fwdUpTo).map((s) => s.y);
  if (view.phase === 'forward') fwdPts.push(forwardAt(scene.forwardPath, view.t));
  const fwdMarks = scene.forwardSteps.filter((s) => s.t <= fwdUpTo + 1e-12);
  const back = view.phase === 'backward' ? scene.backwardPath.filter((s) => s.t >= view.t) : [];
  const backPts = back.map((s) => s.y);
  if (view.phase === 'backward') backPts.push(backwardAt(scene, view.t));
  const backMarks = view.phase === 'backward' ? scene.backwardSteps.filter((s) => s.t >= view.t - 1e-12) : [];
  // Arrow length: the largest |a| over the backward solve maps to 60 SVG units.
  let aMax = 1e-300;
  for (const s of scene.backwardSteps) aMax = Math.max(aMax, Math.hypot(s.y[2], s.y[3]));
  const aScale = 60 / aMax;
  // At most ~40 arrows (every k-th backward step), so a tight tolerance does not flood the picture.
  const every = Math.max(1, Math.ceil(scene.backwardSteps.length / 40));
  const arrows = backMarks
    .filter((_, i) => i % every === 0)
    .map((s) => arrowPath(m.x(s.y[0]), m.y(s.y[1]), s.y[2] * aScale, -s.y[3] * aScale))
    .join('');
  const target = scene.problem.targets[1];
  const head = view.phase === 'forward' ? forwardAt(scene.forwardPath, view.t) : backwardAt(scene, view.t);
  return (
    <PlaneSvg width={W} height={H} box={m.box} xLabel="z₁" yLabel="z₂" role="group" aria-label={s.planeLabel} className="ab-plane">
      <defs>
        <clipPath id="ab-clip"><rect width={W} height={H} /></clipPath>
      </defs>
      <g clipPath="url(#ab-clip)">
        <path d={polyline(m, fwdPts)} fill="none" stroke="var(--accent)" strokeWidth={2.2} className="ab-forward" />
        <path d={dots(m, fwdMarks)} stroke="var(--accent)" strokeWidth={5} strokeLinecap="round" fill="none" className="ab-fsteps" data-count={fwdMarks.length} />
        <path d={polyline(m, backPts)} fill="none" stroke="var(--accent-2)" strokeWidth={2} strokeDasharray="5 3" className="ab-backward" />
        <path d={arrows} stroke="var(--accent-2)" strokeWidth={1.3} fill="none" className="ab-arrows" />
        <path d={squares(m, backMarks)} fill="var(--panel)" stroke="var(--accent-2)" className="ab-bsteps" data-count={backMarks.length} />
        {target && <TargetHandle m={m} x={target[0]} y={target[1]} onMove={onTarget} />}
        <circle cx={m.x(scene.problem.z0[0])} cy={m.y(scene.problem.z0[1])} r={4} fill="none" stroke="var(--ink)" />
        <text x={m.x(scene.problem.z0[0]) + 6} y={m.y(scene.problem.z0[1]) + 14} className="plot-note">z(0)</text>
        <circle cx={m.x(head[0])} cy={m.y(head[1])} r={5} fill={view.phase === 'forward' ? 'var(--accent)' : 'var(--accent-2)'} />
      </g>
    </PlaneSvg>
  );
}
