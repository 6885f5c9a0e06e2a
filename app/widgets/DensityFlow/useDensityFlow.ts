/**
 * Runs the density flow for one model and grid: loads the shipped weights, picks the fused WebGL2 program
 * (or tfjs when WebGL2 is missing, fails, or `?tfjs=1`), computes the frames progressively, then checks
 * the fused numbers against tfjs on the last frame. Per-frame simulation state lives here in refs and one
 * result object, not in the URL store.
 */
import { useEffect, useRef, useState } from 'react';
import { openTfPort, type TfPort } from '../../runtime/tfWorker/pagePort';
import { watchContextLoss } from '../../runtime/glContextLoss';
import { createComputeContext, FusedCnfProgram, type ComputeContextFailure } from '../../nn/gl/cnfProgram';
import { validateCnf, type CnfWeights } from '../../nn/cnf/model';
import type { GridSpec } from '../../nn/cnf/flowPlain';
import { mulberry32 } from '../../math/rng';
import { runFused, totalWork, type FlowResult, type Path } from '../../nn/cnf/densityEngine';
import type { FromDensity, ToDensity } from '../../nn/cnf/densityProtocol';

/** Frames (and steps) over [0, T]: frame k is t = k·T/FRAMES, reached by k fixed 3/8-rule steps. */
export const FRAMES = 12;
export const PARTICLES = 256;
export const EXTENT = 4;

export interface FlowCheck {
  maxAbsDiff: number;
  pixels: number;
  backend: string;
}

/** Why tfjs computes instead of the fused WebGL2 program (worded by the widget, in the reader's language). */
export type FlowFallback =
  | { kind: 'gl-lost' }
  | { kind: 'fused-failed'; detail: string }
  | { kind: 'no-context'; code: ComputeContextFailure }
  | { kind: 'forced' };

/** Why the flow could not be shown (worded by the widget). */
export type FlowError =
  | { kind: 'not-shipped'; set: string; shipped: string[] }
  | { kind: 'load-failed'; set: string; status: number }
  | { kind: 'unusable'; set: string; detail: string }
  | { kind: 'worker'; detail: string }
  | { kind: 'other'; detail: string };

class FlowFailure extends Error {
  constructor(readonly failure: FlowError) {
    super(failure.kind);
  }
}

