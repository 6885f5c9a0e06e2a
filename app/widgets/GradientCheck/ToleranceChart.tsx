/**
 * The adjoint's error against its backward tolerance (log–log), measured point by point, with the current
 * tolerance marked and the float32 backprop error as a reference line when it is known. Kit axes.
 */
import { BTOL_SERIES } from '../../nn/adjointDemo/gradientCheck';
import { linePath, makeFrame } from '../../render/plot';
import { Axes } from '../common/chart/Axes';
import { Legend } from '../common/chart/Legend';
import { useStrings } from '../common/i18n';
import { gradientCheckStrings } from './strings';

export interface TolPoint {
  btolExp: number;
  error: number;
}

const FLOOR = 1e-11;

export function ToleranceChart({ points, current, backpropError, width = 340 }: { points: TolPoint[]; current: number; backpropError?: number; width?: number }) {
  const s = useStrings(gradientCheckStrings);
  const height = Math.round(Math.min(300, Math.max(220, width * 0.55)));
  const frame = makeFrame({ width, height, x: [10 ** BTOL_SERIES[BTOL_SERIES.length - 1], 10 ** BTOL_SERIES[0]], y: [FLOOR, 1], xLog: true, yLog: true, margin: { left: 56, bottom: 40 } });
  const { x, y } = frame;
  const xs = points.map((p) => 10 ** p.btolExp);
  const ys = points.map((p) => Math.max(p.error, FLOOR));
  return (
    <figure className="chart-panel">
      <h4>{s.chartTitle}</h4>
      <Legend
        items={[
          { label: s.legendAdjoint, color: 'var(--pg-c2)', mark: 'line' },
          ...(backpropError !== undefined ? [{ label: s.legendBackprop, color: 'var(--pg-c1)', mark: 'dash' as const }] : []),
        ]}
      />
      <svg width={width} height={height} role="img" aria-label={s.chartLabel} className="gc-chart">
        <Axes frame={frame} xLabel={s.xAxis} yLabel={s.yAxis} xLog yLog xTicks={6} yTicks={6} />
        <line x1={x(10 ** current)} x2={x(10 ** current)} y1={frame.margin.top} y2={height - frame.margin.bottom} stroke="var(--chart-title)" strokeDasharray="3 3" />
        {backpropError !== undefined && (
          <line x1={frame.margin.left} x2={width - frame.margin.right} y1={y(Math.max(backpropError, FLOOR))} y2={y(Math.max(backpropError, FLOOR))} stroke="var(--pg-c1)" strokeWidth={1.5} strokeDasharray="6 3" className="gc-backprop-line" />
        )}
        <path d={linePath(xs, ys, x, y)} fill="none" stroke="var(--pg-c2)" strokeWidth={2} className="gc-curve" />
        {points.map((p) => (
          <circle key={p.btolExp} cx={x(10 ** p.btolExp)} cy={y(Math.max(p.error, FLOOR))} r={p.btolExp === current ? 5 : 3} fill="var(--pg-c2)" />
        ))}
      </svg>
    </figure>
  );
}
