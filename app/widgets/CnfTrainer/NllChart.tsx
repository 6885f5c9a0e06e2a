/** The NLL curve: batch losses (thin, grey) and the exact NLL of the evaluation batch (dots and line), on kit axes. */
import { extent } from 'd3';
import { dotsPath, linePath, makeFrame } from '../../render/plot';
import { Axes } from '../common/chart/Axes';
import { Legend } from '../common/chart/Legend';
import { useStrings } from '../common/i18n';
import { cnfTrainerStrings } from './strings';

export function NllChart({ losses, evals, width = 340 }: { losses: number[]; evals: { iter: number; nll: number }[]; width?: number }) {
  const s = useStrings(cnfTrainerStrings);
  const height = Math.round(Math.min(260, Math.max(200, width * 0.62)));
  const n = Math.max(10, losses.length);
  const all = [...losses, ...evals.map((e) => e.nll)].filter(Number.isFinite);
  const [lo, hi] = all.length ? (extent(all) as [number, number]) : [2, 4];
  const frame = makeFrame({ width, height, x: [0, n], y: [Math.floor(lo * 4) / 4, Math.ceil(hi * 4) / 4 + 1e-9], margin: { left: 52, bottom: 38 } });
  const iters = Float64Array.from(losses, (_, i) => i + 1);
  return (
    <figure className="chart-panel">
      <h4>{s.nllTitle}</h4>
      <Legend
        items={[
          { label: s.batchLoss, color: 'var(--chart-axis)' },
          { label: s.exactNllLegend, color: 'var(--pg-c1)' },
        ]}
      />
      <svg width={width} height={height} role="img" aria-label={s.nllChartLabel(String(losses.length))}>
        <Axes frame={frame} xLabel={s.iterationAxis} yLabel={s.nllAxis} xTicks={4} yTicks={4} />
        <path d={linePath(iters, losses, frame.x, frame.y)} fill="none" stroke="var(--chart-axis)" strokeWidth={1} />
        <path d={linePath(evals.map((e) => e.iter), evals.map((e) => e.nll), frame.x, frame.y)} fill="none" stroke="var(--pg-c1)" strokeWidth={2} />
        <path d={dotsPath(evals.map((e) => e.iter), evals.map((e) => e.nll), frame.x, frame.y, 2.5)} fill="var(--pg-c1)" />
      </svg>
    </figure>
  );
}
