/**
 * The tolerance explorer (issue 5, item 3): for the trained spiral field, the tolerance sets the work and
 * the accuracy of one forward solve. Every point is measured on this device, in a worker (sweep.worker.ts):
 * evaluations, the largest error against a tight reference solve, and the wall time of one solve.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { decodeCheckpoint, type SpiralCheckpoint } from '../../nn/spiral/checkpoint';
import { formatNumber, formatToleranceExp, formatTolerance } from '../../render/plot';
import { useWidth } from '../common/chart/useWidth';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { EXPLORER_LOG_TOL, EXPLORER_METHODS, toleranceExplorerSchema, type ExplorerMethod, type ToleranceExplorerValues } from '../../state/toleranceExplorer';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { ErrorVsTol, NfeVsTol, TimeVsNfe } from './plots';
import { REF_RTOL, sweepTolerances, type SweepPoint } from './sweep';
import type { SweepMessage, SweepRequest } from './sweep.worker';
import { LOCALE, useLang, useStrings } from '../common/i18n';
import { toleranceExplorerStrings } from './strings';
import './explorer.css';

const CHECKPOINT_URL = `${import.meta.env.BASE_URL}models/spiral/checkpoint.json`;
const tolText = formatToleranceExp;

export type ToleranceExplorerProps = { standalone?: boolean; query?: string } & Partial<ToleranceExplorerValues>;

export default function ToleranceExplorer({ standalone, query, ...initial }: ToleranceExplorerProps) {
  const { values, set, problems, query: share } = useWidgetState(toleranceExplorerSchema, { initial, query, syncUrl: standalone });
  const lang = useLang();
  const t = useStrings(toleranceExplorerStrings);
  // The fetch and worker callbacks word their messages in the page's current language.
  const tRef = useRef(t);
  tRef.current = t;
  const boxRef = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(boxRef);
  const width = Math.max(260, useWidth(boxRef));
  const [checkpoint, setCheckpoint] = useState<SpiralCheckpoint | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [job, setJob] = useState<{ method: ExplorerMethod; points: SweepPoint[]; refNfe: number | null; done: boolean } | null>(null);

  useEffect(() => {
    if (!seen || checkpoint) return;
    let live = true;
    fetch(CHECKPOINT_URL)
      .then((r) => {
        if (!r.ok) throw new Error(tRef.current.cannotLoad(CHECKPOINT_URL, r.status));
        return r.json();
      })
      .then((json) => live && setCheckpoint(decodeCheckpoint(json)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [seen, checkpoint]);

  useEffect(() => {
    if (!checkpoint) return;
    const method = values.method;
    const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
    setJob({ method, points: [], refNfe: null, done: false });
    worker.onmessage = (e: MessageEvent<SweepMessage>) => {
      const m = e.data;
      if (m.kind === 'error') setError(tRef.current.sweepStopped(m.message));
      else
        setJob((j) => {
          if (!j) return j;
          if (m.kind === 'reference') return { ...j, refNfe: m.nfe };
          if (m.kind === 'point') return { ...j, points: [...j.points, m.point] };
          return { ...j, done: true };
        });
    };
    const request: SweepRequest = { params: Array.from(checkpoint.state.params), method, tolerances: sweepTolerances(method) };
    worker.postMessage(request);
    return () => worker.terminate();
  }, [checkpoint, values.method]);

  const points = job?.points ?? [];
  const selected = points.find((p) => Math.abs(p.logTol - values.tol) < 1e-9);
  const floor = sweepTolerances(values.method).at(-1) as number;
  const outOfRange = values.tol < floor;
  const third = width >= 720 ? Math.floor((width - 32) / 3) : width >= 500 ? Math.floor((width - 16) / 2) : width;

  const readout = useMemo(() => {
    if (error) return [t.noMeasurements];
    if (!checkpoint || !job || job.refNfe === null) return [t.solvingReference(formatTolerance(REF_RTOL))];
    if (outOfRange) return [t.floorOnly(values.method, tolText(floor))];
    if (!selected) return [t.measuring(tolText(values.tol), points.length, sweepTolerances(values.method).length)];
    return [
      t.pointLine({ rtol: tolText(selected.logTol), atol: tolText(selected.logTol - 2), method: job.method, nfe: selected.nfe, accepted: selected.accepted, rejected: selected.rejected, ms: formatNumber(selected.ms) }),
      t.errorLine(formatNumber(selected.error), formatTolerance(REF_RTOL), job.refNfe.toLocaleString(LOCALE[lang])),
    ];
  }, [error, checkpoint, job, selected, outOfRange, floor, values.method, values.tol, points.length, t, lang]);

  return (
    <WidgetFrame
      name="tolerance-explorer"
      layout="wide"
      title={t.title}
      standalone={standalone}
      query={share}
      problems={[...problems, ...(error ? [error] : [])]}
      readout={readout.map((l) => (
        <p className="te-readout-line" key={l.slice(0, 16)}>
          {l}
        </p>
      ))}
      status={
        checkpoint
          ? t.fieldStatus(checkpoint.state.iteration, checkpoint.seed, job?.done ?? false)
          : t.loadingField
      }
      caption={t.caption}
    >
      <div ref={boxRef}>
        <div className="widget-controls">
          <label>
            {t.solver}
            <select value={values.method} onChange={(e) => set({ method: e.target.value as ExplorerMethod })}>
              {EXPLORER_METHODS.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.tolerance}
            <input
              type="range"
              min={EXPLORER_LOG_TOL.min}
              max={EXPLORER_LOG_TOL.max}
              step={0.5}
              value={values.tol}
              aria-valuetext={`rtol ${tolText(values.tol)}`}
              onChange={(e) => set({ tol: Number(e.target.value) })}
            />
            <output>{tolText(values.tol)}</output>
          </label>
        </div>
        <div className="te-grid">
          <figure className="te-panel">
            <h4>{t.nfeTitle}</h4>
            <NfeVsTol width={third} points={points} selected={selected} />
          </figure>
          <figure className="te-panel">
            <h4>{t.errorTitle}</h4>
            <ErrorVsTol width={third} points={points} selected={selected} />
          </figure>
          <figure className="te-panel">
            <h4>{t.timeTitle}</h4>
            <TimeVsNfe width={third} points={points} selected={selected} />
          </figure>
        </div>
      </div>
    </WidgetFrame>
  );
}

