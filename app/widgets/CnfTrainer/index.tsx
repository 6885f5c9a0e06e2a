/**
 * CNF trainer: maximum likelihood in the browser (a Web Worker running tfjs), on a toy set or on points
 * the reader draws. Shows the NLL curve, NFE per solve, the learned density, and the exact trace against
 * Hutchinson's estimator with the estimator's measured variance and its formula 2‖S‖²_F.
 */
import { formatTolerance } from '../../render/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useWidgetState } from '../../state/widgetStore';
import { cnfTrainerSchema, TRAINER_SETS } from '../../state/cnfTrainer';
import { useOnScreen, useSeenOnce } from '../../runtime/useOnScreen';
import { mulberry32 } from '../../math/rng';
import { sampleToy, type ToySet } from '../../math/toy/ffjord';
import { fitBackingStore, scaleContext } from '../../render/canvas/backingStore';
import { heatPixels, infernoLut } from '../DensityFlow/draw';
import { useTrainerWorker } from './useTrainerWorker';
import { NllChart } from './NllChart';
import { CanvasAxes, canvasPlotSize } from '../common/chart/CanvasAxes';
import { useWidth } from '../common/chart/useWidth';
import { DivergenceWarning } from '../common/DivergenceWarning';
import { divergenceOf } from '../../nn/core/divergence';
import { DENSITY_EXTENT, TRAINER_BATCH, TRAINER_DIMS } from '../../nn/cnf/trainerProtocol';
import { useStrings } from '../common/i18n';
import { toySetStrings } from '../common/toySetStrings';
import { cnfTrainerStrings } from './strings';

const C = 300;
const E = DENSITY_EXTENT;
const N_DATA = 2000;

