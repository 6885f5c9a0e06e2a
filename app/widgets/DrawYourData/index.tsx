/**
 * Draw your data: the reader draws points (or picks a toy set), a flow-matching field trains on them in
 * chapter 6's worker, and samples travel from noise (t = 0) to data (t = 1) along the field's paths under a
 * time slider. dopri5's evaluations per sample, at the chosen tolerance, are measured on every picture.
 * The drawing is in the URL as its pointer samples (app/state/drawnPoints.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useStrings } from '../common/i18n';
import { panelWidth } from '../common/chart/panelWidth';
import { useWidgetState } from '../../state/widgetStore';
import { DRAW_SETS, drawYourDataSchema, FM_SHIPPED_SETS } from '../../state/flowMatching';
import { MAX_DRAWN_SAMPLES, toGrid, type DrawnSample } from '../../state/drawnPoints';
import { mulberry32 } from '../../math/rng';
import { sampleToy, type ToySet } from '../../math/toy/ffjord';
import type { SampledPaths } from '../../nn/flowMatching/sample';
import { formatNumber } from '../../render/plot';
import { useFmFigure } from '../flowMatchingLab/useFmFigure';
import { useShipped } from '../flowMatchingLab/useShipped';
import { PlanePanel } from '../flowMatchingLab/PlanePanel';
import { LineChart } from '../flowMatchingLab/LineChart';
import { DataSelect, RunButtons, TimeTolControls } from '../flowMatchingLab/controls';
import { FM_BATCH, FM_DIMS, recentMean, useTrainingLoop } from './useTrainingLoop';
import { drawingPoints } from './drawing';
import { drawYourDataStrings } from './strings';

const EXTENT = 4.5;
const N_DATA = 2000;
const N_SAMPLES = 96;
const MIN_POINTS = 20;
/** Pointer samples kept in memory (up to 9,000 points); past the link's MAX_DRAWN_SAMPLES only the page keeps them. */
const MAX_SAMPLES_IN_MEMORY = 1500;

