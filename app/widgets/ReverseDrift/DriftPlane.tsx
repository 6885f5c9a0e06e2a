/** The drift demo's phase plane: forward path, backward reconstruction of z, the stored checkpoints. */
import type { DriftResult } from '../../nn/adjointDemo/drift';
import { fitPlane, polyline } from '../AdjointBackward/geometry';
import { PlaneSvg } from '../common/chart/PlaneSvg';
import { useStrings } from '../common/i18n';
import { reverseDriftStrings } from './strings';

const W = 340;
const H = 300;

export function DriftPlane({ run }: { run: DriftResult }) {
  const str = useStrings(reverseDriftStrings);
  const fwd = run.forwardPath.map((s) => s.y);
  const back = run.backwardPath.map((s) => s.y);
  // Fit the forward path and the backward one (clamped to ±10, so a blow-up cannot squash the picture).
  const clamp = (v: number) => Math.max(-10, Math.min(10, v));
  const m = fitPlane([...fwd, [0, 0], ...back.map((p) => [clamp(p[0]), clamp(p[1])])], W, H, 0.08);
  const inside = (p: Float64Array) => p[0] >= m.box.x0 && p[0] <= m.box.x1 && p[1] >= m.box.y0 && p[1] <= m.box.y1;
  const z0b = run.adjoint.zBack0;
  return (
    <PlaneSvg width={W} height={H} box={m.box} xLabel="z₁" yLabel="z₂" role="img" aria-label={str.planeLabel} className="ab-plane">
      <defs><clipPath id="rd-clip"><rect width={W} height={H} /></clipPath></defs>
      <g clipPath="url(#rd-clip)">
        <path d={polyline(m, fwd)} fill="none" stroke="var(--accent)" strokeWidth={2.2} className="rd-forward" />
        <path d={polyline(m, back)} fill="none" stroke="var(--accent-2)" strokeWidth={2} strokeDasharray="5 3" className="rd-backward" />
        {run.zs.slice(1, -1).map((z, i) => (
          <rect key={i} x={m.x(z[0]) - 4} y={m.y(z[1]) - 4} width={8} height={8} fill="var(--panel)" stroke="var(--ink)" className="rd-checkpoint" />
        ))}
        <circle cx={m.x(run.problem.z0[0])} cy={m.y(run.problem.z0[1])} r={5} fill="var(--accent)" />
        <text x={m.x(run.problem.z0[0]) - 8} y={m.y(run.problem.z0[1]) - 8} textAnchor="end" className="plot-note">z(0)</text>
        {inside(z0b) && (
          <g>
            <circle cx={m.x(z0b[0])} cy={m.y(z0b[1])} r={5} fill="none" stroke="var(--accent-2)" strokeWidth={2} />
            <text x={m.x(z0b[0]) - 8} y={m.y(z0b[1]) + 18} textAnchor="end" className="plot-note" fill="var(--pg-c2)">{str.rebuilt}</text>
          </g>
        )}
      </g>
      {!inside(z0b) && (
        <text x={W - 6} y={16} textAnchor="end" className="plot-note" fill="var(--pg-c2)">{str.offChart(z0b[0].toFixed(2), z0b[1].toFixed(2))}</text>
      )}
    </PlaneSvg>
  );
}
