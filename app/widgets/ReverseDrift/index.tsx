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
import { useStrings } from '../common/i18n';
import { reverseDriftStrings } from './strings';

const T = 4;
const S = reverseDriftSchema;

export default function ReverseDrift({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: share } = useWidgetState(reverseDriftSchema, { query, syncUrl: standalone });
  const s = useStrings(reverseDriftStrings);
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
      if (!ref) throw new Error(s.referenceFailed);
      const run = runDrift(setup);
      return { ref, run, gradErr: maxRelError(run.adjoint.dLdTheta, ref.dLdTheta), error: null };
    } catch (e) {
      return { ref: null, run: null, gradErr: NaN, error: e instanceof Error ? e.message : String(e) };
    }
  }, [setup, reference, s]);
  const jobs = useMemo(() => {
    const r = computed.ref;
    return r ? CHECKPOINT_SERIES.map((c) => () => driftPoint({ k: values.k, T, checkpoints: c, tol }, r)) : [];
  }, [computed.ref, values.k, tol]);
  const points: DriftPoint[] = useSeries(`${values.k}|${tol}`, jobs, onScreen);
  const { run } = computed;
  const allProblems = computed.error ? [...problems, s.solveFailed(computed.error)] : problems;

  return (
    <WidgetFrame
      name="reverse-drift"
      layout="wide"
      title={s.title}
      standalone={standalone}
      query={share}
      problems={allProblems}
      readout={
        run && (
          <>
            {values.checkpoints === 0 ? s.noCheckpoints : s.checkpoints(String(values.checkpoints))}
            {s.readout(fmt(run.adjoint.zBack0[0]), fmt(run.adjoint.zBack0[1]), DRIFT_Z0.join(', '), fmt(run.reconstructionError), fmt(computed.gradErr), String(run.adjoint.nfe))}
          </>
        )
      }
      caption={s.caption(DRIFT_Z0.join(', '), String(T), String(S.k.default), formatToleranceExp(S.tol.default), String(S.checkpoints.default))}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            {s.contraction}
            <input type="range" min={1} max={10} step={0.5} value={values.k} onChange={(e) => set({ k: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{values.k}</span>
          </label>
          <label>
            {s.checkpointsControl}
            <input type="range" min={0} max={16} step={1} value={values.checkpoints} onChange={(e) => set({ checkpoints: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{values.checkpoints}</span>
          </label>
          <label>
            {s.tolerance}
            <input type="range" min={-10} max={-3} step={1} value={values.tol} aria-valuetext={s.powerOfTen(String(values.tol))} onChange={(e) => set({ tol: Number(e.target.value) })} />
            <span className="cd-value" aria-hidden="true">{formatToleranceExp(values.tol)}</span>
          </label>
        </div>
        <div className="figure-panels" style={{ ['--panel-min' as string]: '360px' }}>
          {run && (
            <figure className="chart-panel">
              <h4>{s.planeTitle}</h4>
              <DriftPlane run={run} />
            </figure>
          )}
          <div>
            <ErrorChart points={points} current={values.checkpoints} width={chartWidth} />
            {points.length < CHECKPOINT_SERIES.length && <span className="progress">{s.measuring(String(points.length), String(CHECKPOINT_SERIES.length))}</span>}
          </div>
        </div>
      </div>
    </WidgetFrame>
  );
}
