/**
 * Planar NF (K layers) against planar CNF (M units), both fitted to a target density by KL(q‖p) in a
 * worker. Panels: the target exp(−U)/Z on a grid, and histograms of each model's samples; the readout gives
 * both KL estimates (log Z computed on a grid) and the parameter counts.
 */
import { useWidth } from '../common/chart/useWidth';
import { CanvasAxes, canvasPlotSize } from '../common/chart/CanvasAxes';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { DivergenceWarning } from '../common/DivergenceWarning';
import { divergenceOf } from '../../nn/core/divergence';
import { useWidgetState } from '../../state/widgetStore';
import { planarFlowSchema } from '../../state/planarFlow';
import { useOnScreen, useSeenOnce } from '../../runtime/useOnScreen';
import { energy, TARGET_LABELS, TARGETS, type Target } from '../../nn/cnf/planar';
import { fitBackingStore, scaleContext } from '../../render/canvas/backingStore';
import { heatPixels, infernoLut } from '../DensityFlow/draw';
import { HIST_EXTENT, HIST_N, MAX_ITERS, PLANAR_BATCH, PLANAR_STEPS, type FromPlanarWorker, type ModelReport, type PlanarConfig, type ToPlanarWorker } from '../../nn/cnf/planarProtocol';
import { openTfPort, type TfPort } from '../../runtime/tfWorker/pagePort';

const C = 200;

function Heat({ values, label, log, size }: { values: Float32Array | null; label: string; log: boolean; size: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const lut = useMemo(() => infernoLut(), []);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    // The picture is drawn in a C-unit square; the store follows the plot area the canvas fills (size CSS px).
    scaleContext(ctx, fitBackingStore(ctx.canvas, size, size), size / C);
    ctx.fillStyle = '#000004';
    ctx.fillRect(0, 0, C, C);
    if (!values) return;
    const lp = log ? values : values.map((v) => (v > 0 ? Math.log(v) : -Infinity));
    const s = document.createElement('canvas');
    s.width = HIST_N;
    s.height = HIST_N;
    s.getContext('2d')?.putImageData(new ImageData(heatPixels(lp, lut), HIST_N, HIST_N), 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(s, 0, 0, C, C);
  }, [values, lut, log, size]);
  return (
    <figure className="chart-panel">
      <h4>{label}</h4>
      <CanvasAxes size={size} extent={HIST_EXTENT} xLabel="x₁" yLabel="x₂" colorBar={{ ramp: 'density', label: 'p / max p', domain: [0, 1] }}>
        <canvas ref={ref} role="img" aria-label={label} style={{ width: C, maxWidth: '100%', aspectRatio: '1' }} />
      </CanvasAxes>
    </figure>
  );
}

interface View {
  reason: string;
  error: string | null;
  iter: number;
  logZ: number | null;
  nf: ModelReport | null;
  cnf: ModelReport | null;
  curve: { iter: number; nf: number; cnf: number }[];
}