export interface FlowState {
  weights: CnfWeights | null;
  path: Path | null;
  /** On the tfjs path: why the fused program does not run (null if it was never tried for a reason). */
  fallback: FlowFallback | null;
  /** On the tfjs path: the worker's tfjs backend and its reason, once it has said. */
  tfjsBackend: { backend: string; reason: string } | null;
  result: FlowResult | null;
  progress: number;
  error: FlowError | null;
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
  const [state, setState] = useState<FlowState>({ weights: null, path: null, fallback: null, tfjsBackend: null, result: null, progress: 0, error: null, check: null, version: 0 });
  const version = useRef(0);
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const cancel = { cancelled: () => cancelled };
    let prog: FusedCnfProgram | null = null;
    // The tfjs work (the fallback's frames, the check) runs in the page's one tfjs worker.
    let port: TfPort | null = null;
    let backendInfo: { backend: string; reason: string } | null = null;
    const listeners = new Set<(m: FromDensity) => void>();
    const tfjs = () => {
      if (!port) {
        port = openTfPort('densityFlow');
        port.onmessage = (e) => listeners.forEach((l) => l(e.data as FromDensity));
        port.onerror = (e) => update({ error: { kind: 'worker', detail: e.message } });
      }
      return port;
    };
    const ask = (m: ToDensity, onMessage: (r: FromDensity, stop: () => void) => void) =>
      new Promise<void>((resolve, reject) => {
        const l = (r: FromDensity) => {
          if (r.kind === 'ready') backendInfo = { backend: r.backend, reason: r.reason };
          else if (r.job !== m.job) return;
          else if (r.kind === 'error') {
            listeners.delete(l);
            reject(new Error(r.message));
          } else onMessage(r, () => (listeners.delete(l), resolve()));
        };
        listeners.add(l);
        tfjs().postMessage(m);
      });
    let stopWatching: (() => void) | null = null;
    const update = (patch: Partial<FlowState>) => {
      if (!cancelled) setState((s) => ({ ...s, ...patch, version: ++version.current }));
    };
    update({ weights: null, path: null, fallback: null, tfjsBackend: null, result: null, progress: 0, error: null, check: null });
    (async () => {
      const index = await fetch(`${import.meta.env.BASE_URL}models/cnf/index.json`);
      const shipped = index.ok ? ((await index.json()) as { sets: string[] }).sets : [];
      if (!shipped.includes(set)) throw new FlowFailure({ kind: 'not-shipped', set, shipped });
      const resp = await fetch(`${import.meta.env.BASE_URL}models/cnf/${set}.json`);
      if (!resp.ok) throw new FlowFailure({ kind: 'load-failed', set, status: resp.status });
      const parsed = validateCnf(await resp.json());
      if (!parsed.ok) throw new FlowFailure({ kind: 'unusable', set, detail: parsed.error });
      const w = parsed.value;
      if (cancelled) return;
      const grid: GridSpec = { size, extent: EXTENT };
      const particles0 = baseParticles(seed);
      const total = totalWork(FRAMES);
      const onProgress = (done: number, _t: number, res: FlowResult) => update({ result: res, progress: done / total });
      let fallback: FlowFallback | null = null;
      if (glLost) fallback = { kind: 'gl-lost' };
      else if (!forceTfjs) {
        const ctx = createComputeContext();
        if ('gl' in ctx) {
          try {
            prog = new FusedCnfProgram(ctx.gl, w);
            stopWatching = watchContextLoss(ctx.gl.canvas, { lost: () => setGlLost(true) });
          } catch (e) {
            fallback = { kind: 'fused-failed', detail: e instanceof Error ? e.message : String(e) };
          }
        } else fallback = { kind: 'no-context', code: ctx.code };
      } else fallback = { kind: 'forced' };
      if (prog) {
        update({ weights: w, path: 'fused' });
        const res = await runFused(prog, w, grid, FRAMES, particles0, cancel, onProgress);
        if (cancelled) return;
        update({ result: res, progress: 1 });
        // The checked fallback: tfjs recomputes the last frame (all pixels with ?check=1, else every 16th).
        const last = res.logp[FRAMES];
        if (!last) return;
        await ask({ kind: 'check', job: 1, weights: w, grid, frames: FRAMES, stride: fullCheck ? 1 : 16, lastFrame: last }, (r, stop) => {
          if (r.kind !== 'check') return;
          stop();
          if (!cancelled) update({ check: { maxAbsDiff: r.maxAbsDiff, pixels: r.pixels, backend: backendInfo?.backend ?? 'tfjs' } });
        });
      } else {
        if (cancelled) return;
        update({ weights: w, path: 'tfjs', fallback });
        const res: FlowResult = { grid, frames: FRAMES, logp: new Array(FRAMES + 1).fill(null), particles: new Array(FRAMES + 1).fill(null), frameMs: new Array(FRAMES + 1).fill(null) };
        await ask({ kind: 'frames', job: 2, weights: w, grid, frames: FRAMES, particles0, chunk: 1024 }, (r, stop) => {
          if (r.kind === 'particles') res.particles[r.k] = r.states;
          else if (r.kind === 'logp') {
            res.logp[r.k] = r.logp;
            res.frameMs[r.k] = r.ms;
          } else if (r.kind === 'finished') stop();
          if (r.kind === 'particles' || r.kind === 'logp') onProgress(r.done, total, { ...res });
          if (backendInfo && r.kind !== 'finished') update({ tfjsBackend: backendInfo });
        });
        if (!cancelled) update({ result: res, progress: 1 });
      }
    })().catch((e: unknown) => update({ error: e instanceof FlowFailure ? e.failure : { kind: 'other', detail: e instanceof Error ? e.message : String(e) } }));
    return () => {
      cancelled = true;
      stopWatching?.();
      prog?.destroy();
      (port as TfPort | null)?.terminate();
    };
  }, [set, size, seed, forceTfjs, fullCheck, active, glLost]);
  return state;
}
