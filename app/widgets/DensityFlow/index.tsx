/**
 * Density flow: a trained CNF carries N(0, I) at t = 0 into a toy density at t = T. The heat map is
 * p(z(t)) on a grid (each pixel integrated back to the base with the exact 2-D trace), the dots are base
 * samples carried forward, and the ledger follows one particle's log-density, log p(z(t)) = log N(z(0)) −
 * ∫₀ᵗ tr(∂f/∂z) ds ([P] Theorem 1).
 */
import { useWidth } from '../common/chart/useWidth';
import { CanvasAxes, canvasPlotSize } from '../common/chart/CanvasAxes';
import { formatNumber } from '../../render/plot';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WidgetFrame } from '../common/WidgetFrame';
import { useWidgetState } from '../../state/widgetStore';
import { densityFlowSchema, DENSITY_SETS, GRID_SIZES } from '../../state/densityFlow';
import { useSeenOnce, useOnScreen } from '../../runtime/useOnScreen';
import { useFrameLoop } from '../../runtime/useFrameLoop';
import { gridMass } from '../../nn/cnf/flowPlain';
import { fitBackingStore, scaleContext } from '../../render/canvas/backingStore';
import { drawFlow, heatPixels, infernoLut } from './draw';
import { EXTENT, FRAMES, useDensityFlow, useShippedSets, type FlowError, type FlowFallback } from './useDensityFlow';
import { useStrings } from '../common/i18n';
import { densityFlowStrings } from './strings';
import { toySetStrings } from '../common/toySetStrings';
import { Ledger } from './Ledger';

const CANVAS = 384;

/** Query keys of the standalone page that are options for tests, not reader settings. */
function pageOptions(query: string | undefined, standalone: boolean): { tfjs: boolean; check: boolean; widgetQuery: string | undefined } {
  if (query === undefined) return { tfjs: false, check: false, widgetQuery: undefined };
  const p = new URLSearchParams(query);
  const flags = { tfjs: standalone && p.get('tfjs') === '1', check: standalone && p.get('check') === '1' };
  p.delete('tfjs');
  p.delete('check');
  return { ...flags, widgetQuery: p.toString() };
}

type Strings = (typeof densityFlowStrings)['en'];

/** Why tfjs computes, in the reader's language. */
function fallbackText(s: Strings, f: FlowFallback | null): string {
  if (!f) return '';
  if (f.kind === 'gl-lost') return s.glLost;
  if (f.kind === 'fused-failed') return s.fusedFailed(f.detail);
  if (f.kind === 'forced') return s.forced;
  return f.code === 'no-document' ? s.noDocument : f.code === 'no-webgl2' ? s.noWebgl2 : s.noFloatRender;
}

/** Why the flow cannot be shown, in the reader's language; data sets by their reader-facing names. */
function errorText(s: Strings, names: Record<string, string>, e: FlowError): string {
  const name = (set: string) => names[set] ?? set;
  switch (e.kind) {
    case 'not-shipped':
      return s.notShipped(name(e.set), e.shipped.map(name).join(', '));
    case 'load-failed':
      return s.loadFailed(name(e.set), String(e.status));
    case 'unusable':
      return s.unusable(name(e.set), e.detail);
    case 'worker':
      return e.detail ? s.failed(e.detail) : s.workerFailed;
    case 'other':
      return s.failed(e.detail);
  }
}

/** A sentence with `{name}` slots filled by pieces of code. */
function withCode(template: string, code: Record<string, string>) {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 1 ? <code key={i}>{code[part]}</code> : part));
}