export default function PlanarFlow({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(planarFlowSchema, { query, syncUrl: standalone });
  const ref = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(ref, 640);
  // Three panels side by side when each gets 300 px or more, else one column (the grid reflows the same way).
  const heatSize = canvasPlotSize(boxWidth >= 3 * 300 + 2 * 19 ? Math.floor((boxWidth - 2 * 19) / 3) : boxWidth, true, 300);
  const seen = useSeenOnce(ref);
  const visible = useOnScreen(ref);
  const [running, setRunning] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [view, setView] = useState<View>({ reason: '', error: null, iter: 0, logZ: null, nf: null, cnf: null, curve: [] });
  const workerRef = useRef<TfPort | null>(null);
  const K = Number(values.K);
  const M = Number(values.M);
  const config: PlanarConfig = useMemo(() => ({ target: values.target, K, M, seed: values.seed + 1000003 * generation }), [values.target, K, M, values.seed, generation]);

  // The shared divergence rule (nn/core/divergence.ts) over each model's per-iteration loss.
  const diverged = useMemo(() => {
    const nf = divergenceOf(view.curve.map((c) => c.nf));
    if (nf) return { name: 'planar NF', verdict: nf };
    const cnf = divergenceOf(view.curve.map((c) => c.cnf));
    return cnf ? { name: 'planar CNF', verdict: cnf } : null;
  }, [view.curve]);

  useEffect(() => {
    if (!seen) return;
    const w = openTfPort('planarFlow');
    workerRef.current = w;
    w.onmessage = (e: MessageEvent<FromPlanarWorker>) => {
      const m = e.data;
      setView((v) => {
        switch (m.kind) {
          case 'ready':
            return { ...v, reason: m.reason };
          case 'error':
            return { ...v, error: m.message };
          case 'iter':
            return { ...v, iter: m.iter, curve: [...v.curve, { iter: m.iter, nf: m.nf, cnf: m.cnf }] };
          case 'eval':
            return { ...v, logZ: m.logZ, nf: m.nf, cnf: m.cnf };
        }
      });
    };
    w.onerror = (e) => {
      e.preventDefault();
      setView((v) => ({ ...v, error: e.message || 'the worker failed' }));
    };
    return () => {
      w.terminate();
      workerRef.current = null;
    };
  }, [seen]);
  useEffect(() => {
    setView((v) => ({ reason: v.reason, error: null, iter: 0, logZ: null, nf: null, cnf: null, curve: [] }));
    workerRef.current?.postMessage({ kind: 'start', config } satisfies ToPlanarWorker);
  }, [config, seen]);
  useEffect(() => {
    workerRef.current?.postMessage({ kind: running && visible ? 'resume' : 'pause' } satisfies ToPlanarWorker);
  }, [running, visible, config, seen]);

  const target = useMemo(() => {
    const out = new Float32Array(HIST_N * HIST_N);
    const cell = (2 * HIST_EXTENT) / HIST_N;
    for (let r = 0; r < HIST_N; r++) for (let c = 0; c < HIST_N; c++) out[r * HIST_N + c] = -energy(values.target, -HIST_EXTENT + (c + 0.5) * cell, HIST_EXTENT - (r + 0.5) * cell);
    return out;
  }, [values.target]);
  const done = view.iter >= MAX_ITERS;
  const fmt = (r: ModelReport | null) => (r ? r.kl.toFixed(3) : '…');
  return (
    <WidgetFrame
      name="planar-flow"
      layout="wide"
      title="Planar flow against planar CNF"
      query={q}
      standalone={standalone}
      problems={[...problems, ...(view.error ? [`Training stopped: ${view.error}`] : [])]}
      status={view.reason ? `Training runs on ${view.reason}` : 'Starting the training worker…'}
      readout={
        <span data-testid="planar-readout">
          Iteration {view.iter} of {MAX_ITERS}. KL(q‖p) estimated on 4,096 samples: planar NF with K = {K} layers ({5 * K} parameters) {fmt(view.nf)}; planar CNF with M = {M} units ({10 * M}{' '}
          parameters, {4 * PLANAR_STEPS} evaluations per solve) {fmt(view.cnf)}.{view.logZ !== null && ` (log Z = ${view.logZ.toFixed(3)}, computed on a grid.)`}
        </span>
      }
      caption={
        <>
          Both flows start from N(0, I) and are trained side by side, with Adam on batches of {PLANAR_BATCH}, to minimise KL(q‖p) against the target on the left. Choose K and M (the
          paper&apos;s panels use 2, 8 and 32), press Train, and compare the sample histograms and the KL estimates.
        </>
      }
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            Target{' '}
            <select value={values.target} onChange={(e) => set({ target: e.target.value as Target })}>
              {TARGETS.map((t) => (
                <option key={t} value={t}>
                  {TARGET_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            NF layers K{' '}
            <select value={values.K} onChange={(e) => set({ K: e.target.value as '2' | '8' | '32' })}>
              {['2', '8', '32'].map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            CNF units M{' '}
            <select value={values.M} onChange={(e) => set({ M: e.target.value as '2' | '8' | '32' })}>
              {['2', '8', '32'].map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <button type="button" aria-pressed={running && !done} onClick={() => setRunning((r) => !r)} disabled={done}>
            {running && !done ? 'Pause' : 'Train'}
          </button>
          <button type="button" onClick={() => setGeneration((g) => g + 1)}>
            Restart
          </button>
        </div>
        {diverged && <DivergenceWarning verdict={diverged.verdict} what={`${diverged.name} training loss (KL estimate without log Z)`} onReset={() => setGeneration((g) => g + 1)} resetLabel="Restart" />}
        <div className="figure-panels" style={{ ['--panel-min' as string]: '300px' }}>
          <Heat size={heatSize} values={target} label={`Target exp(−U), ${TARGET_LABELS[values.target]}`} log />
          <Heat size={heatSize} values={view.nf?.hist ?? null} label={`Planar NF, K = ${K}: samples`} log={false} />
          <Heat size={heatSize} values={view.cnf?.hist ?? null} label={`Planar CNF, M = ${M}: samples`} log={false} />
        </div>
      </div>
    </WidgetFrame>
  );
}
