/**
 * Peak memory (left) and time per gradient (right) against solver steps, one curve per method, drawn from
 * measurements as they arrive, on kit axes. Memory is plotted in kB or MB, whichever keeps ticks short.
 */
import type { GradMode, MemoryMeasurement } from '../../nn/adjointDemo/memoryRun';
import { formatBytes, linePath, makeFrame } from '../../render/plot';
import { Axes } from '../common/chart/Axes';

export { formatBytes };

const COLOR: Record<GradMode, string> = { backprop: 'var(--pg-c1)', adjoint: 'var(--pg-c2)' };

/** A unit for the y axis: the measured values are divided by `scale` and the title gets `unit`. */
export interface MetricUnit {
  scale: number;
  unit: string;
}

/** kB below 1 MB, MB from there: the byte unit that keeps a memory axis's ticks to three digits or fewer. */
export function byteUnit(maxBytes: number): MetricUnit {
  return maxBytes >= 1e6 ? { scale: 1e6, unit: 'MB' } : { scale: 1e3, unit: 'kB' };
}

export function MetricPlot({ list, maxSteps, metric, title, axisTitle, label, stepsAxis, unit, className, width = 340 }: {
  list: MemoryMeasurement[];
  maxSteps: number;
  metric: (m: MemoryMeasurement) => number;
  /** The panel's heading, e.g. "Peak memory". */
  title: string;
  /** The y axis's title given the unit, e.g. `peak memory (kB)`. */
  axisTitle: (unit: string) => string;
  /** The plot's accessible name. */
  label: string;
  /** The x axis's title. */
  stepsAxis: string;
  unit: MetricUnit;
  className: string;
  width?: number;
}) {
  const height = Math.round(Math.min(280, Math.max(210, width * 0.6)));
  const yMax = (Math.max(1e-9, ...list.map(metric)) * 1.1) / unit.scale;
  const frame = makeFrame({ width, height, x: [0, maxSteps], y: [0, yMax], margin: { left: 56, bottom: 40 } });
  const series = (mode: GradMode) => list.filter((m) => m.mode === mode).sort((a, b) => a.steps - b.steps);
  return (
    <figure className="chart-panel">
      <h4>{title}</h4>
      <svg width={width} height={height} role="img" aria-label={label} className={`mm-plot ${className}`}>
        <Axes frame={frame} xLabel={stepsAxis} yLabel={axisTitle(unit.unit)} xTicks={5} yTicks={4} />
        {(['backprop', 'adjoint'] as const).map((mode) => {
          const s = series(mode);
          return (
            <g key={mode}>
              <path d={linePath(s.map((m) => m.steps), s.map((m) => metric(m) / unit.scale), frame.x, frame.y)} fill="none" stroke={COLOR[mode]} strokeWidth={2} className={`mm-curve mm-${mode}`} data-points={s.length} />
              {s.map((m) => (
                <circle key={m.steps} cx={frame.x(m.steps)} cy={frame.y(metric(m) / unit.scale)} r={2.8} fill={COLOR[mode]} />
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
