/** The NLL curve: batch losses (thin) and the exact NLL of the evaluation batch (dots and line). */
import { extent, line, scaleLinear } from 'd3';

const W = 320;
const H = 180;
const M = { l: 40, r: 8, t: 8, b: 26 };

export function NllChart({ losses, evals }: { losses: number[]; evals: { iter: number; nll: number }[] }) {
  const n = Math.max(10, losses.length);
  const all = [...losses, ...evals.map((e) => e.nll)].filter(Number.isFinite);
  const [lo, hi] = all.length ? (extent(all) as [number, number]) : [2, 4];
  const x = scaleLinear().domain([0, n]).range([M.l, W - M.r]);
  const y = scaleLinear()
    .domain([Math.floor(lo * 4) / 4, Math.ceil(hi * 4) / 4 + 1e-9])
    .range([H - M.b, M.t]);
  const lossPath = line<number>()
    .x((_, i) => x(i + 1))
    .y((v) => y(v))(losses.filter(Number.isFinite));
  const evalPath = line<{ iter: number; nll: number }>()
    .x((e) => x(e.iter))
    .y((e) => y(e.nll))(evals);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} role="img" aria-label={`Negative log-likelihood over ${losses.length} iterations`}>
      <line x1={M.l} x2={W - M.r} y1={H - M.b} y2={H - M.b} stroke="var(--rule)" />
      <line x1={M.l} x2={M.l} y1={M.t} y2={H - M.b} stroke="var(--rule)" />
      {y.ticks(4).map((t) => (
        <text key={t} x={M.l - 4} y={y(t) + 4} textAnchor="end" fontSize={10} fill="var(--muted)">
          {t.toFixed(2)}
        </text>
      ))}
      {x.ticks(4).map((t) => (
        <text key={t} x={x(t)} y={H - 8} textAnchor="middle" fontSize={10} fill="var(--muted)">
          {t}
        </text>
      ))}
      {lossPath && <path d={lossPath} fill="none" stroke="var(--muted)" strokeWidth={0.8} opacity={0.7} />}
      {evalPath && <path d={evalPath} fill="none" stroke="var(--accent)" strokeWidth={2} />}
      <text x={W - M.r} y={M.t + 10} textAnchor="end" fontSize={10} fill="var(--muted)">
        grey: batch loss · colour: exact NLL
      </text>
    </svg>
  );
}
