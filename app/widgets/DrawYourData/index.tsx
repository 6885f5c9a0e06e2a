/**
 * Draw your data: the reader draws points (or picks a toy set), a flow-matching field trains on them in
 * chapter 6's worker, and samples travel from noise (t = 0) to data (t = 1) along the field's paths under a
 * time slider. dopri5's evaluations per sample, at the chosen tolerance, are measured on every picture.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useWidgetState } from '../../state/widgetStore';
import { DRAW_SETS, drawYourDataSchema, FM_SHIPPED_SETS } from '../../state/flowMatching';
import { useSeenOnce } from '../../runtime/useOnScreen';
import { mulberry32 } from '../../math/rng';
import { MAX_DRAWN_SAMPLES, toGrid, type DrawnSample } from '../../state/drawnPoints';
import { drawingPoints } from './drawing';
import { sampleToy, TOY_LABELS, type ToySet } from '../../math/toy/ffjord';
import type { CnfWeights } from '../../nn/cnf/model';
import type { SampledPaths } from '../../nn/flowMatching/sample';
import { formatNumber } from '../../render/plot';
import { useFmClient } from '../flowMatchingLab/useFmClient';
import { loadShipped } from '../flowMatchingLab/shipped';
import { PathsCanvas } from '../flowMatchingLab/PathsCanvas';
import { LineChart } from '../flowMatchingLab/LineChart';
import { FM_BATCH, FM_DIMS, recentMean, useTrainingLoop } from './useTrainingLoop';

const EXTENT = 4.5;
const N_DATA = 2000;
const N_SAMPLES = 96;
const MIN_POINTS = 20;
/** Pointer samples kept in memory (up to 9,000 points); past the link's MAX_DRAWN_SAMPLES only the page keeps them. */
const MAX_SAMPLES_IN_MEMORY = 1500;

