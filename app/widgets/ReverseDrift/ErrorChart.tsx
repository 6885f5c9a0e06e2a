/**
 * Error against the number of checkpoints, log scale: how far the backward solve's z(0) lands from the
 * true z(0), and the relative error of dL/dθ. Points are measured (see drift.ts), drawn as they arrive.
 */
import type { DriftPoint } from '../../nn/adjointDemo/drift';
import { CHECKPOINT_SERIES } from '../../nn/adjointDemo/drift';
import { linePath, makeFrame } from '../../render/plot';
import { Axes } from '../common/chart/Axes';
import { Legend } from '../common/chart/Legend';
import { useStrings } from '../common/i18n';
import { reverseDriftStrings } from './strings';

const FLOOR = 1e-12;

export function ErrorChart({ points, current, width = 340 }: { points: DriftPoint[]; current: number; width?: number }) {
  const s = useStrings(reverseDriftStrings);
  const height = Math.round(Math.min(300, Math.max(220, width * 0.6)));
  const frame = makeFrame({ width, height, x: [0, CHECKPOINT_SERIES[CHECKPOINT_SERIES.length - 1]], y: [FLOOR, 1e2], yLog: true, margin: { left: 56, bottom: 40 } });
  const { x, y } = frame;
  const xs = points.map((p) => p.checkpoints);
  const recon = points.map((p) => Math.max(p.reconstructionError, FLOOR));
  const grad = points.map((p) => Math.max(p.gradientError, FLOOR));
  return (
    <figure className="chart-panel">
      <h4>{s.chartTitle}</h4>
      <Legend
        items={[
          { label: s.legendRebuilt, color: 'var(--pg-c2)' },
          { label: s.legendGradient, color: 'var(--pg-c1)' },
        ]}
      />
      <svg width={width} height={height} role="img" aria-label={s.chartLabel} className="rd-chart">
        <Axes frame={frame} xLabel={s.xAxis} yLabel={s.yAxis} yLog yTicks={6} xTicks={6} />
        <line x1={x(current)} x2={x(current)} y1={frame.margin.top} y2={height - frame.margin.bottom} stroke="var(--chart-title)" strokeDasharray="3 3" />
        <path d={linePath(xs, recon, x, y)} fill="none" stroke="var(--pg-c2)" strokeWidth={2} className="rd-recon" />
        <path d={linePath(xs, grad, x, y)} fill="none" stroke="var(--pg-c1)" strokeWidth={2} className="rd-grad" />
        {points.map((p, i) => (
          <g key={p.checkpoints}>
            <circle cx={x(p.checkpoints)} cy={y(recon[i])} r={3} fill="var(--pg-c2)" />
            <circle cx={x(p.checkpoints)} cy={y(grad[i])} r={3} fill="var(--pg-c1)" />
          </g>
        ))}
      </svg>
    </figure>
  );
}
