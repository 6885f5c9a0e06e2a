/**
 * Straighten the paths: a shipped flow-matching model (a 1-rectified flow) against the flow reflow makes
 * from it. Both are measured the same way: paths and their straightness (Liu et al.'s S), dopri5's
 * evaluations per sample at one tolerance, and Euler with 1, 2, 4, 8 steps scored by the energy distance
 * of its samples to the data.
 */
import { useMemo, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { panelWidth } from '../common/chart/panelWidth';
import { useWidgetState } from '../../state/widgetStore';
import { FM_SHIPPED_SETS, straightenPathsSchema } from '../../state/flowMatching';
import { mulberry32 } from '../../math/rng';
import { energyDistance } from '../../math/energyDistance';
import { sampleToy, type ToySet } from '../../math/toy/ffjord';
import { formatNumber } from '../../render/plot';
import { useFmFigure } from '../flowMatchingLab/useFmFigure';
import { useShipped } from '../flowMatchingLab/useShipped';
import { loadShipped } from '../flowMatchingLab/shipped';
import { PlanePanel } from '../flowMatchingLab/PlanePanel';
import { DataSelect, TimeTolControls } from '../flowMatchingLab/controls';
import { REFLOW, useReflow } from './useReflow';
import { EULER_STEPS, N_EULER, N_PATHS, useMeasures, type Measures } from './useMeasures';
import { straightenPathsStrings } from './strings';
import { LOCALE, useLang, useStrings } from '../common/i18n';

const EXTENT = 4.5;
const N_REF = 1024;

function mean(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

export default function StraightenPaths({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(straightenPathsSchema, { query, syncUrl: standalone });
  const { ref, seen, width, client, lab, waiting, startProblem } = useFmFigure();
  const s = useStrings(straightenPathsStrings);
  const locale = LOCALE[useLang()];
  const [loadError, setLoadError] = useState<string | null>(null);
  const tol = 10 ** values.tol;
  const data = useMemo(() => Float32Array.from(sampleToy(values.set as ToySet, N_REF, mulberry32(values.seed + 9))), [values.set, values.seed]);
  // How far apart two samples of the data itself are: the floor an energy distance can reach at these sizes.
  const floor = useMemo(() => energyDistance(Float32Array.from(sampleToy(values.set as ToySet, N_EULER, mulberry32(values.seed + 31))), data), [values.set, values.seed, data]);

  const shipped = useShipped(seen, values.set, 'fm');
  const beforeW = shipped.weights;
  const reflow = useReflow(client, beforeW, values.iters, values.seed, `${values.set}|${values.seed}|${values.iters}`);
  const afterW = reflow.state.weights;
  const mb = useMeasures(client, beforeW, tol, values.seed, data);
  const ma = useMeasures(client, afterW, tol, values.seed, data);

  const busy = reflow.state.phase === 'pairs' || reflow.state.phase === 'training';
  const nfeOf = (m: Measures | null) => (m ? mean(m.paths.nfe) : null);
  const describe = (m: Measures | null) => (m ? s.describe((nfeOf(m) ?? 0).toFixed(1), formatNumber(m.paths.straightness)) : client ? s.solvingNow : s.pending);
  const allProblems = [
    ...problems,
    ...(startProblem ? [startProblem] : []),
    ...(shipped.error ? [lab.loadFailed(shipped.error)] : []),
    ...(loadError ? [s.loadReflowedFailed(loadError)] : []),
    ...(reflow.state.error ? [s.reflowFailed(reflow.state.error)] : []),
    ...(mb.error ? [s.measuringFailed(mb.error)] : []),
    ...(ma.error ? [s.measuringFailed(ma.error)] : []),
  ];
  const panel = panelWidth(width, 250, 3);
  return (
    <WidgetFrame
      name="straighten-paths"
      title={s.title}
      layout="wide"
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={client ? s.status(client.backend.reason) : waiting}
      readout={
        <span data-testid="reflow-readout">
          {s.readoutHead(formatNumber(tol), N_PATHS)} <span data-testid="reflow-before">{s.before(describe(mb.m))}</span>{' '}
          <span data-testid="reflow-after">
            {s.afterLead} {afterW ? describe(ma.m) : busy ? (reflow.state.phase === 'pairs' ? s.makingPairs : s.trainingAt(reflow.state.done, values.iters)) : s.notYet}
          </span>
        </span>
      }
      caption={s.caption({
        pairs: REFLOW.pairs.toLocaleString(locale),
        pairTol: formatNumber(REFLOW.pairTol),
        iters: values.iters,
        lr: formatNumber(REFLOW.lr),
        batch: REFLOW.batch,
        nEuler: N_EULER,
        nRef: N_REF.toLocaleString(locale),
      })}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <DataSelect sets={FM_SHIPPED_SETS} value={values.set} onChange={(v) => set({ set: v })} />
          <label>
            {s.reflowIterations} <input type="range" min={100} max={3000} step={100} value={values.iters} onChange={(e) => set({ iters: Number(e.target.value) })} />
            <output>{values.iters}</output>
          </label>
          <button type="button" disabled={!client || !beforeW || busy} onClick={() => void reflow.start()}>
            {s.reflow}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              loadShipped(values.set, 'reflow').then(
                (w) => {
                  setLoadError(null);
                  reflow.adopt(w);
                },
                (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {s.loadReflowed}
          </button>
        </div>
        <TimeTolControls time={values.t} tol={values.tol} onTime={(t) => set({ t })} onTol={(v) => set({ tol: v })} />
        <div className="figure-panels" style={{ ['--panel-min' as string]: '250px' }}>
          {(
            [
              [s.panelBefore, mb.m],
              [s.panelAfter, ma.m],
            ] as const
          ).map(([title, m]) => (
            <PlanePanel key={title} title={title} width={panel} maxSize={280} data={data} paths={m?.paths ?? null} t={values.t} extent={EXTENT} label={s.pathsLabel(title, N_PATHS, values.t.toFixed(2))} />
          ))}
          <table data-testid="euler-table">
            <caption style={{ textAlign: 'left', fontSize: '0.85rem' }}>{s.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.eulerSteps}</th>
                <th scope="col">{s.colBefore}</th>
                <th scope="col">{s.colAfter}</th>
              </tr>
            </thead>
            <tbody>
              {EULER_STEPS.map((k, i) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>{mb.m ? formatNumber(mb.m.euler[i].energy) : s.pending}</td>
                  <td>{ma.m ? formatNumber(ma.m.euler[i].energy) : '—'}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{s.dopri5Row(formatNumber(tol))}</th>
                <td>{mb.m ? formatNumber(mb.m.dopri5) : s.pending}</td>
                <td>{ma.m ? formatNumber(ma.m.dopri5) : '—'}</td>
              </tr>
              <tr>
                <th scope="row">{s.dataVsData}</th>
                <td colSpan={2}>{formatNumber(floor)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </WidgetFrame>
  );
}