export default function DrawYourData({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(drawYourDataSchema, { query, syncUrl: standalone });
  const { ref, seen, width, client, lab, waiting, startProblem } = useFmFigure();
  const s = useStrings(drawYourDataStrings);
  const [running, setRunning] = useState(false);
  // The stroke being drawn; it joins the stored drawing (and the URL) when the pointer lifts.
  // (A ref too: the pointer-up handler must see the last move's sample even before React re-renders.)
  const [stroke, setStrokeState] = useState<DrawnSample[]>([]);
  const strokeRef = useRef<DrawnSample[]>([]);
  const setStroke = (next: DrawnSample[]) => {
    strokeRef.current = next;
    setStrokeState(next);
  };
  const [generation, setGeneration] = useState(0);
  // The last sampled paths and what they are of, so the figure can say when they are still being solved.
  const [paths, setPaths] = useState<{ p: SampledPaths; w: unknown; tol: number; seed: number } | null>(null);
  const [sampleProblem, setSampleProblem] = useState<string | null>(null);

  const drawnMode = values.set === 'drawn';
  // A drawing in the address that cannot be read: say so, and show the default preset rather than nothing.
  const [unreadable] = useState(() => problems.some((p) => p.key === 'pts') && values.set === 'drawn');
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
  const hasShipped = (FM_SHIPPED_SETS as readonly string[]).includes(values.set);
  const shipped = useShipped(seen && hasShipped, values.set, 'fm');
  const showing = training.weights
    ? { w: training.weights, what: 'training' as const }
    : hasShipped && shipped.weights && !running && training.losses.length === 0
      ? { w: shipped.weights, what: 'shipped' as const }
      : null;
  const tol = 10 ** values.tol;
  useEffect(() => {
    if (!client || !showing) return;
    let alive = true;
    const w = showing.w;
    const seed = values.seed;
    client.paths(w, N_SAMPLES, seed + 17, { rtol: tol, atol: tol }).then(
      (p) => {
        if (!alive) return;
        setPaths({ p, w, tol, seed });
        setSampleProblem(null);
      },
      (e: unknown) => alive && setSampleProblem(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      alive = false;
    };
  }, [client, showing?.w, tol, values.seed]); // eslint-disable-line react-hooks/exhaustive-deps

  const full = values.pts.length + stroke.length >= MAX_SAMPLES_IN_MEMORY;
  const addSample = (x: number, y: number, first: boolean) => {
    if (full) return;
    const cur = strokeRef.current;
    setStroke([...cur, { qx: toGrid(x, EXTENT), qy: toGrid(y, EXTENT), first: first || cur.length === 0 }]);
  };
  const endStroke = () => {
    if (strokeRef.current.length > 0) set({ pts: [...values.pts, ...strokeRef.current] });
    setStroke([]);
  };

  const losses = training.losses;
  const shownPaths = showing && paths ? paths.p : null;
  const solving = !!showing && !!client && !sampleProblem && !(paths && paths.w === showing.w && paths.tol === tol && paths.seed === values.seed);
  const nfe = shownPaths ? shownPaths.nfe : null;
  const smooth = useMemo(() => losses.map((_, i) => recentMean(losses.slice(Math.max(0, i - 19), i + 1), 20)), [losses]);
  const allProblems = [
    ...problems,
    ...(startProblem ? [startProblem] : []),
    ...(shipped.error && hasShipped ? [lab.loadFailed(shipped.error)] : []),
    ...(training.error ? [lab.trainingStopped(training.error)] : []),
    ...(sampleProblem ? [lab.samplingFailed(sampleProblem)] : []),
    ...(unreadable ? [s.unreadable(lab.toySets[drawYourDataSchema.set.default as ToySet])] : []),
    ...(drawnMode && values.pts.length > MAX_DRAWN_SAMPLES ? [s.tooLongForLink(values.pts.length, MAX_DRAWN_SAMPLES)] : []),
    ...(full ? [s.full(MAX_SAMPLES_IN_MEMORY)] : []),
    ...(drawnMode && tooFew ? [s.tooFew(MIN_POINTS)] : []),
  ];
  const panel = panelWidth(width, 320, 2);
  return (
    <WidgetFrame
      name="draw-your-data"
      title={s.title}
      layout="wide"
      query={q}
      standalone={standalone}
      problems={allProblems}
      status={client ? s.status(client.backend.reason) : waiting}
      readout={
        <span data-testid="fm-readout">
          <span data-testid="fm-data-count">{s.dataCount(trainData.length / 2)}</span>{' '}
          {losses.length > 0 ? (
            <span data-testid="fm-loss">{s.loss(losses.length, recentMean(losses).toFixed(3), recentMean(losses.slice(0, 20)).toFixed(3))}</span>
          ) : showing?.what === 'shipped' ? (
            s.shipped
          ) : hasShipped && !shipped.error && !running ? (
            s.loadingShipped
          ) : (
            s.noModel
          )}{' '}
          {solving && <span>{s.solving}</span>}{' '}
          {nfe && !solving && (
            <span data-testid="fm-nfe">{s.nfe(formatNumber(tol), (nfe.reduce((a, b) => a + b, 0) / nfe.length).toFixed(1), nfe.length, Math.min(...nfe), Math.max(...nfe))}</span>
          )}
        </span>
      }
      caption={s.caption(FM_DIMS.join('→'), FM_BATCH, N_SAMPLES)}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <DataSelect sets={DRAW_SETS} value={values.set} onChange={(v) => set({ set: v })} />
          <RunButtons
            running={running}
            canRun={!!client && !tooFew}
            onToggle={() => setRunning((r) => !r)}
            onRestart={() => {
              setRunning(false);
              setGeneration((g) => g + 1);
            }}
          >
            {drawnMode && (
              <button
                type="button"
                onClick={() => {
                  setStroke([]);
                  set({ pts: [] });
                }}
              >
                {lab.clearPoints}
              </button>
            )}
          </RunButtons>
        </div>
        <TimeTolControls time={values.t} tol={values.tol} onTime={(t) => set({ t })} onTol={(v) => set({ tol: v })} />
        <div className="figure-panels" style={{ ['--panel-min' as string]: '320px' }}>
          <PlanePanel
            title={s.planeTitle}
            width={panel}
            maxSize={360}
            data={shownData}
            paths={shownPaths}
            t={values.t}
            extent={EXTENT}
            label={s.planeLabel(drawnMode, shownData.length / 2, shownPaths ? N_SAMPLES : 0, values.t.toFixed(2))}
            onDraw={drawnMode ? addSample : undefined}
            onDrawEnd={endStroke}
          />
          <LineChart
            title={s.lossTitle}
            label={s.lossLabel(losses.length)}
            xLabel={s.iteration}
            yLabel={s.cfmLoss}
            series={[
              { name: s.batchLoss, xs: losses.map((_, i) => i + 1), ys: losses, color: 'var(--muted)' },
              { name: s.meanOf20, xs: smooth.map((_, i) => i + 1), ys: smooth, color: 'var(--accent)' },
            ]}
          />
        </div>
      </div>
    </WidgetFrame>
  );
}
