/**
 * Peak bytes (left) and time per gradient (right) against solver steps, one curve per method, drawn from
 * measurements as they arrive.
 */
import { scaleLinear } from 'd3';
import type { GradMode, MemoryMeasurement } from '../../nn/adjointDemo/memoryRun';

const W = 300;
const H = 210;
const M = { l: 52, r: 10, t: 12, b: 34 };
const COLOR: Record<GradMode, string> = { backprop: 'var(--accent)', adjoint: 'var(--accent-2)' };

export function MetricPlot({ list, maxSteps, metric, label, format, className }: {
  list: MemoryMeasurement[];
  maxSteps: number;
  metric: (m: MemoryMeasurement) => number;
  label: string;
  format: (v: number) => string;
  className: string;
}) {
  const yMax = Math.max(1e-9, ...list.map(metric)) * 1.1;
  const x = scaleLinear().domain([0, maxSteps]).range([M.l, W - M.r]);
  const y = scaleLinear().domain([0, yMax]).range([H - M.b, M.t]);
  const curve = (mode: GradMode) =>
    list.filter((m) => m.mode === mode).sort((a, b) => a.steps - b.steps)
      .map((m, i) => `${i ? 'L' : 'M'}${x(m.steps).toFixed(1)},${y(metric(m)).toFixed(1)}`).join('');
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`${label} against solver steps`} className={`mm-plot ${className}`}>
      {y.ticks(4).map((t) => (
        <g key={t}>
          <line x1={M.l} x2={W - M.r} y1={y(t)} y2={y(t)} stroke="var(--rule)" />
          <text x={M.l - 4} y={y(t) + 4} fontSize={10} textAnchor="end" fill="var(--muted)">{format(t)}</text>
        </g>
      ))}
      {x.ticks(5).map((t) => (
        <text key={t} x={x(t)} y={H - M.b + 14} fontSize={10} textAnchor="middle" fill="var(--muted)">{t}</text>
      ))}
      <text x={(M.l + W - M.r) / 2} y={H - 4} fontSize={11} textAnchor="middle" fill="var(--muted)">solver steps (rk4)</text>
      <text x={M.l} y={M.t - 2} fontSize={11} fill="var(--muted)">{label}</text>
      {(['backprop', 'adjoint'] as const).map((mode) => (
        <g key={mode}>
          <path d={curve(mode)} fill="none" stroke={COLOR[mode]} strokeWidth={2} className={`mm-curve mm-${mode}`} data-points={list.filter((m) => m.mode === mode).length} />
          {list.filter((m) => m.mode === mode).map((m) => (
            <circle key={m.steps} cx={x(m.steps)} cy={y(metric(m))} r={2.8} fill={COLOR[mode]} />
          ))}
        </g>
      ))}
    </svg>
  );
}

export const formatBytes = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(b >= 1e7 ? 0 : 1)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(0)} kB` : `${b.toFixed(0)} B`);
