/** One log-log panel of the convergence plot: error against step size, or against evaluations. */
import { Axes } from '../common/chart/Axes';
import { dotsPath, linePath, makeFrame } from '../../render/plot';
import type { Series } from './convergence';
import { BLOW_UP, isBlowUp } from './blowUps';
import { useStrings } from '../common/i18n';
import { convergenceStrings } from './strings';

/** Method colours, shared with the playground's palette (app/render/plot/plot.css defines them for light and dark). */
export const SERIES_COLORS: Record<string, string> = { euler: 'var(--pg-c2)', midpoint: 'var(--pg-c4)', rk4: 'var(--pg-c3)', dopri5: 'var(--pg-c1)', bosh3: 'var(--pg-c1)' };

const decade = (v: number, up: boolean) => 10 ** (up ? Math.ceil(Math.log10(v)) : Math.floor(Math.log10(v)));

export function Panel({ series, x, width, label }: { series: Series[]; x: 'h' | 'nfe'; width: number; label: string }) {
  const t = useStrings(convergenceStrings);
  const xs = series.flatMap((s) => s.points.map((p) => (x === 'h' ? p.h : p.nfe)));
  // The error axis spans the errors below BLOW_UP; blow-ups are marked at its top edge.
  const es = series.flatMap((s) => s.points.map((p) => p.error)).filter((e) => e > 0 && e < BLOW_UP);
  const height = Math.round(Math.min(320, Math.max(240, width * 0.75)));
  const frame = makeFrame({
    width,
    height,
    xLog: true,
    yLog: true,
    x: xs.length ? [decade(Math.min(...xs), false), decade(Math.max(...xs), true)] : [1e-3, 1],
    y: es.length ? [Math.max(1e-16, decade(Math.min(...es), false)), decade(Math.max(...es), true)] : [1e-12, 1],
    margin: { left: 52 },
  });
  const top = frame.y.domain()[1];
  const lx = (v: number) => frame.x(v);
  const ly = (v: number) => frame.y(Math.min(Math.max(v, 1e-16), top));
  return (
    <svg className="cv-panel" viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={label}>
      <Axes frame={frame} xLog yLog xLabel={x === 'h' ? t.axisH : t.axisNfe} yLabel={t.axisError} />
      {series.map((s) => {
        const pts = s.points;
        const px = pts.map((p) => (x === 'h' ? p.h : p.nfe));
        const py = pts.map((p) => p.error);
        const slope = x === 'h' ? s.slopeH : s.slopeNfe;
        // The fitted line, through the centroid of the fitted points in log-log coordinates.
        let fitPath = '';
        const fi = pts.map((_, i) => i).filter((i) => s.fitted[i]);
        if (slope !== null && fi.length >= 2) {
          const lxs = fi.map((i) => Math.log10(px[i]));
          const lys = fi.map((i) => Math.log10(py[i]));
          const mx = lxs.reduce((a, b) => a + b, 0) / lxs.length;
          const my = lys.reduce((a, b) => a + b, 0) / lys.length;
          const a = Math.min(...lxs);
          const b = Math.max(...lxs);
          fitPath = linePath([10 ** a, 10 ** b], [10 ** (my + slope * (a - mx)), 10 ** (my + slope * (b - mx))], lx, ly);
        }
        return (
          <g key={s.method} style={{ color: SERIES_COLORS[s.method] }} data-method={s.method}>
            <path className="cv-line" d={linePath(px, py.map((e) => (isBlowUp(e) ? top : e)), lx, ly)} />
            <path className="cv-fit" d={fitPath} />
            <path className="cv-dots" d={dotsPath(px, py.map((e) => (isBlowUp(e) ? NaN : e)), lx, ly, 3)} />
            <path className="cv-off" d={px.filter((_, i) => isBlowUp(py[i])).map((v) => `M${lx(v).toFixed(1)},${(ly(top) - 1).toFixed(1)}l-4.5,8h9z`).join('')} />
          </g>
        );
      })}
    </svg>
  );
}