export default function CnfTrainer({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(cnfTrainerSchema, { query, syncUrl: standalone });
  const s = useStrings(cnfTrainerStrings);
  const toyNames = useStrings(toySetStrings);
  const ref = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(ref);
  const visible = useOnScreen(ref);
  const [running, setRunning] = useState(false);
  const [drawn, setDrawn] = useState<number[]>([]);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const [generation, setGeneration] = useState(0);
  // What training uses: for drawn data, the points as they were when the last stroke ended.
  const [snapshot, setSnapshot] = useState<number[]>([]);
  const drawnRef = useRef(drawn);
  drawnRef.current = drawn;
  const data = useMemo(() => {
    if (values.set === 'drawn') return Float32Array.from(drawn);
    return Float32Array.from(sampleToy(values.set as ToySet, N_DATA, mulberry32(values.seed)));
  }, [values.set, values.seed, drawn]);
  const trainData = useMemo(() => (values.set === 'drawn' ? Float32Array.from(snapshot) : data), [values.set, snapshot, data]);
  const tooFew = values.set === 'drawn' && snapshot.length / 2 < 20;
  // A new configuration restarts training from fresh weights; drawing more points restarts it too.
  const config = useMemo(
    () => (tooFew ? null : { data: trainData, trace: values.trace, steps: values.steps, lr: 10 ** values.lr, seed: values.seed + generation * 1000003 }),
    [trainData, values.trace, values.steps, values.lr, values.seed, generation, tooFew],
  );
  const view = useTrainerWorker(seen, running && visible, config);
  const boxWidth = useWidth(ref, 640);
  const panelWidth = boxWidth >= 760 ? Math.floor((boxWidth - 20) / 2) : boxWidth;
  const plotSize = canvasPlotSize(panelWidth, true, 380);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const lut = useMemo(() => infernoLut(), []);
  const scratch = useMemo(() => (typeof document === 'undefined' ? null : document.createElement('canvas')), []);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || !scratch) return;
    // The picture is drawn in a C-unit square; the store follows the plot area the canvas fills (plotSize CSS px).
    scaleContext(ctx, fitBackingStore(ctx.canvas, plotSize, plotSize), plotSize / C);
    ctx.fillStyle = '#000004';
    ctx.fillRect(0, 0, C, C);
    const d = view.density;
    if (d) {
      scratch.width = d.size;
      scratch.height = d.size;
      scratch.getContext('2d')?.putImageData(new ImageData(heatPixels(d.logp, lut), d.size, d.size), 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(scratch, 0, 0, C, C);
    }
    const sx = (x: number) => ((x + E) / (2 * E)) * C;
    const sy = (y: number) => ((E - y) / (2 * E)) * C;
    ctx.fillStyle = 'rgba(120, 220, 255, 0.7)';
    const shown = Math.min(data.length / 2, 600);
    for (let i = 0; i < shown; i++) ctx.fillRect(sx(data[2 * i]) - 1, sy(data[2 * i + 1]) - 1, 2, 2);
    if (values.set === 'drawn') {
      ctx.strokeStyle = '#fff';
      ctx.strokeRect(sx(cursor[0]) - 6, sy(cursor[1]) - 6, 12, 12);
    }
  }, [view.density, data, lut, scratch, values.set, cursor, plotSize]);

  const addAt = (x: number, y: number, k = 6) => {
    const rng = mulberry32((drawn.length * 7919 + Math.round(x * 1000) * 31 + Math.round(y * 1000)) >>> 0);
    const pts: number[] = [];
    for (let i = 0; i < k; i++) pts.push(x + 0.12 * rng.normal(), y + 0.12 * rng.normal());
    setDrawn((d) => [...d, ...pts].slice(-4000));
    return pts;
  };
  const toPlane = (e: React.PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) / r.width) * 2 * E - E, E - ((e.clientY - r.top) / r.height) * 2 * E];
  };
  const drawing = useRef(false);
  const finishStroke = () => {
    if (!drawing.current) return;
    drawing.current = false;
    setSnapshot(drawnRef.current);
  };
  const onKey = (e: React.KeyboardEvent) => {
    if (values.set !== 'drawn') return;
    const d = { ArrowUp: [0, 0.2], ArrowDown: [0, -0.2], ArrowLeft: [-0.2, 0], ArrowRight: [0.2, 0] }[e.key];
    if (d) {
      e.preventDefault();
      setCursor(([x, y]) => [Math.max(-E, Math.min(E, x + d[0])), Math.max(-E, Math.min(E, y + d[1]))]);
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      const added = addAt(cursor[0], cursor[1], 20);
      setSnapshot([...drawnRef.current, ...added].slice(-4000));
    }
  };

  const diverged = useMemo(() => divergenceOf(view.losses), [view.losses]);
  const lowestLr = -4; // the slider's minimum, and the schema's
  const lastEval = view.evals.at(-1);
  const firstEval = view.evals[0];
  const h = view.hutch;
  const err = view.error;
  const errorText = !err ? null : err.kind === 'start' ? s.workerDidNotStart(err.detail) : err.kind === 'worker' ? err.detail || s.workerFailed : err.detail;
  const allProblems = [...problems, ...(errorText !== null ? [s.trainingStopped(errorText)] : []), ...(tooFew ? [s.drawMore] : [])];
  return (
    <WidgetFrame
      name="cnf-trainer"
      layout="wide"
      title={s.title}
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={view.backend ? s.runsOn(view.backend, view.reason) : s.startingWorker}
      readout={
        <span data-testid="trainer-readout">
          {s.iteration(String(view.iter))}
          {lastEval ? s.exactNll(lastEval.nll.toFixed(3), String(Math.min(256, data.length / 2)), String(firstEval?.nll.toFixed(3))) : ''}
          {s.nfePerSolve(String(view.nfe || 4 * values.steps), String(values.steps), String(TRAINER_BATCH))}
          {view.msPerIter > 0 ? s.msPerIteration(view.msPerIter.toFixed(0)) : ''}
          {s.sentenceEnd}
          {h && s.hutchinson(String(h.points), h.exact.toFixed(3), String(h.draws), h.estimate.toFixed(3), h.variance.toFixed(3), h.theory.toFixed(3))}
        </span>
      }
      caption={s.caption(TRAINER_DIMS.join('→'))}
    >
      <div ref={ref}>
        <DivergenceWarning
          verdict={diverged}
          what={s.divergenceWhat}
          unit="nats"
          onLowerRate={values.lr > lowestLr ? () => set({ lr: Math.max(lowestLr, values.lr - 1) }) : undefined}
          onReset={() => setGeneration((g) => g + 1)}
          resetLabel={s.restart}
        />
        <div className="widget-controls">
          <label>
            {s.data}{' '}
            <select value={values.set} onChange={(e) => set({ set: e.target.value as (typeof TRAINER_SETS)[number] })}>
              {TRAINER_SETS.map((name) => (
                <option key={name} value={name}>
                  {name === 'drawn' ? s.pointsYouDraw : toyNames[name]}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{s.trace}</legend>
            <label>
              <input type="radio" name="trace" checked={values.trace === 'exact'} onChange={() => set({ trace: 'exact' })} /> {s.exact}
            </label>
            <label>
              <input type="radio" name="trace" checked={values.trace === 'hutchinson'} onChange={() => set({ trace: 'hutchinson' })} /> {s.hutchinsonOption}
            </label>
          </fieldset>
          <label>
            {s.solverSteps} <input type="range" min={2} max={16} step={1} value={values.steps} onChange={(e) => set({ steps: Number(e.target.value) })} />
            <output>{values.steps}</output>
          </label>
          <label>
            {s.learningRate} <input type="range" min={-4} max={0} step={0.25} value={values.lr} onChange={(e) => set({ lr: Number(e.target.value) })} aria-valuetext={formatTolerance(10 ** values.lr, 2)} />
            <output>{formatTolerance(10 ** values.lr, 2)}</output>
          </label>
          <button type="button" aria-pressed={running} onClick={() => setRunning((r) => !r)} disabled={tooFew}>
            {running ? s.pause : s.train}
          </button>
          <button type="button" onClick={() => setGeneration((g) => g + 1)}>
            {s.restart}
          </button>
          {values.set === 'drawn' && (
            <button
              type="button"
              onClick={() => {
                setDrawn([]);
                setSnapshot([]);
              }}
            >
              {s.clearPoints}
            </button>
          )}
        </div>
        <div className="figure-panels" style={{ ['--panel-min' as string]: '340px' }}>
          <figure className="chart-panel">
          <h4>{s.densityPanel}</h4>
          <CanvasAxes size={plotSize} extent={E} xLabel="x₁" yLabel="x₂" colorBar={{ ramp: 'density', label: 'p(x) / max p', domain: [0, 1] }}>
          <canvas
            ref={canvasRef}
            tabIndex={values.set === 'drawn' ? 0 : -1}
            role="img"
            aria-label={values.set === 'drawn' ? s.drawingCanvas(String(drawn.length / 2)) : s.densityCanvas(String(data.length / 2))}
            style={{ width: C, maxWidth: '100%', aspectRatio: '1', touchAction: values.set === 'drawn' ? 'none' : 'auto', cursor: values.set === 'drawn' ? 'crosshair' : 'default' }}
            onKeyDown={onKey}
            onPointerDown={(e) => {
              if (values.set !== 'drawn') return;
              drawing.current = true;
              e.currentTarget.setPointerCapture(e.pointerId);
              addAt(...toPlane(e));
            }}
            onPointerMove={(e) => drawing.current && addAt(...toPlane(e), 3)}
            onPointerUp={finishStroke}
            onPointerCancel={finishStroke}
          />
          </CanvasAxes>
          </figure>
          <NllChart losses={view.losses} evals={view.evals} width={panelWidth} />
        </div>
      </div>
    </WidgetFrame>
  );
}
