/**
 * Both solves on one time axis: the forward solver's accepted steps (above) and the backward solver's
 * (below), with the playhead. Shows at a glance that the backward solve picks its own steps.
 */
import type { BackwardScene } from '../../nn/adjointDemo/backwardScene';

const W = 480;
const H = 64;
const L = 64;
const R = 12;

export function StepStrip({ scene, phase, t }: { scene: BackwardScene; phase: 'forward' | 'backward'; t: number }) {
  const T = scene.problem.ts[1];
  const x = (v: number) => L + ((W - L - R) * v) / T;
  const fUpTo = phase === 'forward' ? t : T;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label="Step marks of the forward and backward solves on the time axis" className="ab-strip">
      <text x={L - 6} y={20} fontSize={11} textAnchor="end" fill="var(--accent)">forward</text>
      <text x={L - 6} y={44} fontSize={11} textAnchor="end" fill="var(--accent-2)">backward</text>
      <line x1={x(0)} x2={x(T)} y1={30} y2={30} stroke="var(--rule-strong)" />
      {scene.forwardSteps.map((s, i) => (
        <line key={`f${i}`} x1={x(s.t)} x2={x(s.t)} y1={10} y2={26} stroke="var(--accent)" strokeWidth={1.4} opacity={s.t <= fUpTo + 1e-12 ? 1 : 0.2} />
      ))}
      {scene.backwardSteps.map((s, i) => (
        <line key={`b${i}`} x1={x(s.t)} x2={x(s.t)} y1={34} y2={50} stroke="var(--accent-2)" strokeWidth={1.4} opacity={phase === 'backward' && s.t >= t - 1e-12 ? 1 : 0.2} />
      ))}
      <line x1={x(t)} x2={x(t)} y1={4} y2={54} stroke="var(--ink)" strokeWidth={1.5} />
      <text x={x(0)} y={62} fontSize={10} textAnchor="middle" fill="var(--muted)">t = 0</text>
      <text x={x(T)} y={62} fontSize={10} textAnchor="middle" fill="var(--muted)">t = {T}</text>
    </svg>
  );
}
