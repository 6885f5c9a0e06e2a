/**
 * Runs the density flow for one model and grid: loads the shipped weights, picks the fused WebGL2 program
 * (or tfjs when WebGL2 is missing, fails, or `?tfjs=1`), computes the frames progressively, then checks
 * the fused numbers against tfjs on the last frame. Per-frame simulation state lives here in refs and one
 * result object, not in the URL store.
 */
import { useEffect, useRef, useState } from 'react';
import { ensureTfBackend } from '../../runtime/tfBackend';
import { watchContextLoss } from '../../runtime/glContextLoss';
import { createComputeContext, FusedCnfProgram } from '../../render/gl/cnfProgram';
import { validateCnf, type CnfWeights } from '../../nn/cnf/model';
import { cnfToTensors, disposeCnfTensors } from '../../nn/cnf/tensorFlow';
import type { GridSpec } from '../../nn/cnf/flowPlain';
import { mulberry32 } from '../../math/rng';
import { gridPoints, integrateTfChunked, logpFromStates, runFused, runTfjs, totalWork, type FlowResult, type Path } from './engine';

/** Frames (and steps) over [0, T]: frame k is t = k·T/FRAMES, reached by k fixed 3/8-rule steps. */
export const FRAMES = 12;
export const PARTICLES = 256;
export const EXTENT = 4;

export interface FlowCheck {
  maxAbsDiff: number;
  pixels: number;
  backend: string;
}

export interface FlowState {
  weights: CnfWeights | null;
  path: Path | null;
  /** Why this path runs (for the status line). */
  why: string;
  result: FlowResult | null;
  progress: number;
  error: string | null;
  check: FlowCheck | null;
  /** Increments whenever `result` gained data, to redraw. */
  version: number;
}

export function baseParticles(seed: number, n = PARTICLES): Float32Array {
  const rng = mulberry32(seed);
  return Float32Array.from({ length: 2 * n }, () => rng.normal());
}

/** The sets that have shipped weights (`public/models/cnf/index.json`, written by scripts/train-cnf.ts). */
export function useShippedSets(active: boolean): string[] | null {
  const [sets, setSets] = useState<string[] | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    fetch(`${import.meta.env.BASE_URL}models/cnf/index.json`)
      .then((r) => (r.ok ? (r.json() as Promise<{ sets: string[] }>) : { sets: [] }))
      .then((j) => live && setSets(j.sets), () => live && setSets([]));
    return () => {
      live = false;
    };
  }, [active]);
  return sets;
}

export function useDensityFlow(opts: { set: string; size: number; seed: number; forceTfjs: boolean; fullCheck: boolean; active: boolean }): FlowState {
  const { set, size, seed, forceTfjs, fullCheck, active } = opts;
  // A lost WebGL context switches this widget to tfjs (and says so); nothing else is kept from the GPU.
  const [glLost, setGlLost] = useState(false);
  const [state, setState] = useState<FlowState>({ weights: null, path: null, why: '', result: null, progress: 0, error: null, check: null, version: 0 });
  const version = useRef(0);
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const cancel = { cancelled: () => cancelled };
    let prog: FusedCnfProgram | null = null;
    let stopWatching: (() => void) | null = null;
    const update = (patch: Partial<FlowState>) => {
      if (!cancelled) setState((s) => ({ ...s, ...patch, version: ++version.current }));
    };
    update({ weights: null, path: null, why: '', result: null, progress: 0, error: null, check: null });
    (async () => {
      const index = await fetch(`${import.meta.env.BASE_URL}models/cnf/index.json`);
      const shipped = index.ok ? ((await index.json()) as { sets: string[] }).sets : [];
      if (!shipped.includes(set)) throw new Error(`No trained model is shipped for "${set}"; choose one of ${shipped.join(', ')}.`);
      const resp = await fetch(`${import.meta.env.BASE_URL}models/cnf/${set}.json`);
      if (!resp.ok) throw new Error(`the trained model for "${set}" did not load (HTTP ${resp.status})`);
      const parsed = validateCnf(await resp.json());
      if (!parsed.ok) throw new Error(`the model file for "${set}" is unusable: ${parsed.error}`);
      const w = parsed.value;
      if (cancelled) return;
      const grid: GridSpec = { size, extent: EXTENT };
      const particles0 = baseParticles(seed);
      const total = totalWork(FRAMES);
      const onProgress = (done: number, _t: number, res: FlowResult) => update({ result: res, progress: done / total });
      let why = '';
      if (glLost) why = 'The WebGL context was lost, so tfjs computes.';
      else if (!forceTfjs) {
        const ctx = createComputeContext();
        if ('gl' in ctx) {
          try {
            prog = new FusedCnfProgram(ctx.gl, w);
            stopWatching = watchContextLoss(ctx.gl.canvas, { lost: () => setGlLost(true) });
          } catch (e) {
            why = `The fused WebGL2 program did not start (${e instanceof Error ? e.message : String(e)}), so tfjs computes.`;
          }
        } else why = `${ctx.error[0].toUpperCase()}${ctx.error.slice(1)}, so tfjs computes.`;
      } else why = 'tfjs chosen in the page address (?tfjs=1).';
      if (prog) {
        update({ weights: w, path: 'fused', why: 'One pass per step and pixel runs the whole MLP, its exact trace and the RK step.' });
        const res = await runFused(prog, w, grid, FRAMES, particles0, cancel, onProgress);
        if (cancelled) return;
        update({ result: res, progress: 1 });
        // The checked fallback: tfjs recomputes the last frame (all pixels with ?check=1, else every 16th).
        const { tf, backend } = await ensureTfBackend();
        const stride = fullCheck ? 1 : 16;
        const all = gridPoints(grid);
        const idx = Array.from({ length: Math.ceil((size * size) / stride) }, (_, i) => i * stride);
        const pts = new Float32Array(2 * idx.length);
        idx.forEach((p, i) => pts.set(all.subarray(2 * p, 2 * p + 2), 2 * i));
        const params = cnfToTensors(tf, w, false);
        try {
          const s = await integrateTfChunked(tf, params, pts, w.T, FRAMES, w.T / FRAMES, 1024, cancel);
          if (!s || cancelled) return;
          const lp = logpFromStates(s, idx.length, 3);
          const last = res.logp[FRAMES];
          let maxAbsDiff = 0;
          if (last) idx.forEach((p, i) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(lp[i] - last[p]))));
          update({ check: { maxAbsDiff, pixels: idx.length, backend } });
        } finally {
          disposeCnfTensors(params);
        }
      } else {
        const { tf, backend, reason } = await ensureTfBackend();
        if (cancelled) return;
        update({ weights: w, path: 'tfjs', why: `${why} tfjs backend ${backend}: ${reason}` });
        const res = await runTfjs(tf, w, grid, FRAMES, particles0, backend === 'webgl' ? 8192 : 1024, cancel, onProgress);
        if (!cancelled) update({ result: res, progress: 1 });
      }
    })().catch((e: unknown) => update({ error: e instanceof Error ? e.message : String(e) }));
    return () => {
      cancelled = true;
      stopWatching?.();
      prog?.destroy();
    };
  }, [set, size, seed, forceTfjs, fullCheck, active, glLost]);
  return state;
}