export default function DensityFlow({ standalone, query }: { standalone?: boolean; query?: string }) {
  // Page options, read once from the standalone page's address and kept out of the store (which holds only
  // what the reader set): ?tfjs=1 forces the tfjs path, ?check=1 compares every pixel of the last frame.
  const [page] = useState(() => pageOptions(query, standalone === true));
  const { values, set, problems, query: q } = useWidgetState(densityFlowSchema, { query: page.widgetQuery, syncUrl: standalone });
  const s = useStrings(densityFlowStrings);
  const toyNames = useStrings(toySetStrings);
  const figRef = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(figRef);
  const visible = useOnScreen(figRef);
  const boxWidth = useWidth(figRef, 640);
  const plotSize = canvasPlotSize(boxWidth >= 760 ? Math.floor((boxWidth - 20) / 2) : boxWidth, true, 400);
  const size = Number(values.grid);
  const shipped = useShippedSets(seen);
  const flow = useDensityFlow({ set: values.set, size, seed: values.seed, forceTfjs: page.tfjs, fullCheck: page.check, active: seen });
  const [playing, setPlaying] = useState(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scratch = useMemo(() => (typeof document === 'undefined' ? null : document.createElement('canvas')), []);
  const lut = useMemo(() => infernoLut(), []);
  const res = flow.result;
  const k = Math.round(values.t * FRAMES);
  const picked = values.particle - 1;
  const logp = res?.logp[k] ?? null;
  const heat = useMemo(() => (logp ? heatPixels(logp, lut) : null), [logp, lut]);

  useFrameLoop(playing && visible, (dt) => {
    const next = values.t + dt / 4000;
    if (next >= 1) {
      set({ t: 1 });
      setPlaying(false);
    } else set({ t: Math.round(next * 1000) / 1000 });
  });

  // Particles at the exact time t: linear between the two neighbouring computed steps.
  const tk = values.t * FRAMES;
  const k0 = Math.min(FRAMES - 1, Math.floor(tk));
  const a = res?.particles[k0];
  const b = res?.particles[k0 + 1];
  const particlesNow = useMemo(() => {
    if (!a) return null;
    if (!b) return a;
    const u = tk - k0;
    return a.map((v, i) => v + u * (b[i] - v));
  }, [a, b, tk, k0]);
  const path = useMemo(() => {
    const out: number[] = [];
    if (!res) return out;
    for (let j = 0; j <= k0 + 1 && j <= FRAMES; j++) {
      const s = res.particles[j];
      if (!s || j > tk + 1e-9) break;
      out.push(s[3 * picked], s[3 * picked + 1]);
    }
    if (particlesNow) out.push(particlesNow[3 * picked], particlesNow[3 * picked + 1]);
    return out;
  }, [res, k0, tk, picked, particlesNow]);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    // The store follows the plot area the canvas fills (plotSize CSS px), not the canvas's nominal width.
    if (ctx) scaleContext(ctx, fitBackingStore(ctx.canvas, plotSize, plotSize));
    if (ctx && scratch) drawFlow(ctx, scratch, { size, extent: EXTENT, heat, particles: particlesNow, picked, path });
  }, [heat, particlesNow, picked, path, size, scratch, flow.version, plotSize]);

  const pickAt = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!particlesNow) return;
    const r = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - r.left) / r.width) * 2 * EXTENT - EXTENT;
    const y = EXTENT - ((e.clientY - r.top) / r.height) * 2 * EXTENT;
    let best = 0;
    let bestD = Infinity;
    for (let i = 0; i < particlesNow.length / 3; i++) {
      const d = (particlesNow[3 * i] - x) ** 2 + (particlesNow[3 * i + 1] - y) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    }
    set({ particle: best + 1 });
  };

  const mass = logp ? gridMass(logp, { size, extent: EXTENT }) : null;
  const tShown = (k / FRAMES).toFixed(3);
  const allProblems = [...problems, ...(flow.error ? [errorText(s, toyNames, flow.error)] : [])];
  const done = flow.progress >= 1;
  const frameMs = res?.frameMs[k] ?? null;
  const status = (
    <>
      {flow.path === 'fused' ? s.runsOnFused : flow.path === 'tfjs' ? s.runsOnTfjs : s.starting}
      {flow.path === 'fused' && s.fusedWhy}
      {flow.path === 'tfjs' && <>{fallbackText(s, flow.fallback)}{flow.tfjsBackend ? s.tfjsBackend(flow.tfjsBackend.backend, flow.tfjsBackend.reason) : s.tfjsInWorker}</>}{' '}
      {flow.path === 'fused' && done && !flow.check && !flow.error && <span>{s.checking}</span>}
      {flow.check && (
        <span data-testid="flow-check">
          {s.checked(flow.check.backend, String(flow.check.pixels), formatNumber(flow.check.maxAbsDiff))}
        </span>
      )}
    </>
  );
  return (
    <WidgetFrame
      name="density-flow"
      layout="wide"
      title={s.title}
      query={q}
      standalone={standalone}
      about={<p>{withCode(s.about, { script: 'scripts/train-cnf.ts', command: 'npx tsx scripts/train-cnf.ts', dir: 'public/models/cnf/' })}</p>}
      problems={allProblems}
      status={status}
      readout={
        logp ? (
          <span data-testid="flow-readout">
            {s.readout(tShown, String(size), String(EXTENT), String(mass?.toFixed(3)), Math.min(...logp).toFixed(1), Math.max(...logp).toFixed(2))}
            {frameMs !== null && s.frameTook(frameMs.toFixed(0), String(k))}
          </span>
        ) : (
          <span>{s.computingFrame(String(k), tShown)}</span>
        )
      }
      caption={s.caption}
    >
      <div ref={figRef}>
        <div className="widget-controls">
          <label>
            {s.dataSet}{' '}
            <select value={values.set} onChange={(e) => set({ set: e.target.value as (typeof DENSITY_SETS)[number], t: 1 })}>
              {DENSITY_SETS.map((name) => (
                <option key={name} value={name} disabled={shipped !== null && !shipped.includes(name)}>
                  {toyNames[name]}
                  {shipped !== null && !shipped.includes(name) ? s.noModel : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s.grid}{' '}
            <select value={values.grid} onChange={(e) => set({ grid: e.target.value as (typeof GRID_SIZES)[number] })}>
              {GRID_SIZES.map((g) => (
                <option key={g} value={g}>
                  {g}×{g}
                </option>
              ))}
            </select>
          </label>
          <label>
            {s.time}{' '}
            <input type="range" min={0} max={1} step={0.001} value={values.t} onChange={(e) => set({ t: Number(e.target.value) })} aria-valuetext={`t = ${values.t.toFixed(3)}`} />
            <output>{values.t.toFixed(2)}</output>
          </label>
          <button type="button" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : (set({ t: values.t >= 1 ? 0 : values.t }), setPlaying(true)))}>
            {playing ? s.pause : s.play}
          </button>
          <label>
            {s.particle}{' '}
            <input type="number" min={1} max={256} value={values.particle} onChange={(e) => Number.isInteger(Number(e.target.value)) && Number(e.target.value) >= 1 && Number(e.target.value) <= 256 && set({ particle: Number(e.target.value) })} style={{ width: '4.5rem' }} />
          </label>
        </div>
        {!done && (
          <div className="progress">
            <progress value={flow.progress} max={1} aria-label={s.framesComputed} />
            {s.progress((100 * flow.progress).toFixed(0))}
          </div>
        )}
        <div className="figure-panels" style={{ ['--panel-min' as string]: '340px' }}>
          <CanvasAxes size={plotSize} extent={EXTENT} xLabel="z₁" yLabel="z₂" colorBar={{ ramp: 'density', label: 'p(z, t) / max p', domain: [0, 1] }}>
          <canvas
            ref={canvasRef}
            onPointerDown={pickAt}
            role="img"
            aria-label={s.heatLabel(tShown, String(res?.particles[0] ? 256 : 0), String(values.particle))}
            style={{ width: CANVAS, maxWidth: '100%', aspectRatio: '1', cursor: 'crosshair', touchAction: 'manipulation' }}
          />
          </CanvasAxes>
          <Ledger res={res} picked={picked} t={values.t} frames={FRAMES} T={flow.weights?.T ?? 1} />
        </div>
      </div>
    </WidgetFrame>
  );
}
