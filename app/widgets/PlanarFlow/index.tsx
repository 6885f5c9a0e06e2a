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
import { energy, TARGETS, type Target } from '../../nn/cnf/planar';
import { fitBackingStore, scaleContext } from '../../render/canvas/backingStore';
import { heatPixels, infernoLut } from '../DensityFlow/draw';
import { HIST_EXTENT, HIST_N, MAX_ITERS, PLANAR_BATCH, PLANAR_STEPS, type FromPlanarWorker, type ModelReport, type PlanarConfig, type ToPlanarWorker } from '../../nn/cnf/planarProtocol';
import { openTfPort, type TfPort } from '../../runtime/tfWorker/pagePort';
import { LOCALE, useLang, useStrings } from '../common/i18n';
import { planarFlowStrings } from './strings';

/** Samples behind each KL estimate and histogram (planarHandler.ts draws 4,096 from the base). */
const EVAL_SAMPLES = 4096;

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
  backend: string;
  reason: string;
  /** Why training stopped: the worker's message, or empty when the worker failed without one. */
  error: string | null;
  iter: number;
  logZ: number | null;
  nf: ModelReport | null;
  cnf: ModelReport | null;
  curve: { iter: number; nf: number; cnf: number }[];
}

export default function PlanarFlow({ standalone, query }: { standalone?: boolean; query?: string }) {
  const { values, set, problems, query: q } = useWidgetState(planarFlowSchema, { query, syncUrl: standalone });
  const s = useStrings(planarFlowStrings);
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const boxWidth = useWidth(ref, 640);
  // Three panels side by side when each gets 300 px or more, else one column (the grid reflows the same way).
  const heatSize = canvasPlotSize(boxWidth >= 3 * 300 + 2 * 19 ? Math.floor((boxWidth - 2 * 19) / 3) : boxWidth, true, 300);
  const seen = useSeenOnce(ref);
  const visible = useOnScreen(ref);
  const [running, setRunning] = useState(false);
  const [generation, setGeneration] = useState(0);
  const [view, setView] = useState<View>({ backend: '', reason: '', error: null, iter: 0, logZ: null, nf: null, cnf: null, curve: [] });
  const workerRef = useRef<TfPort | null>(null);
  const K = Number(values.K);
  const M = Number(values.M);
  const config: PlanarConfig = useMemo(() => ({ target: values.target, K, M, seed: values.seed + 1000003 * generation }), [values.target, K, M, values.seed, generation]);

  // The shared divergence rule (nn/core/divergence.ts) over each model's per-iteration loss.
  const diverged = useMemo(() => {
    const nf = divergenceOf(view.curve.map((c) => c.nf));
    if (nf) return { model: 'nf' as const, verdict: nf };
    const cnf = divergenceOf(view.curve.map((c) => c.cnf));
    return cnf ? { model: 'cnf' as const, verdict: cnf } : null;
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
            return { ...v, backend: m.backend, reason: m.reason };
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
      setView((v) => ({ ...v, error: e.message }));
    };
    return () => {
      w.terminate();
      workerRef.current = null;
    };
  }, [seen]);
  useEffect(() => {
    setView((v) => ({ backend: v.backend, reason: v.reason, error: null, iter: 0, logZ: null, nf: null, cnf: null, curve: [] }));
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
      title={s.title}
      query={q}
      standalone={standalone}
      problems={[...problems, ...(view.error !== null ? [s.trainingStopped(view.error || s.workerFailed)] : [])]}
      status={view.reason ? s.runsOn(view.backend, view.reason) : s.startingWorker}
      readout={
        <span data-testid="planar-readout">
          {s.readout(String(view.iter), String(MAX_ITERS), EVAL_SAMPLES.toLocaleString(LOCALE[lang]), String(K), String(5 * K), fmt(view.nf), String(M), String(10 * M), String(4 * PLANAR_STEPS), fmt(view.cnf))}
          {view.logZ !== null && s.logZ(view.logZ.toFixed(3))}
        </span>
      }
      caption={s.caption(String(PLANAR_BATCH))}
    >
      <div ref={ref}>
        <div className="widget-controls">
          <label>
            {s.target}{' '}
            <select value={values.target} onChange={(e) => set({ target: e.target.value as Target })}>
              {TARGETS.map((t) => (
                <option key={t} value={t}>
                  {s[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s.nfLayers}{' '}
            <select value={values.K} onChange={(e) => set({ K: e.target.value as '2' | '8' | '32' })}>
              {['2', '8', '32'].map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            {s.cnfUnits}{' '}
            <select value={values.M} onChange={(e) => set({ M: e.target.value as '2' | '8' | '32' })}>
              {['2', '8', '32'].map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <button type="button" aria-pressed={running && !done} onClick={() => setRunning((r) => !r)} disabled={done}>
            {running && !done ? s.pause : s.train}
          </button>
          <button type="button" onClick={() => setGeneration((g) => g + 1)}>
            {s.restart}
          </button>
        </div>
        {diverged && <DivergenceWarning verdict={diverged.verdict} what={diverged.model === 'nf' ? s.divergingNf : s.divergingCnf} onReset={() => setGeneration((g) => g + 1)} resetLabel={s.restart} />}
        <div className="figure-panels" style={{ ['--panel-min' as string]: '300px' }}>
          <Heat size={heatSize} values={target} label={s.targetPanel(s[values.target])} log />
          <Heat size={heatSize} values={view.nf?.hist ?? null} label={s.nfPanel(String(K))} log={false} />
          <Heat size={heatSize} values={view.cnf?.hist ?? null} label={s.cnfPanel(String(M))} log={false} />
        </div>
      </div>
    </WidgetFrame>
  );
}
