/**
 * The crossing demo: three models learn x → −x on [−1, 1], trained live and in turn (one iteration per
 * frame). The 1-D neural ODE's trajectories squeeze towards 0 but keep their order, because solutions of a
 * 1-D ODE cannot cross; the one-block ResNet jumps straight past; the ODE with one extra dimension goes
 * around. tfjs loads when the widget is first on screen.
 */
import { useEffect, useRef, useState } from 'react';
import type { CrossKind, CrossModel } from '../../nn/classify/crossing';
import { useOnScreen, useSeenOnce } from '../../runtime/useOnScreen';
import { crossingDemoSchema } from '../../state/crossingDemo';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { DivergenceWarning } from '../common/DivergenceWarning';
import { watchLoss, type LossWatch } from '../../nn/core/divergence';
import { TrainControls } from '../common/TrainControls';
import { useAsyncLoop } from '../../runtime/useAsyncLoop';
import { useDisposableSet } from '../../runtime/useDisposableSet';
import { useModelEngine } from '../PlaneWarp/useModelEngine';
import { CROSS_POINTS, monotoneFloor } from '../../nn/classify/crossingData';
import { meta } from './meta';
import { useStrings } from '../common/i18n';
import { crossingStrings } from './strings';
import { TrajectoryPlot } from './TrajectoryPlot';
import './crossing.css';

const KINDS: CrossKind[] = ['ode1d', 'resnet', 'anode'];
/** Trajectories are redrawn after every this many rounds of training. */
const DRAW_EVERY = 10;
const STARTS = Array.from({ length: 11 }, (_, i) => -1 + i / 5);
const TIMES = Array.from({ length: 21 }, (_, i) => i / 20);

interface Session {
  models: Record<CrossKind, CrossModel>;
  round: number;
  /** Queue position: 0..2 train that model, 3..5 redraw that model. */
  phase: number;
}
interface Panel {
  loss: number | null;
  /** The loss history folded by the shared divergence rule (nn/core/divergence.ts). */
  watch: LossWatch | null;
  nfe: number | null;
  times: number[];
  paths: number[][] | null;
}
const EMPTY_PANELS = (): Record<CrossKind, Panel> => ({
  ode1d: { loss: null, watch: null, nfe: null, times: TIMES, paths: null },
  resnet: { loss: null, watch: null, nfe: null, times: [0, 1], paths: null },
  anode: { loss: null, watch: null, nfe: null, times: TIMES, paths: null },
});

export default function CrossingDemo({ standalone, query }: { standalone?: boolean; query?: string }) {
  const t = useStrings(crossingStrings);
  const box = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(box);
  const onScreen = useOnScreen(box);
  const { values, problems, query: share } = useWidgetState(crossingDemoSchema, { query, syncUrl: standalone });
  const { engine, status } = useModelEngine(seen);
  const [ready, setReady] = useState(0);
  const [training, setTraining] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [round, setRound] = useState(0);
  const [panels, setPanels] = useState(EMPTY_PANELS);
  const [failure, setFailure] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(false);
  const session = useRef<Session | null>(null);
  /** Mirrors `training` for the loop: a task already queued for the next frame must not train after Pause. */
  const trainingRef = useRef(training);
  useEffect(() => {
    trainingRef.current = training;
  }, [training]);

  useDisposableSet(
    engine ? () => Promise.all(KINDS.map((k, i) => engine.cross(k, values.seed + i))) : null,
    (models) => {
      const made = Object.fromEntries(KINDS.map((k, i) => [k, models[i]])) as Record<CrossKind, CrossModel>;
      session.current = { models: made, round: 0, phase: 3 };
      setPanels(EMPTY_PANELS());
      setRound(0);
      setDrawn(false);
      setFailure(null);
      setReady((r) => r + 1);
    },
    setFailure,
    (models) => {
      if (session.current && KINDS.every((k, i) => session.current?.models[k] === models[i])) session.current = null;
    },
    [engine, values.seed, generation],
  );

  const target = values.iterations;
  const done = round >= target;

  useAsyncLoop(
    onScreen && ready > 0 && failure === null && ((training && !done) || !drawn),
    async () => {
      const s = session.current;
      if (!s) return false;
      if (s.phase < 3 && !trainingRef.current) return false;
      if (s.phase < 3) {
        const kind = KINDS[s.phase];
        const st = await s.models[kind].step();
        if (s.phase === 2) s.round++;
        const r = s.round;
        s.phase = s.phase < 2 ? s.phase + 1 : r % DRAW_EVERY === 0 || r >= target ? 3 : 0;
        if (session.current === s) {
          setPanels((p) => ({ ...p, [kind]: { ...p[kind], loss: st.loss, watch: watchLoss(p[kind].watch, st.loss), nfe: st.nfe } }));
          setRound(r);
        }
      } else {
        const kind = KINDS[s.phase - 3];
        const tr = await s.models[kind].trajectories(STARTS, TIMES);
        s.phase = s.phase < 5 ? s.phase + 1 : 0;
        if (session.current === s) {
          setPanels((p) => ({ ...p, [kind]: { ...p[kind], times: tr.times, paths: tr.paths } }));
          if (kind === 'anode') setDrawn(true);
        }
      }
      return true;
    },
    setFailure,
  );

  useEffect(() => {
    if (done) setTraining(false);
  }, [done]);

  const reset = () => {
    setTraining(false);
    setGeneration((g) => g + 1);
  };
  const diverged = KINDS.find((k) => panels[k].watch?.diverged);
  const stat = (k: CrossKind) => {
    const p = panels[k];
    if (p.loss === null) return t.untrained;
    return t.stat(p.loss.toFixed(4), k === 'resnet' ? null : p.nfe);
  };
  // The best any increasing map scores on the training points: the constant 0, loss mean(x²) (see crossing.ts).
  const floor = monotoneFloor(CROSS_POINTS);
  const readout =
    round === 0
      ? t.notTrained
      : t.readout(round, target, stat('ode1d'), stat('resnet'), stat('anode'), floor.toFixed(3));

  return (
    <WidgetFrame
      layout="wide"
      name={meta.name}
      title={t.title}
      standalone={standalone}
      query={share}
      problems={[...problems, ...(failure ? [t.trainingStopped(failure)] : [])]}
      readout={readout}
      status={status}
      caption={t.caption(CROSS_POINTS)}
    >
      <div ref={box}>
        <div className="widget-controls">
          <TrainControls
            training={training}
            ready={ready !== 0}
            done={done}
            iteration={round}
            target={target}
            onToggle={() => setTraining((t) => !t)}
            onReset={reset}
          />
        </div>
        {diverged && <DivergenceWarning verdict={panels[diverged].watch?.diverged ?? null} what={t.divergedWhat(t.panelNames[diverged])} onReset={reset} />}
        <div className="cross-panels">
          {KINDS.map((k) => (
            <div key={k}>
              <TrajectoryPlot title={t.panelTitles[k]} starts={STARTS} times={panels[k].times} paths={panels[k].paths} jump={k === 'resnet'} />
              <div className="cross-stat" data-model={k}>
                {stat(k)}
              </div>
            </div>
          ))}
        </div>
      </div>
    </WidgetFrame>
  );
}
