/**
 * The spiral trainer (issue 5): torchdiffeq's examples/ode_demo.py, trained live with the project's own
 * float64 code (app/nn/spiral). The run lives in a worker (trainer.worker.ts), which trains in slices and
 * posts what changed; the page mirrors it (protocol.ts) and only draws, so nothing long runs on the main
 * thread. The run pauses off screen and at ode_demo's 2,000 iterations (Play carries on). The reader's
 * choices (gradient, solver, tolerance, seed, trained start) are in the URL schema.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { groundTruth } from '../../nn/spiral/problem';
import type { TrainSettings } from '../../nn/spiral/trainer';
import { useWidth } from '../common/chart/useWidth';
import { useAutoplay } from '../../runtime/useAutoplay';
import { useOnScreen, useSeenOnce } from '../../runtime/useOnScreen';
import { ATOL_RATIO, SPIRAL_TOL_FLOOR, spiralTrainerSchema, type SpiralTrainerValues } from '../../state/spiralTrainer';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { Controls } from './Controls';
import { sampleFields } from './fieldGrid';
import { FieldPlot, LossPlot, NfePlot, PhasePlot, TrajectoryPlot } from './plots';
import { applyUpdate, type CheckpointInfo, type FromWorker, type RunView, type ToWorker } from './protocol';
import { readoutLines, tolLabel } from './readout';
import { DEMO_ITERS } from './session';
import { DivergenceWarning } from '../common/DivergenceWarning';
import { divergenceOf } from '../../nn/core/divergence';
import { LOCALE, useLang, useStrings } from '../common/i18n';
import { spiralTrainerStrings } from './strings';
import './spiral.css';

/** The readout is re-announced at most this often while training runs. */
const READOUT_EVERY_MS = 1000;
/** The plots are redrawn at most this often while training runs (about 12 times a second). */
const DRAW_EVERY_MS = 80;
export const CHECKPOINT_URL = `${import.meta.env.BASE_URL}models/spiral/checkpoint.json`;

export type SpiralTrainerProps = { standalone?: boolean; query?: string } & Partial<SpiralTrainerValues>;

