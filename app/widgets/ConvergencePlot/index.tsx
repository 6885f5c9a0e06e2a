/**
 * `<ConvergencePlot/>`: error against step size and against function evaluations, log-log, for Euler,
 * midpoint, RK4 and Dopri5, with least-squares slopes. The study runs one method per animation frame
 * (each well under 50 ms here) once the figure is first on screen, so the page never stalls.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { PRESETS } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { useWidth } from '../common/chart/useWidth';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { CONVERGENCE_PROBLEMS, convergencePlotSchema, type ConvergenceProblemId } from '../../state/convergencePlot';
import { useWidgetState } from '../../state/widgetStore';
import type { Method } from '../../solver/types';
import { WidgetFrame } from '../common/WidgetFrame';
import { METHOD_LABELS } from '../OdePlayground/readout';
import { convergenceStudy, referenceEnd, type Series } from './convergence';
import { Panel, SERIES_COLORS } from './Panel';
import './convergence.css';

const METHODS: Method[] = ['euler', 'midpoint', 'rk4', 'dopri5'];
/** The order each method is built to have: Euler 1, midpoint 2, RK4 (3/8 rule) 4, Dopri5 5. */
export const EXPECTED_ORDER: Partial<Record<Method, number>> = { euler: 1, midpoint: 2, rk4: 4, dopri5: 5 };

export default function ConvergencePlot({ standalone, query, eq }: { standalone?: boolean; query?: string; eq?: ConvergenceProblemId }) {
  const { values, set, problems, query: share } = useWidgetState(convergencePlotSchema, { initial: eq ? { eq } : {}, query, syncUrl: standalone });
  const boxRef = useRef<HTMLDivElement>(null);
  const selectId = useId();
  const seen = useSeenOnce(boxRef);
  const width = useWidth(boxRef);
  const [series, setSeries] = useState<{ eq: string; list: Series[] }>({ eq: '', list: [] });

  useEffect(() => {
    if (!seen) return;
    const p = PRESETS[values.eq];
    const dim = p.kind === 'scalar' ? 1 : 2;
    const problem = { field: compilePreset(p).field, t0: p.t0, t1: p.t1, y0: p.y0s.slice(0, dim), exact: p.exact };
    let i = 0;
    let id = 0;
    const done: Series[] = [];
    let ref: number[] | null = null;
    const next = () => {
      // Frame 1: the reference solution (closed form, or a tight Dopri5 run); then one method per frame.
      if (!ref) {
        ref = referenceEnd(problem);
        id = requestAnimationFrame(next);
        return;
      }
      done.push(...convergenceStudy(problem, [METHODS[i++]], ref));
      setSeries({ eq: values.eq, list: done.slice() });
      if (i < METHODS.length) id = requestAnimationFrame(next);
    };
    id = requestAnimationFrame(next);
    return () => cancelAnimationFrame(id);
  }, [seen, values.eq]);

  const list = series.eq === values.eq ? series.list : [];
  const complete = list.length === METHODS.length;
  const two = width >= 620;
  const panelWidth = two ? Math.floor((width - 16) / 2) : width;
  const p = PRESETS[values.eq];
  const slopeText = (s: Series) => (s.slopeH === null ? 'no slope (exact up to rounding)' : `slope ${s.slopeH.toFixed(2)}`);
  const readout = complete ? (
    <p className="cv-readout">
      Measured slopes of log error against log h on {p.label}:{' '}
      {list.map((s, k) => (
        <span key={s.method}>
          {k > 0 && ', '}
          {METHOD_LABELS[s.method]} {s.slopeH === null ? '—' : s.slopeH.toFixed(2)}
        </span>
      ))}{' '}
      (orders built in: 1, 2, 4, 5).
    </p>
  ) : (
    <p className="cv-readout" aria-busy="true">
      Solving {p.label} at {list.length === 0 ? 'many' : 'ever smaller'} step sizes… ({list.length} of {METHODS.length} methods done)
    </p>
  );
  const caption =
    'Each dot is one full solve from t₀ to t₁; its height is the error at t₁ against the exact solution (or, without a closed form, a Dopri5 reference at rtol 1e-13). Fixed-step methods use 4 to 1,024 steps; Dopri5 runs at tolerances 1e-3 to 1e-11 and sits at its mean accepted step. Straight lines are least-squares fits over the smaller-step half, above the rounding floor: on a log-log plot a method of order p has slope p against h and −p against evaluations.';

  return (
    <WidgetFrame name="convergence-plot" layout="wide" title="Convergence: error against step size and against evaluations" caption={caption} query={share} readout={readout} problems={problems.map((x) => `Ignored in the address: ${x}`)} standalone={standalone}>
      <div className="widget-controls">
        <span className="pg-select">
          <label htmlFor={selectId}>Problem</label>
          <select id={selectId} value={values.eq} onChange={(e) => set({ eq: e.target.value as ConvergenceProblemId })}>
            {CONVERGENCE_PROBLEMS.map((id) => (
              <option key={id} value={id}>
                {PRESETS[id].label}
                {PRESETS[id].exact ? '' : ' (reference solution)'}
              </option>
            ))}
          </select>
        </span>
      </div>
      <ul className="cv-legend" aria-label="Methods and measured slopes">
        {METHODS.map((m) => {
          const s = list.find((x) => x.method === m);
          return (
            <li key={m} style={{ color: SERIES_COLORS[m] }} data-method={m}>
              <span className="cv-swatch" aria-hidden="true" />
              <span className="cv-name">{METHOD_LABELS[m]}</span> <span className="cv-slope">{s ? slopeText(s) : '…'}</span>
            </li>
          );
        })}
      </ul>
      <div ref={boxRef} className={two ? 'cv-panels cv-two' : 'cv-panels'}>
        <Panel series={list} x="h" width={panelWidth} label="Error against step size, log-log" />
        <Panel series={list} x="nfe" width={panelWidth} label="Error against function evaluations, log-log" />
      </div>
    </WidgetFrame>
  );
}
