/**
 * A small line chart through the site's plot helpers (app/render/plot): one or more series of (x, y)
 * points, with the chart kit's axes, titles and legend.
 */
import { useRef } from 'react';
import { linePath, makeFrame } from '../../render/plot';
import { Axes } from '../common/chart/Axes';
import { Legend } from '../common/chart/Legend';
import { useWidth } from '../common/chart/useWidth';

export interface Series {
  name: string;
  xs: number[];
  ys: number[];
  /** CSS colour, e.g. var(--accent). */
  color: string;
  dashed?: boolean;
}

export function LineChart({ series, title, xLabel, yLabel, label, height = 220, maxWidth = 480 }: { series: Series[]; title?: string; xLabel: string; yLabel: string; label: string; height?: number; maxWidth?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const width = Math.min(maxWidth, useWidth(box, maxWidth));
  const xs = series.flatMap((s) => s.xs).filter(Number.isFinite);
  const ys = series.flatMap((s) => s.ys).filter(Number.isFinite);
  const x: [number, number] = xs.length ? [Math.min(0, ...xs), Math.max(...xs, 1e-9)] : [0, 1];
  let y: [number, number] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1];
  if (y[1] - y[0] < 1e-9) y = [y[0] - 0.5, y[1] + 0.5];
  const pad = 0.05 * (y[1] - y[0]);
  const frame = makeFrame({ width, height, x, y: [y[0] - pad, y[1] + pad], margin: { left: 50, bottom: 36 } });
  return (
    <div ref={box} className="chart-panel" style={{ width: '100%', maxWidth }}>
      {title && <h4>{title}</h4>}
      <svg width={width} height={height} role="img" aria-label={label}>
        <Axes frame={frame} xLabel={xLabel} yLabel={yLabel} xTicks={4} yTicks={4} />
        {series.map((s) => (
          <path key={s.name} d={linePath(s.xs, s.ys, frame.x, frame.y)} fill="none" stroke={s.color} strokeWidth={1.6} strokeDasharray={s.dashed ? '4 3' : undefined} />
        ))}
      </svg>
      <Legend items={series.map((s) => ({ label: s.name, color: s.color, mark: s.dashed ? 'dash' : 'line' }))} />
    </div>
  );
}
