/**
 * Plane warp, trained live: a ResNet (six blocks, separate weights) and an ODE-Net (one shared field,
 * dopri5) learn a two-class 2-D set side by side. Each picture shows the plane as the network carries it:
 * grid lines, data points and the decision map, at a depth the reader picks or sweeps; at the end a
 * straight cut separates the classes. tfjs loads only when the widget first comes on screen.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { mulberry32 } from '../../math/rng';
import { accuracyOf, makeToy } from '../../nn/classify/toy2d';
import type { WarpModel, WarpPicture, WarpStats } from '../../nn/classify/warp';
import { useFrameLoop } from '../../runtime/useFrameLoop';
import { useOnScreen, useSeenOnce } from '../../runtime/useOnScreen';
import { useReducedMotion } from '../../runtime/useReducedMotion';
import { planeWarpSchema } from '../../state/planeWarp';
import { useWidgetState } from '../../state/widgetStore';
import { WidgetFrame } from '../common/WidgetFrame';
import { TrainControls } from '../common/TrainControls';
import { DivergenceWarning } from '../common/DivergenceWarning';
import { watchLoss, type LossWatch } from '../../nn/core/divergence';
import { meta } from './meta';
import { useStrings } from '../common/i18n';
import { planeWarpStrings } from './strings';
import { HALF, queryPoints } from './queries';
import { useAsyncLoop } from '../../runtime/useAsyncLoop';
import { useDisposableSet } from '../../runtime/useDisposableSet';
import { useModelEngine } from './useModelEngine';
import { WarpCanvas } from './WarpCanvas';
import './warp.css';

type Side = 'resnet' | 'odenet';
const SIDES: Side[] = ['resnet', 'odenet'];
const POINTS = 200;
/** Redraw the pictures every this many iterations while training. */
const PICTURE_EVERY = 10;

interface Session {
  models: Record<Side, WarpModel>;
  iteration: number;
  /** Next task: 0 ResNet step, 1 ODE-Net step, 2 ResNet picture, 3 ODE-Net picture. */
  phase: number;
}

interface View {
  iteration: number;
  stats: Partial<Record<Side, WarpStats>>;
  pictures: Partial<Record<Side, WarpPicture>>;
  /** Each model's loss history folded by the shared divergence rule (nn/core/divergence.ts). */
  watch: Partial<Record<Side, LossWatch>>;
}

const EMPTY: View = { iteration: 0, stats: {}, pictures: {}, watch: {} };

