/** The explorer's three plots, drawn from measured points only: NFE and error against tolerance, time against NFE. */
import { Axes } from '../common/chart/Axes';
import { dotsPath, linePath } from '../../render/plot';
import { makeFrame } from '../../render/plot';
import type { SweepPoint } from './sweep';
import { useStrings } from '../common/i18n';
import { toleranceExplorerStrings } from './strings';

interface PlotProps {
  width: number;
  points: SweepPoint[];
  selected: SweepPoint | undefined;
}
const H = 200;
/** The x axis is log10 rtol on a linear scale, so ticks fall on whole decades (−10 … −2). */
const tolDomain: [number, number] = [-10.3, -1.7];

export function NfeVsTol({ width, points, selected }: PlotProps) {
  const t = useStrings(toleranceExplorerStrings);
  const f = makeFrame({ width, height: H, x: tolDomain, y: [50, 2e5], yLog: true, margin: { left: 50 } });
  const xs = points.map((p) => p.logTol), ys = points.map((p) => p.nfe);
  return (
    <svg className="te-plot" width={width} height={H} role="img" aria-label={t.nfeLabel}>
      <Axes frame={f} xLabel="log₁₀ rtol" yLabel={t.evaluations} yLog xTicks={5} />
      <path className="te-line" d={linePath(xs, ys, f.x, f.y)} />
      <path className="te-dots" d={dotsPath(xs, ys, f.x, f.y, 2.5)} />
      {selected && <path className="te-sel" d={dotsPath([selected.logTol], [selected.nfe], f.x, f.y, 5)} />}
    </svg>
  );
}

export function ErrorVsTol({ width, points, selected }: PlotProps) {
  const t = useStrings(toleranceExplorerStrings);
  const f = makeFrame({ width, height: H, x: tolDomain, y: [3e-11, 30], yLog: true, margin: { left: 58 } });
  const xs = points.map((p) => p.logTol), ys = points.map((p) => Math.max(1e-10, p.error));
  return (
    <svg className="te-plot" width={width} height={H} role="img" aria-label={t.errorLabel}>
      <Axes frame={f} xLabel="log₁₀ rtol" yLabel={t.largestError} yLog xTicks={5} />
      <path className="te-diag" d={linePath([-10, -2], [1e-10, 1e-2], f.x, f.y)} />
      <path className="te-line" d={linePath(xs, ys, f.x, f.y)} />
      <path className="te-dots" d={dotsPath(xs, ys, f.x, f.y, 2.5)} />
      {selected && <path className="te-sel" d={dotsPath([selected.logTol], [Math.max(1e-10, selected.error)], f.x, f.y, 5)} />}
    </svg>
  );
}

export function TimeVsNfe({ width, points, selected }: PlotProps) {
  const t = useStrings(toleranceExplorerStrings);
  const maxN = Math.max(1000, ...points.map((p) => p.nfe)) * 1.05;
  const maxMs = Math.max(0.5, ...points.map((p) => p.ms)) * 1.1;
  const f = makeFrame({ width, height: H, x: [-0.03 * maxN, maxN], y: [0, maxMs], margin: { left: 50 } });
  return (
    <svg className="te-plot" width={width} height={H} role="img" aria-label={t.timeLabel}>
      <Axes frame={f} xLabel={t.evaluations} yLabel={t.msPerSolve} xTicks={4} />
      <path className="te-dots" d={dotsPath(points.map((p) => p.nfe), points.map((p) => p.ms), f.x, f.y, 2.5)} />
      {selected && <path className="te-sel" d={dotsPath([selected.nfe], [selected.ms], f.x, f.y, 5)} />}
    </svg>
  );
}
