/**
 * Error against the number of checkpoints, log scale: how far the backward solve's z(0) lands from the
 * true z(0), and the relative error of dL/dθ. Points are measured (see drift.ts), drawn as they arrive.
 */
import { scaleLinear, scaleLog } from 'd3';
import type { DriftPoint } from '../../nn/adjointDemo/drift';
import { CHECKPOINT_SERIES } from '../../nn/adjointDemo/drift';

const W = 300;
const H = 220;
const M = { l: 46, r: 10, t: 12, b: 34 };

export function ErrorChart({ points, current }: { points: DriftPoint[]; current: number }) {
  const x = scaleLinear().domain([0, CHECKPOINT_SERIES[CHECKPOINT_SERIES.length - 1]]).range([M.l, W - M.r]);
  const y = scaleLog().domain([1e-12, 1e2]).range([H - M.b, M.t]).clamp(true);
  const line = (get: (p: DriftPoint) => number) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${x(p.checkpoints).toFixed(1)},${y(Math.max(get(p), 1e-12)).toFixed(1)}`).join('');
  const ticks = [1e-12, 1e-9, 1e-6, 1e-3, 1];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label="Error against number of checkpoints" className="rd-chart">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.l} x2={W - M.r} y1={y(t)} y2={y(t)} stroke="var(--rule)" />
          <text x={M.l - 4} y={y(t) + 4} fontSize={10} textAnchor="end" fill="var(--muted)">{t === 1 ? '1' : `1e${Math.log10(t)}`}</text>
        </g>
      ))}
      {CHECKPOINT_SERIES.map((c) => (
        <text key={c} x={x(c)} y={H - M.b + 14} fontSize={10} textAnchor="middle" fill="var(--muted)">{c}</text>
      ))}
      <text x={(M.l + W - M.r) / 2} y={H - 4} fontSize={11} textAnchor="middle" fill="var(--muted)">checkpoints stored</text>
      <line x1={x(current)} x2={x(current)} y1={M.t} y2={H - M.b} stroke="var(--ink)" strokeDasharray="3 3" />
      <path d={line((p) => p.reconstructionError)} fill="none" stroke="var(--accent-2)" strokeWidth={2} className="rd-recon" />
      <path d={line((p) => p.gradientError)} fill="none" stroke="var(--accent)" strokeWidth={2} className="rd-grad" />
      {points.map((p) => (
        <g key={p.checkpoints}>
          <circle cx={x(p.checkpoints)} cy={y(Math.max(p.reconstructionError, 1e-12))} r={3} fill="var(--accent-2)" />
          <circle cx={x(p.checkpoints)} cy={y(Math.max(p.gradientError, 1e-12))} r={3} fill="var(--accent)" />
        </g>
      ))}
    </svg>
  );
}
