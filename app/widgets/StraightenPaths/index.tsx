/**
 * Straighten the paths: a shipped flow-matching model (a 1-rectified flow) against the flow reflow makes
 * from it. Both are measured the same way: paths and their straightness (Liu et al.'s S), dopri5's
 * evaluations per sample at one tolerance, and Euler with 1, 2, 4, 8 steps scored by the energy distance
 * of its samples to the data.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useWidgetState } from '../../state/widgetStore';
import { FM_SHIPPED_SETS, straightenPathsSchema } from '../../state/flowMatching';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { mulberry32 } from '../../math/rng';
import { energyDistance } from '../../math/energyDistance';
import { sampleToy, TOY_LABELS, type ToySet } from '../../math/toy/ffjord';
import type { CnfWeights } from '../../nn/cnf/model';
import { formatNumber } from '../../render/plot';
import { useFmClient } from '../flowMatchingLab/useFmClient';
import { loadShipped } from '../flowMatchingLab/shipped';
import { PathsCanvas } from '../flowMatchingLab/PathsCanvas';
import { REFLOW, useReflow } from './useReflow';
import { EULER_STEPS, N_EULER, N_PATHS, useMeasures, type Measures } from './useMeasures';

const EXTENT = 4.5;
const N_REF = 1024;

function mean(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

export default function StraightenPaths({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(straightenPathsSchema, { query, syncUrl: standalone });
  const ref = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(ref);
  const { client, error: startError } = useFmClient(seen);
  const [before, setBefore] = useState<{ set: string; w: CnfWeights } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const tol = 10 ** values.tol;
  const data = useMemo(() => Float32Array.from(sampleToy(values.set as ToySet, N_REF, mulberry32(values.seed + 9))), [values.set, values.seed]);
  // How far apart two samples of the data itself are: the floor an energy distance can reach at these sizes.
  const floor = useMemo(() => energyDistance(Float32Array.from(sampleToy(values.set as ToySet, N_EULER, mulberry32(values.seed + 31))), data), [values.set, values.seed, data]);

  useEffect(() => {
    if (!seen) return;
    let alive = true;
    loadShipped(values.set, 'fm').then(
      (w) => alive && setBefore({ set: values.set, w }),
      (e: unknown) => alive && setLoadError(`Could not load the trained model: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      alive = false;
    };
  }, [seen, values.set]);
  const beforeW = before?.set === values.set ? before.w : null;
  const reflow = useReflow(client, beforeW, values.iters, values.seed, `${values.set}|${values.seed}|${values.iters}`);
  const afterW = reflow.state.weights;
  const mb = useMeasures(client, beforeW, tol, values.seed, data);
  const ma = useMeasures(client, afterW, tol, values.seed, data);

  const busy = reflow.state.phase === 'pairs' || reflow.state.phase === 'training';
  const nfeOf = (m: Measures | null) => (m ? mean(m.paths.nfe) : null);
  const describe = (m: Measures | null) => (m ? `${nfeOf(m)?.toFixed(1)} evaluations per sample, straightness S = ${formatNumber(m.paths.straightness)}` : '…');
  const allProblems = [
    ...problems,
    ...(startError ? [startError] : []),
    ...(loadError ? [loadError] : []),
    ...(reflow.state.error ? [`Reflow stopped: ${reflow.state.error}`] : []),
    ...(mb.error ? [`Measuring failed: ${mb.error}`] : []),
    ...(ma.error ? [`Measuring failed: ${ma.error}`] : []),
  ];
  return (
    <WidgetFrame
      name="straighten-paths"
      title="Straighten the paths: reflow"
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={client ? `Reflow trains on ${client.backend.reason}` : 'The worker starts when the figure is on screen.'}
      readout={
        <span data-testid="reflow-readout">
          dopri5 at rtol = atol = {formatNumber(tol)}, {N_PATHS} samples. <span data-testid="reflow-before">Before reflow: {describe(mb.m)}.</span>{' '}
          <span data-testid="reflow-after">
            After reflow:{' '}
            {afterW ? describe(ma.m) : busy ? (reflow.state.phase === 'pairs' ? 'making pairs…' : `training, iteration ${reflow.state.done} of ${values.iters}…`) : 'not yet; press Reflow.'}
          </span>
        </span>
      }
      caption={
        <>
          Left, the shipped flow-matching model (a 1-rectified flow); right, the flow reflow makes from it. Reflow draws {REFLOW.pairs.toLocaleString('en')} noise points, solves the left flow from
          each (dopri5 at {formatNumber(REFLOW.pairTol)}) and retrains on those pairs, starting from the left flow’s weights ({values.iters} Adam steps at rate {formatNumber(REFLOW.lr)}, batch{' '}
          {REFLOW.batch}). Straightness S is ∫ E‖(x₁ − x₀) − v(x_t, t)‖² dt along the paths: 0 for straight lines at constant speed. The table gives the energy distance between {N_EULER} samples (Euler, or dopri5 at
          the figure’s tolerance) and {N_REF.toLocaleString('en')} data points: lower is better; the last row is two samples of the data itself.
        </>
      }
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            Data{' '}
            <select value={values.set} onChange={(e) => set({ set: e.target.value as (typeof FM_SHIPPED_SETS)[number] })}>
              {FM_SHIPPED_SETS.map((s) => (
                <option key={s} value={s}>
                  {TOY_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Reflow iterations <input type="range" min={100} max={3000} step={100} value={values.iters} onChange={(e) => set({ iters: Number(e.target.value) })} />
            <output>{values.iters}</output>
          </label>
          <button type="button" disabled={!client || !beforeW || busy} onClick={() => void reflow.start()}>
            Reflow
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              loadShipped(values.set, 'reflow').then(reflow.adopt, (e: unknown) => setLoadError(`Could not load the reflowed model: ${e instanceof Error ? e.message : String(e)}`))
            }
          >
            Load the shipped reflowed model
          </button>
        </div>
        <div className="widget-controls">
          <label>
            Time t <input type="range" min={0} max={1} step={0.01} value={values.t} onChange={(e) => set({ t: Number(e.target.value) })} />
            <output>{values.t.toFixed(2)}</output>
          </label>
          <label>
            dopri5 tolerance{' '}
            <input type="range" min={-6} max={-1} step={1} value={values.tol} aria-valuetext={formatNumber(tol)} onChange={(e) => set({ tol: Number(e.target.value) })} />
            <output>{formatNumber(tol)}</output>
          </label>
        </div>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start' }}>
          {[
            ['Before reflow', mb.m],
            ['After reflow', ma.m],
          ].map(([title, m]) => (
            <div key={title as string}>
              <div style={{ fontFamily: 'var(--sans)', fontSize: '0.85rem', marginBottom: 4 }}>{title as string}</div>
              <PathsCanvas data={data} paths={(m as Measures | null)?.paths ?? null} t={values.t} extent={EXTENT} size={260} label={`${title as string}: ${N_PATHS} sample paths at t = ${values.t.toFixed(2)}`} />
            </div>
          ))}
          <table data-testid="euler-table">
            <caption style={{ textAlign: 'left', fontSize: '0.85rem' }}>Energy distance to the data</caption>
            <thead>
              <tr>
                <th scope="col">Euler steps</th>
                <th scope="col">before</th>
                <th scope="col">after</th>
              </tr>
            </thead>
            <tbody>
              {EULER_STEPS.map((s, i) => (
                <tr key={s}>
                  <th scope="row">{s}</th>
                  <td>{mb.m ? formatNumber(mb.m.euler[i].energy) : '…'}</td>
                  <td>{ma.m ? formatNumber(ma.m.euler[i].energy) : '—'}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">dopri5 ({formatNumber(tol)})</th>
                <td>{mb.m ? formatNumber(mb.m.dopri5) : '…'}</td>
                <td>{ma.m ? formatNumber(ma.m.dopri5) : '—'}</td>
              </tr>
              <tr>
                <th scope="row">data vs data</th>
                <td colSpan={2}>{formatNumber(floor)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </WidgetFrame>
  );
}