export default function DrawYourData({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(drawYourDataSchema, { query, syncUrl: standalone });
  const ref = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(ref);
  const { client, error: startError } = useFmClient(seen);
  const [running, setRunning] = useState(false);
  // The stroke being drawn; it joins the stored drawing (and the URL) when the pointer lifts.
  // (A ref too: the pointer-up handler must see the last move's sample even before React re-renders.)
  const [stroke, setStrokeState] = useState<DrawnSample[]>([]);
  const strokeRef = useRef<DrawnSample[]>([]);
  const setStroke = (s: DrawnSample[]) => {
    strokeRef.current = s;
    setStrokeState(s);
  };
  const [generation, setGeneration] = useState(0);
  const [shipped, setShipped] = useState<{ set: string; w: CnfWeights } | null>(null);
  const [paths, setPaths] = useState<(SampledPaths & { key: string }) | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const drawnMode = values.set === 'drawn';
  // A drawing in the address that cannot be read: say so, and show the default preset rather than nothing.
  const [unreadable] = useState(() => problems.some((p) => p.startsWith('pts:')) && values.set === 'drawn');
  useEffect(() => {
    if (unreadable) set({ set: drawYourDataSchema.set.default });
  }, [unreadable, set]);
  // Training data changes only when a stroke ends (values.pts), so a drag does not restart training at every point.
  const trainData = useMemo(
    () => (drawnMode ? drawingPoints(values.pts, EXTENT) : Float32Array.from(sampleToy(values.set as ToySet, N_DATA, mulberry32(values.seed)))),
    [drawnMode, values.pts, values.set, values.seed],
  );
  const shownData = useMemo(() => (drawnMode && stroke.length > 0 ? drawingPoints([...values.pts, ...stroke], EXTENT) : trainData), [drawnMode, stroke, values.pts, trainData]);
  const tooFew = trainData.length / 2 < MIN_POINTS;
  const key = `${values.set}|${values.seed}|${drawnMode ? values.pts.length : 0}|${generation}`;
  const training = useTrainingLoop(client, running && !tooFew, key, trainData, values.seed);

  // The shipped model of a preset set, shown until the reader trains.
  useEffect(() => {
    if (!seen || !(FM_SHIPPED_SETS as readonly string[]).includes(values.set)) return;
    let alive = true;
    loadShipped(values.set, 'fm').then(
      (w) => alive && setShipped({ set: values.set, w }),
      (e: unknown) => alive && setProblem(`Could not load the trained model: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      alive = false;
    };
  }, [seen, values.set]);

  const showing = training.weights ? { w: training.weights, what: 'training' as const } : shipped?.set === values.set && !running && training.losses.length === 0 ? { w: shipped.w, what: 'shipped' as const } : null;
  const tol = 10 ** values.tol;
  useEffect(() => {
    if (!client || !showing) return;
    let alive = true;
    const k = `${values.tol}`;
    client.paths(showing.w, N_SAMPLES, values.seed + 17, { rtol: tol, atol: tol }).then(
      (p) => {
        if (!alive) return;
        setPaths({ ...p, key: k });
        setProblem(null);
      },
      (e: unknown) => alive && setProblem(`Sampling failed: ${e instanceof Error ? e.message : String(e)}`),
    );
    return () => {
      alive = false;
    };
  }, [client, showing?.w, tol, values.tol, values.seed]); // eslint-disable-line react-hooks/exhaustive-deps

  const full = values.pts.length + stroke.length >= MAX_SAMPLES_IN_MEMORY;
  const addSample = (x: number, y: number, first: boolean) => {
    if (full) return;
    const s = strokeRef.current;
    setStroke([...s, { qx: toGrid(x, EXTENT), qy: toGrid(y, EXTENT), first: first || s.length === 0 }]);
  };
  const endStroke = () => {
    if (strokeRef.current.length > 0) set({ pts: [...values.pts, ...strokeRef.current] });
    setStroke([]);
  };

  const losses = training.losses;
  const shownPaths = showing ? paths : null;
  const nfe = shownPaths ? shownPaths.nfe : null;
  const nfeMin = nfe ? Math.min(...nfe) : 0;
  const nfeMax = nfe ? Math.max(...nfe) : 0;
  const smooth = useMemo(() => losses.map((_, i) => recentMean(losses.slice(0, i + 1), 20)), [losses]);
  const allProblems = [
    ...problems,
    ...(startError ? [startError] : []),
    ...(training.error ? [`Training stopped: ${training.error}`] : []),
    ...(problem ? [problem] : []),
    ...(unreadable ? [`The drawing in the address could not be read, so the figure shows ${TOY_LABELS[drawYourDataSchema.set.default as ToySet]} instead.`] : []),
    ...(drawnMode && values.pts.length > MAX_DRAWN_SAMPLES
      ? [`The drawing has ${values.pts.length} pointer samples, more than a link holds (${MAX_DRAWN_SAMPLES}): the address and Copy link keep it as it was at its last stroke that fitted. Everything else you set is in the link.`]
      : []),
    ...(full ? [`The drawing is full (${MAX_SAMPLES_IN_MEMORY} pointer samples): clear it to draw again.`] : []),
    ...(drawnMode && tooFew ? [`Draw at least ${MIN_POINTS} points (drag on the picture), or choose a toy set, before training.`] : []),
  ];
  return (
    <WidgetFrame
      name="draw-your-data"
      title="Draw your data, train by flow matching"
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={client ? `Training runs on ${client.backend.reason}` : 'The training worker starts when the figure is on screen.'}
      readout={
        <span data-testid="fm-readout">
          <span data-testid="fm-data-count">Data: {trainData.length / 2} points.</span>{' '}
          {losses.length > 0 ? (
            <span data-testid="fm-loss">
              Iteration {losses.length}: CFM loss {recentMean(losses).toFixed(3)} (mean of the last 20 batches; the first 20 averaged {recentMean(losses.slice(0, 20)).toFixed(3)}).
            </span>
          ) : showing?.what === 'shipped' ? (
            'Showing the shipped model for this set; press Train to train one from scratch.'
          ) : (
            'No model yet: press Train.'
          )}{' '}
          {nfe && (
            <span data-testid="fm-nfe">
              dopri5 at rtol = atol = {formatNumber(tol)}: {(nfe.reduce((a, b) => a + b, 0) / nfe.length).toFixed(1)} evaluations per sample (mean over {nfe.length}; {nfeMin}–{nfeMax}).
            </span>
          )}
        </span>
      }
      caption={
        <>
          Choose a toy set, or choose “Points you draw” and drag on the picture with a mouse, pen or finger. Train fits the field ({FM_DIMS.join('→')} tanh, t fed to every layer, batch {FM_BATCH}) by
          regressing on x₁ − x₀ along straight noise-to-data lines; no ODE is solved while it trains. Move the time slider to see {N_SAMPLES} samples travel from noise (t = 0) to data (t = 1)
          along the trained field’s curved paths, solved by dopri5 at the tolerance you set.
        </>
      }
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            Data{' '}
            <select value={values.set} onChange={(e) => set({ set: e.target.value as (typeof DRAW_SETS)[number] })}>
              {DRAW_SETS.map((s) => (
                <option key={s} value={s}>
                  {s === 'drawn' ? 'Points you draw' : TOY_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-pressed={running} disabled={!client || tooFew} onClick={() => setRunning((r) => !r)}>
            {running ? 'Pause' : 'Train'}
          </button>
          <button
            type="button"
            onClick={() => {
              setRunning(false);
              setGeneration((g) => g + 1);
            }}
          >
            Restart
          </button>
          {drawnMode && (
            <button
              type="button"
              onClick={() => {
                setStroke([]);
                set({ pts: [] });
              }}
            >
              Clear points
            </button>
          )}
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
          <PathsCanvas
            data={shownData}
            paths={shownPaths}
            t={values.t}
            extent={EXTENT}
            size={320}
            label={`${drawnMode ? 'Drawing area: ' : ''}${shownData.length / 2} data points and ${shownPaths ? N_SAMPLES : 0} samples at t = ${values.t.toFixed(2)}`}
            onDraw={drawnMode ? addSample : undefined}
            onDrawEnd={endStroke}
          />
          <LineChart
            label={`Flow-matching loss over ${losses.length} iterations`}
            xLabel="iteration"
            yLabel="CFM loss"
            series={[
              { name: 'batch loss', xs: losses.map((_, i) => i + 1), ys: losses, color: 'var(--muted)' },
              { name: 'mean of 20', xs: smooth.map((_, i) => i + 1), ys: smooth, color: 'var(--accent)' },
            ]}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}