export default function SpiralTrainer({ standalone, query, ...initial }: SpiralTrainerProps) {
  const { values, set, problems, query: share } = useWidgetState(spiralTrainerSchema, { initial, query, syncUrl: standalone });
  const lang = useLang();
  const t = useStrings(spiralTrainerStrings);
  // Messages from the worker's callbacks are worded in the page's current language.
  const tRef = useRef(t);
  tRef.current = t;
  const boxRef = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(boxRef);
  const onScreen = useOnScreen(boxRef);
  const width = Math.max(280, useWidth(boxRef));
  const truth = useMemo(() => (seen ? groundTruth() : null), [seen]);
  const workerRef = useRef<Worker | null>(null);
  const viewRef = useRef<RunView | null>(null);
  const pauseAtRef = useRef(DEMO_ITERS);
  const lastReadoutRef = useRef(0);
  const frameRef = useRef(0);
  const lastDrawRef = useRef(0);
  const [, setFrame] = useState(0);
  const [readoutTick, setReadoutTick] = useState(0);
  // Trains as soon as it is on screen, unless the reader prefers reduced motion (then Play starts it).
  const [playing, setPlaying] = useAutoplay();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [note, setNote] = useState<CheckpointInfo | null>(null);

  const floor = values.method === 'bosh3' ? SPIRAL_TOL_FLOOR.bosh3 : SPIRAL_TOL_FLOOR.dopri5;
  const logTol = Math.max(values.tol, floor);
  const tolNote = logTol !== values.tol ? t.tolNote(tolLabel(-8), tolLabel(values.tol)) : null;
  const settings: TrainSettings = useMemo(
    () => ({ mode: values.mode, method: values.method, rtol: 10 ** logTol, atol: 10 ** logTol * ATOL_RATIO }),
    [values.mode, values.method, logTol],
  );
  const send = useCallback((m: ToWorker) => workerRef.current?.postMessage(m), []);

  /**
   * Redraws on an animation frame, at most every DRAW_EVERY_MS while updates stream in (many updates draw
   * once), so drawing costs the main thread little however fast the worker trains.
   */
  const redraw = useCallback((announce: boolean) => {
    if (announce || performance.now() - lastReadoutRef.current > READOUT_EVERY_MS) {
      lastReadoutRef.current = performance.now();
      setReadoutTick((r) => r + 1);
    }
    if (frameRef.current) return;
    const wait = Math.max(0, DRAW_EVERY_MS - (performance.now() - lastDrawRef.current));
    frameRef.current = window.setTimeout(() => {
      requestAnimationFrame(() => {
        frameRef.current = 0;
        lastDrawRef.current = performance.now();
        setFrame((f) => f + 1);
      });
    }, wait);
  }, []);

  const loadCheckpoint = useCallback(async () => {
    setLoading(true);
    setPlaying(false);
    try {
      const res = await fetch(CHECKPOINT_URL);
      if (!res.ok) throw new Error(tRef.current.cannotLoad(CHECKPOINT_URL, res.status));
      send({ type: 'checkpoint', json: await res.json() });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setLoading(false);
    }
  }, [send, setPlaying]);

  // The worker, once the widget has been seen; its first run is the one the URL asks for.
  const initialRun = useRef({ trained: values.trained, seed: values.seed, settings });
  useEffect(() => {
    if (!seen) return;
    const w = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = w;
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'error') {
        setPlaying(false);
        setLoading(false);
        const s = tRef.current;
        setError(
          m.kind === 'solver'
            ? s.solverStop({ iteration: m.iteration, code: m.code, t: m.t === undefined ? null : String(Number(m.t.toPrecision(3))), message: m.message })
            : m.kind === 'checkpoint'
              ? s.checkpointError(m.message)
              : s.otherError(m.message),
        );
        return;
      }
      viewRef.current = applyUpdate(viewRef.current, m);
      if (m.fresh) {
        setLoading(false);
        setError(null);
        pauseAtRef.current = Math.max(DEMO_ITERS, m.iteration);
        setNote(m.checkpoint ?? null);
      }
      if (m.reachedStop) {
        pauseAtRef.current = Infinity;
        setPlaying(false);
      }
      redraw(m.fresh || !m.playing);
    };
    const first = initialRun.current;
    w.postMessage({ type: 'settings', settings: first.settings } satisfies ToWorker);
    if (first.trained) void loadCheckpoint();
    else w.postMessage({ type: 'scratch', seed: first.seed } satisfies ToWorker);
    return () => {
      w.terminate();
      workerRef.current = null;
      if (frameRef.current) window.clearTimeout(frameRef.current);
      frameRef.current = 0;
    };
  }, [seen, loadCheckpoint, redraw, setPlaying]);

  useEffect(() => send({ type: 'settings', settings }), [send, settings]);

  const view = viewRef.current;
  const active = playing && onScreen && !loading && !error && view !== null;
  useEffect(() => {
    if (!workerRef.current || view === null) return;
    send(active ? { type: 'play', stopAt: pauseAtRef.current } : { type: 'pause' });
  }, [active, send, view === null]); // eslint-disable-line react-hooks/exhaustive-deps

  const field = view ? sampleFields(view.params) : null;
  const lines = useMemo(() => (viewRef.current ? readoutLines(viewRef.current, settings, logTol, t) : [t.preparing]), [settings, logTol, readoutTick, t]); // eslint-disable-line react-hooks/exhaustive-deps
  const session = view;
  const checkpointNote = note
    ? t.loaded({ iteration: note.iteration, trainedIterations: note.trainedIterations.toLocaleString(LOCALE[lang]), seed: note.seed, mode: t.modeNames[note.mode] ?? note.mode })
    : null;
  const half = width >= 600 ? Math.floor((width - 16) / 2) : width;
  const xMax = Math.max(DEMO_ITERS, session?.iteration ?? 0);
  const reset = () => {
    set({ trained: false });
    setPlaying(false);
    setNote(null);
    send({ type: 'scratch', seed: values.seed });
  };
  // The shared rule (nn/core/divergence.ts) over the per-iteration MSE; ode_demo's learning rate is fixed, so
  // the way out offered is a fresh start.
  const diverged = session ? divergenceOf(session.loss) : null;

  return (
    <WidgetFrame
      name="spiral-trainer"
      layout="wide"
      title={t.title}
      standalone={standalone}
      query={share}
      problems={[...problems, ...(tolNote ? [tolNote] : []), ...(error ? [error] : [])]}
      readout={lines.map((l) => (
        <p className="st-readout-line" key={l.slice(0, 12)}>
          {l}
        </p>
      ))}
      status={
        <>
          {checkpointNote && <span>{checkpointNote} </span>}
          {t.runsIn}
          {session?.msPerIteration != null && (
            <>
              {t.msPerIteration(session.msPerIteration.toFixed(1))}
            </>
          )}
          {t.endStatus}
        </>
      }
      caption={t.caption}
    >
      <div ref={boxRef}>
        <DivergenceWarning verdict={diverged} what={t.divergedWhat} onReset={reset} />
        <Controls
          values={values}
          set={set}
          tolFloor={floor}
          playing={playing}
          loading={loading}
          ready={session !== null}
          onPlay={() => {
            if (session && session.iteration >= pauseAtRef.current) pauseAtRef.current = Infinity;
            setError(null);
            setPlaying((p) => !p);
          }}
          onStep={() => send({ type: 'step' })}
          onReset={reset}
          onSeed={(seed) => {
            set({ seed, trained: false });
            setPlaying(false);
            setNote(null);
            send({ type: 'scratch', seed });
          }}
          onSkip={() => {
            set({ trained: true });
            void loadCheckpoint();
          }}
        />
        {session && truth && field && (
          <div className="st-grid" style={{ gridTemplateColumns: width >= 600 ? 'repeat(2, minmax(0, 1fr))' : 'minmax(0, 1fr)' }}>
            <figure className="st-panel st-wide">
              <h4>{t.trajectoriesTitle}</h4>
              <div className="st-legend">
                <span style={{ color: 'var(--accent)' }}><span className="st-key" />{t.xTrue}</span>
                <span style={{ color: 'var(--accent)' }}><span className="st-key dashed" />{t.xLearned}</span>
                <span style={{ color: 'var(--accent-2)' }}><span className="st-key" />{t.yTrue}</span>
                <span style={{ color: 'var(--accent-2)' }}><span className="st-key dashed" />{t.yLearned}</span>
              </div>
              <TrajectoryPlot width={width} t={truth.t} truth={truth.y} pred={session.prediction.y} />
            </figure>
            <figure className="st-panel">
              <h4>{t.phaseTitle}</h4>
              <PhasePlot size={half} truth={truth.y} pred={session.prediction.y} />
            </figure>
            <figure className="st-panel">
              <h4>{t.fieldTitle}</h4>
              <FieldPlot size={half} field={field} />
            </figure>
            <figure className="st-panel">
              <h4>{t.lossTitle}</h4>
              <div className="st-legend">
                <span><span className="st-key" style={{ color: 'var(--rule-strong)' }} />{t.training}</span>
                <span style={{ color: 'var(--accent)' }}><span className="st-key" />{t.runningAverage}</span>
                <span style={{ color: 'var(--accent-2)' }}><span className="st-key dot" />{t.test}</span>
              </div>
              <LossPlot width={half} height={200} loss={session.loss} ema={session.ema} tests={session.tests} xMax={xMax} />
            </figure>
            <figure className="st-panel">
              <h4>{t.nfeTitle}</h4>
              <div className="st-legend">
                <span style={{ color: 'var(--accent)' }}><span className="st-key" />{t.forward}</span>
                <span style={{ color: 'var(--accent-2)' }}><span className="st-key" />{t.backwardAdjoint}</span>
              </div>
              <NfePlot width={half} height={200} forward={session.nfeForward} backward={session.nfeBackward} xMax={xMax} />
            </figure>
          </div>
        )}
      </div>
    </WidgetFrame>
  );
}