export default function PlaneWarp({ standalone, query, data: dataProp }: { standalone?: boolean; query?: string } & { data?: 'moons' | 'circles' | 'spirals' }) {
  const t = useStrings(planeWarpStrings);
  const NAMES = t.names;
  const box = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(box);
  const onScreen = useOnScreen(box);
  const { values, set, problems, query: share } = useWidgetState(planeWarpSchema, { initial: dataProp ? { data: dataProp } : {}, query, syncUrl: standalone });
  const { engine, status } = useModelEngine(seen);
  const [training, setTraining] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [view, setView] = useState<View>(EMPTY);
  const [failure, setFailure] = useState<string | null>(null);
  const [sweepDepth, setSweepDepth] = useState(0);
  /** The reader turned the sweep on: it then keeps going after training ends. */
  const [sweepAsked, setSweepAsked] = useState(false);
  const [fixedScale, setFixedScale] = useState(false);
  /** Counts sessions created, so a render knows a session exists without reading the ref. */
  const [ready, setReady] = useState(0);
  const session = useRef<Session | null>(null);
  /** Mirrors `training` for the loop: a task already queued for the next frame must not train after Pause. */
  const trainingRef = useRef(training);
  useEffect(() => {
    trainingRef.current = training;
  }, [training]);

  const data = useMemo(() => makeToy(values.data, POINTS, mulberry32(values.seed)), [values.data, values.seed]);
  const layout = useMemo(() => queryPoints(data.x), [data]);

  useDisposableSet(
    engine ? () => Promise.all([engine.warp('resnet', data, values.seed), engine.warp('odenet', data, values.seed + 1)]) : null,
    ([resnet, odenet]) => {
      session.current = { models: { resnet, odenet }, iteration: 0, phase: 2 };
      setView(EMPTY);
      setFailure(null);
      setReady((r) => r + 1);
    },
    setFailure,
    ([resnet]) => {
      if (session.current?.models.resnet === resnet) session.current = null;
    },
    [engine, data, values.seed, generation],
  );

  const needsPicture = ready > 0 && (view.pictures.resnet === undefined || view.pictures.odenet === undefined);
  const target = values.iterations;
  const done = view.iteration >= target;

  useAsyncLoop(
    onScreen && ready > 0 && failure === null && ((training && !done) || needsPicture),
    async () => {
      const s = session.current;
      if (!s) return false;
      if (s.phase < 2 && !trainingRef.current) return false;
      if (s.phase < 2) {
        const side = SIDES[s.phase];
        const st = await s.models[side].step();
        if (s.phase === 1) s.iteration++;
        const it = s.iteration;
        s.phase = s.phase === 0 ? 1 : it % PICTURE_EVERY === 0 || it >= target ? 2 : 0;
        if (session.current === s) setView((v) => ({ ...v, iteration: it, stats: { ...v.stats, [side]: st }, watch: { ...v.watch, [side]: watchLoss(v.watch[side] ?? null, st.loss) } }));
      } else {
        const side = SIDES[s.phase - 2];
        const pic = await s.models[side].picture(layout.all);
        s.phase = s.phase === 2 ? 3 : 0;
        if (session.current === s) setView((v) => ({ ...v, pictures: { ...v.pictures, [side]: pic } }));
      }
      return true;
    },
    setFailure,
  );

  useEffect(() => {
    if (done) setTraining(false);
  }, [done]);
  // Once trained, the sweep stops at the output (depth 1) unless the reader asked for it.
  const trainedNow = done && view.iteration > 0;
  useEffect(() => {
    if (trainedNow && !sweepAsked && values.sweep) set({ sweep: false, depth: 1 });
  }, [trainedNow, sweepAsked, values.sweep, set]);

  // The sweep is a triangle wave through depth, 4 s per round trip; it runs only on screen, and with reduced
  // motion only once the reader has ticked it here.
  const reduced = useReducedMotion();
  const [sweepTicked, setSweepTicked] = useState(false);
  const sweep = values.sweep && (!reduced || sweepTicked);
  useFrameLoop(sweep && onScreen, (dt) => setSweepDepth((d) => (d + dt / 2000) % 2));
  const depth = sweep ? (sweepDepth <= 1 ? sweepDepth : 2 - sweepDepth) : values.depth;

  const { rasterCount: R, gridCount: G } = layout;
  const acc = (side: Side) => {
    const pic = view.pictures[side];
    return pic ? accuracyOf(pic.prob.subarray(R + G), data.y) : undefined;
  };
  const statLine = (side: Side) => {
    const st = view.stats[side];
    const a = acc(side);
    if (!st) return a === undefined ? t.untrained : t.untrainedAccuracy((100 * a).toFixed(0));
    return t.stat(st.loss.toFixed(3), a === undefined ? null : (100 * a).toFixed(0), side === 'odenet' ? st.nfe : null);
  };
  const readout = view.iteration === 0 ? t.notTrained(NAMES.resnet, statLine('resnet'), NAMES.odenet, statLine('odenet')) : t.readout(view.iteration, target, statLine('resnet'), statLine('odenet'));

  const allProblems = [...problems, ...(failure ? [t.trainingStopped(failure)] : [])];
  const reset = () => {
    setTraining(false);
    setGeneration((g) => g + 1);
  };
  const divergedSide = SIDES.find((side) => view.watch[side]?.diverged);

  return (
    <WidgetFrame
      layout="wide"
      name={meta.name}
      title={t.title}
      standalone={standalone}
      query={share}
      problems={allProblems}
      readout={readout}
      status={status}
      caption={t.caption}
    >
      <div ref={box}>
        {divergedSide && <DivergenceWarning verdict={view.watch[divergedSide]?.diverged ?? null} what={t.divergedWhat(NAMES[divergedSide])} onReset={reset} />}
        <div className="widget-controls">
          <label>
            {t.data}
            <select value={values.data} onChange={(e) => set({ data: e.target.value as typeof values.data })}>
              <option value="moons">{t.datasets.moons}</option>
              <option value="circles">{t.datasets.circles}</option>
              <option value="spirals">{t.datasets.spirals}</option>
            </select>
          </label>
          <TrainControls
            training={training}
            ready={ready !== 0}
            done={done}
            iteration={view.iteration}
            target={target}
            onToggle={() => setTraining((t) => !t)}
            onReset={reset}
          />
        </div>
        <div className="widget-controls">
          <label>
            {t.depth}
            <input type="range" min={0} max={1} step={0.01} value={depth} onChange={(e) => set({ depth: Number(e.target.value), sweep: false })} />
            <output>{depth.toFixed(2)}</output>
          </label>
          <label>
            <input
              type="checkbox"
              checked={sweep}
              onChange={(e) => {
                setSweepTicked(true);
                setSweepAsked(e.target.checked);
                set({ sweep: e.target.checked, depth });
              }}
            />
            {t.sweep}
          </label>
          <label>
            <input type="checkbox" checked={fixedScale} onChange={(e) => setFixedScale(e.target.checked)} />
            {t.fixedScale(HALF)}
          </label>
        </div>
        <div className="warp-panels">
          {SIDES.map((side) => (
            <figure key={side} className="warp-panel">
              <h4>{NAMES[side]}</h4>
              <WarpCanvas picture={view.pictures[side] ?? null} layout={layout} labels={data.y} depth={depth} fit={!fixedScale} label={t.planeAt(NAMES[side], depth.toFixed(2))} />
              <div className="warp-stats">{statLine(side)}</div>
            </figure>
          ))}
        </div>
      </div>
    </WidgetFrame>
  );
}
