/**
 * Both solves on one time axis: the forward solver's accepted steps (above) and the backward solver's
 * (below), with the playhead. Shows at a glance that the backward solve picks its own steps.
 */
import type { BackwardScene } from '../../nn/adjointDemo/backwardScene';
import { useStrings } from '../common/i18n';
import { adjointBackwardStrings } from './strings';

const H = 68;
const L = 64;
const R = 12;

export function StepStrip({ scene, phase, t, width = 480 }: { scene: BackwardScene; phase: 'forward' | 'backward'; t: number; width?: number }) {
  const s = useStrings(adjointBackwardStrings);
  const W = Math.max(240, width);
  const T = scene.problem.ts[1];
  const x = (v: number) => L + ((W - L - R) * v) / T;
  const fUpTo = phase === 'forward' ? t : T;
  const ticks = (ts: number[], y0: number, y1: number) => ts.map((v) => `M${x(v).toFixed(1)},${y0}V${y1}`).join('');
  const fDone = scene.forwardSteps.filter((s) => s.t <= fUpTo + 1e-12).map((s) => s.t);
  const fTodo = scene.forwardSteps.filter((s) => s.t > fUpTo + 1e-12).map((s) => s.t);
  const bPassed = (s: { t: number }) => phase === 'backward' && s.t >= t - 1e-12;
  const bDone = scene.backwardSteps.filter(bPassed).map((s) => s.t);
  const bTodo = scene.backwardSteps.filter((s) => !bPassed(s)).map((s) => s.t);
  return (
    <svg width={W} height={H} role="img" aria-label={s.stripLabel} className="ab-strip">
      <text x={L - 6} y={20} textAnchor="end" className="plot-label" fill="var(--pg-c1)">{s.forward}</text>
      <text x={L - 6} y={44} textAnchor="end" className="plot-label" fill="var(--pg-c2)">{s.backward}</text>
      <line x1={x(0)} x2={x(T)} y1={30} y2={30} stroke="var(--rule-strong)" />
      <path d={ticks(fDone, 10, 26)} stroke="var(--accent)" strokeWidth={1.4} />
      <path d={ticks(fTodo, 10, 26)} stroke="var(--accent)" strokeWidth={1.4} opacity={0.2} />
      <path d={ticks(bDone, 34, 50)} stroke="var(--accent-2)" strokeWidth={1.4} />
      <path d={ticks(bTodo, 34, 50)} stroke="var(--accent-2)" strokeWidth={1.4} opacity={0.2} />
      <line x1={x(t)} x2={x(t)} y1={4} y2={54} stroke="var(--ink)" strokeWidth={1.5} />
      <text x={x(0)} y={66} textAnchor="middle" className="plot-tick">t = 0</text>
      <text x={x(T)} y={66} textAnchor="end" className="plot-tick">t = {T}</text>
    </svg>
  );
}
