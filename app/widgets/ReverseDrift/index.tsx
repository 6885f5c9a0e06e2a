/**
 * `<ReverseDrift/>`: a contracting network where Algorithm 1's backward re-integration of z cannot find
 * z(0) again, measured; storing checkpoints (z at evenly spaced output times, restarted from on the way
 * back, as torchdiffeq does at its output times) makes the error fall.
 */
import { panelWidth } from '../common/chart/panelWidth';
import { useWidth } from '../common/chart/useWidth';
import { formatToleranceExp } from '../../render/plot';
import { useMemo, useRef } from 'react';
import { CHECKPOINT_SERIES, DRIFT_Z0, driftPoint, referenceGradient, runDrift, type DriftPoint } from '../../nn/adjointDemo/drift';
import { maxRelError } from '../../nn/adjointDemo/relError';
import { useOnScreen } from '../../runtime/useOnScreen';
import { reverseDriftSchema } from '../../state/reverseDrift';
import { useWidgetState } from '../../state/widgetStore';
import { fmt } from '../AdjointBackward/geometry';
import '../AdjointBackward/adjoint.css';
import { WidgetFrame } from '../common/WidgetFrame';
import { DriftPlane } from './DriftPlane';
import { ErrorChart } from './ErrorChart';
import { useSeries } from './useSeries';

const T = 4;
const S = reverseDriftSchema;

export default function ReverseDrift({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: share } = useWidgetState(reverseDriftSchema, { query, syncUrl: standalone });
  const ref = useRef<HTMLDivElement>(null);
  const chartWidth = Math.min(560, panelWidth(useWidth(ref, 640), 360, 2));
  const onScreen = useOnScreen(ref);
  const tol = 10 ** values.tol;
  const setup = useMemo(() => ({ k: values.k, T, checkpoints: values.checkpoints, tol }), [values.k, values.checkpoints, tol]);
  const k = values.k;
  const reference = useMemo(() => {
    try {
      return referenceGradient({ k, T });
    } catch {
      return null;
    }
  }, [k]);
  const computed = useMemo(() => {
    try {
      const ref = reference;
      if (!ref) throw new Error('the reference solve failed');
      const run = runDrift(setup);
      return { ref, run, gradErr: maxRelError(run.adjoint.dLdTheta, ref.dLdTheta), error: null };
    } catch (e) {
      return { ref: null, run: null, gradErr: NaN, error: e instanceof Error ? e.message : String(e) };
    }
  }, [setup, reference]);
  const jobs = useMemo(() => {
    const r = computed.ref;
    return r ? CHECKPOINT_SERIES.map((c) => () => driftPoint({ k: values.k, T, checkpoints: c, tol }, r)) : [];
  }, [computed.ref, values.k, tol]);
  const points: DriftPoint[] = useSeries(`${values.k}|${tol}`, jobs, onScreen);
  const { run } = computed;
  const allProblems = computed.error ? [...problems, `The solve failed: ${computed.error}`] : problems;

  return (
    <WidgetFrame
      name="reverse-drift"
      layout="wide"
      title="Reverse drift and checkpointing"
      standalone={standalone}
      query={share}
      problems={allProblems}
      readout={
        run && (
          <>
            {values.checkpoints === 0 ? 'No checkpoints (Algorithm 1 as printed)' : `${values.checkpoints} checkpoint${values.checkpoints > 1 ? 's' : ''}`}: the backward solve
            reaches t = 0 at ({fmt(run.adjoint.zBack0[0])}, {fmt(run.adjoint.zBack0[1])}) instead of ({DRIFT_Z0.join(', ')}), an error of {fmt(run.reconstructionError)};
            dL/dθ is off by {fmt(computed.gradErr)} (relative); backward evaluations {run.adjoint.nfe}.
          </>
        )
      }
      caption={
        <>
          The same 2→2→2 tanh network, with weights that contract one direction at rate k and the other at
          rate 0.5, solved from z(0) = ({DRIFT_Z0.join(', ')}) to T = {T} (defaults: k = {S.k.default}, tolerance {formatToleranceExp(S.tol.default)},{' '}
          {S.checkpoints.default === 0 ? 'no' : S.checkpoints.default} checkpoints).
          Blue: the forward solve. Orange, dashed: z as the backward solve rebuilds it from z(T). Squares:
          stored checkpoints, where the backward solve restarts z from the forward value. Right: the error at
          t = 0 (orange) and of the parameter gradient (blue) against the number of checkpoints, measured live.
        </>
      }
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            Contraction k
            <input type="range" min={1} max={10} step={0.5} value={values.k} onChange={(e) => set({ k: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{values.k}</span>
          </label>
          <label>
            Checkpoints
            <input type="range" min={0} max={16} step={1} value={values.checkpoints} onChange={(e) => set({ checkpoints: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{values.checkpoints}</span>
          </label>
          <label>
            Tolerance
            <input type="range" min={-10} max={-3} step={1} value={values.tol} aria-valuetext={`10 to the ${values.tol}`} onChange={(e) => set({ tol: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{formatToleranceExp(values.tol)}</span>
          </label>
        </div>
        <div className="figure-panels" style={{ ['--panel-min' as string]: '360px' }}>
          {run && (
            <figure className="chart-panel">
              <h4>Forward path, backward reconstruction, checkpoints</h4>
              <DriftPlane run={run} />
            </figure>
          )}
          <div>
            <ErrorChart points={points} current={values.checkpoints} width={chartWidth} />
            {points.length < CHECKPOINT_SERIES.length && <span className="progress">measuring {points.length}/{CHECKPOINT_SERIES.length}…</span>}
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
