/**
 * `<ConvergencePlot/>`: error against step size and against function evaluations, log-log, for Euler,
 * midpoint, RK4 and Dopri5, with least-squares slopes. The study runs in chapter 1's solve worker, one
 * method per request, once the figure is first on screen (useConvergenceStudy.ts), so the page never
 * stalls and the widget brings no solver code onto the page.
 */
import { useId, useRef } from 'react';
import { PRESETS } from '../../math/problems/presets';
import { useWidth } from '../common/chart/useWidth';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { CONVERGENCE_PROBLEMS, convergencePlotSchema, type ConvergenceProblemId } from '../../state/convergencePlot';
import { useWidgetState } from '../../state/widgetStore';
import type { Method } from '../../solver/types';
import { WidgetFrame } from '../common/WidgetFrame';
import { useStrings } from '../common/i18n';
import { odePlaygroundStrings } from '../OdePlayground/strings';
import { convergenceStrings } from './strings';
import type { Series } from './convergence';
import { Panel, SERIES_COLORS } from './Panel';
import { useConvergenceStudy } from './useConvergenceStudy';
import { blowUps } from './blowUps';
import { formatNumber } from '../../render/plot';
import './convergence.css';

const METHODS: Method[] = ['euler', 'midpoint', 'rk4', 'dopri5'];
/** The order each method is built to have: Euler 1, midpoint 2, RK4 (3/8 rule) 4, Dopri5 5. */
export const EXPECTED_ORDER: Partial<Record<Method, number>> = { euler: 1, midpoint: 2, rk4: 4, dopri5: 5 };

export default function ConvergencePlot({ standalone, query, eq }: { standalone?: boolean; query?: string; eq?: ConvergenceProblemId }) {
  const { values, set, problems, query: share } = useWidgetState(convergencePlotSchema, { initial: eq ? { eq } : {}, query, syncUrl: standalone });
  const t = useStrings(convergenceStrings);
  const ode = useStrings(odePlaygroundStrings);
  const boxRef = useRef<HTMLDivElement>(null);
  const selectId = useId();
  const seen = useSeenOnce(boxRef);
  const width = useWidth(boxRef);
  const series = useConvergenceStudy(values.eq, METHODS, seen);

  const list = series.eq === values.eq ? series.list : [];
  const complete = list.length === METHODS.length;
  const two = width >= 620;
  const panelWidth = two ? Math.floor((width - 16) / 2) : width;
  const eqLabel = ode.presets[values.eq].label;
  const slopeText = (s: Series) => (s.slopeH === null ? t.noSlope : t.slope(s.slopeH.toFixed(2)));
  const readout = complete ? (
    <p className="cv-readout">
      {t.measured(eqLabel)}
      {list.map((s, k) => (
        <span key={s.method}>
          {k > 0 && t.listSeparator}
          {ode.methods[s.method]} {s.slopeH === null ? '—' : s.slopeH.toFixed(2)}
        </span>
      ))}
      {t.ordersBuiltIn}
    </p>
  ) : (
    <p className="cv-readout" aria-busy="true">
      {list.length === 0 ? t.solvingFirst(eqLabel, METHODS.length) : t.solvingMore(eqLabel, list.length, METHODS.length)}
    </p>
  );
  const caption = t.caption;
  const blown = blowUps(list);

  return (
    <WidgetFrame name="convergence-plot" layout="wide" title={t.title} caption={caption} query={share} readout={readout} problems={problems} standalone={standalone}>
      <div className="widget-controls">
        <span className="pg-select">
          <label htmlFor={selectId}>{t.problem}</label>
          <select id={selectId} value={values.eq} onChange={(e) => set({ eq: e.target.value as ConvergenceProblemId })}>
            {CONVERGENCE_PROBLEMS.map((id) => (
              <option key={id} value={id}>
                {ode.presets[id].label}
                {PRESETS[id].exact ? '' : t.referenceSolution}
              </option>
            ))}
          </select>
        </span>
      </div>
      <ul className="cv-legend" aria-label={t.legendLabel}>
        {METHODS.map((m) => {
          const s = list.find((x) => x.method === m);
          return (
            <li key={m} style={{ color: SERIES_COLORS[m] }} data-method={m}>
              <span className="cv-swatch" aria-hidden="true" />
              <span className="cv-name">{ode.methods[m]}</span> <span className="cv-slope">{s ? slopeText(s) : '…'}</span>
            </li>
          );
        })}
      </ul>
      <div ref={boxRef} className={two ? 'cv-panels cv-two' : 'cv-panels'}>
        <Panel series={list} x="h" width={panelWidth} label={t.panelH} />
        <Panel series={list} x="nfe" width={panelWidth} label={t.panelNfe} />
      </div>
      {blown.count > 0 && <p className="cv-offscale">{t.blowUps(blown.count, Number.isFinite(blown.worst) ? formatNumber(blown.worst) : '∞')}</p>}
    </WidgetFrame>
  );
}
