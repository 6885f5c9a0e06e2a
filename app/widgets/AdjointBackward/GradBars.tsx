/**
 * The parameter gradient accumulating: a_θ(t) for every parameter as a horizontal bar, with the final
 * dL/dθ = a_θ(0) as an outline. Values come from the backward solve; nothing is computed here.
 */
import { fmt } from './geometry';
import { useStrings } from '../common/i18n';
import { adjointBackwardStrings } from './strings';

const W = 280;
const ROW = 18;

export function GradBars({ names, values, finals }: { names: readonly string[]; values: ArrayLike<number>; finals: ArrayLike<number> }) {
  const s = useStrings(adjointBackwardStrings);
  let max = 1e-300;
  for (let i = 0; i < finals.length; i++) max = Math.max(max, Math.abs(finals[i]), Math.abs(values[i]));
  const half = (W - 120) / 2;
  const x0 = 64 + half;
  const H = names.length * ROW + 20;
  return (
    <svg width={W} height={H} role="img" aria-label={s.barsLabel} className="ab-bars">
      <text x={x0} y={11} textAnchor="middle" className="plot-label">a_θ(t) → dL/dθ</text>
      <line x1={x0} x2={x0} y1={15} y2={H} stroke="var(--rule-strong)" />
      {names.map((n, i) => {
        const y = 18 + i * ROW;
        const v = values[i];
        const f = finals[i];
        const w = (v / max) * half;
        const wf = (f / max) * half;
        return (
          <g key={n}>
            <text x={60} y={y + 11} textAnchor="end" className="plot-tick">{n}</text>
            <rect x={Math.min(x0, x0 + wf)} y={y + 2} width={Math.abs(wf)} height={ROW - 5} fill="none" stroke="var(--muted)" strokeDasharray="2 2" />
            <rect x={Math.min(x0, x0 + w)} y={y + 2} width={Math.abs(w)} height={ROW - 5} fill="var(--accent-2)" opacity={0.85} className="ab-bar" />
            <text x={W - 2} y={y + 11} textAnchor="end" className="plot-tick">{fmt(v, 2)}</text>
          </g>
        );
      })}
    </svg>
  );
}
