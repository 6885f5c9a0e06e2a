/**
 * The adjoint's error against its backward tolerance (log–log), measured point by point, with the current
 * tolerance marked and the float32 backprop error as a reference line when it is known.
 */
import { formatToleranceExp } from '../../render/plot';
import { scaleLog } from 'd3';
import { BTOL_SERIES } from '../../nn/adjointDemo/gradientCheck';

const W = 300;
const H = 200;
const M = { l: 46, r: 10, t: 10, b: 34 };

export interface TolPoint {
  btolExp: number;
  error: number;
}

export function ToleranceChart({ points, current, backpropError }: { points: TolPoint[]; current: number; backpropError?: number }) {
  const x = scaleLog().domain([10 ** BTOL_SERIES[BTOL_SERIES.length - 1], 10 ** BTOL_SERIES[0]]).range([M.l, W - M.r]);
  const y = scaleLog().domain([1e-11, 1]).range([H - M.b, M.t]).clamp(true);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(10 ** p.btolExp).toFixed(1)},${y(Math.max(p.error, 1e-11)).toFixed(1)}`).join('');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label="Adjoint gradient error against backward tolerance" className="gc-chart">
      {[1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1].map((t) => (
        <g key={t}>
          <line x1={M.l} x2={W - M.r} y1={y(t)} y2={y(t)} stroke="var(--rule)" />
          <text x={M.l - 4} y={y(t) + 4} fontSize={10} textAnchor="end" fill="var(--muted)">{t === 1 ? '1' : `1e${Math.log10(t)}`}</text>
        </g>
      ))}
      {[-12, -10, -8, -6, -4, -2].map((e) => (
        <text key={e} x={x(10 ** e)} y={H - M.b + 14} fontSize={10} textAnchor="middle" fill="var(--muted)">{formatToleranceExp(e)}</text>
      ))}
      <text x={(M.l + W - M.r) / 2} y={H - 4} fontSize={11} textAnchor="middle" fill="var(--muted)">backward rtol</text>
      <line x1={x(10 ** current)} x2={x(10 ** current)} y1={M.t} y2={H - M.b} stroke="var(--ink)" strokeDasharray="3 3" />
      {backpropError !== undefined && (
        <line x1={M.l} x2={W - M.r} y1={y(Math.max(backpropError, 1e-11))} y2={y(Math.max(backpropError, 1e-11))} stroke="var(--accent)" strokeDasharray="6 3" className="gc-backprop-line" />
      )}
      <path d={d} fill="none" stroke="var(--accent-2)" strokeWidth={2} className="gc-curve" />
      {points.map((p) => (
        <circle key={p.btolExp} cx={x(10 ** p.btolExp)} cy={y(Math.max(p.error, 1e-11))} r={p.btolExp === current ? 5 : 3} fill="var(--accent-2)" />
      ))}
    </svg>
  );
}
