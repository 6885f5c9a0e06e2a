/**
 * Computes the density-flow frames progressively, on the fused WebGL2 program when it runs and on tfjs
 * otherwise (the checked fallback), without ever holding the main thread for long:
 *
 * - Frame k (t_k = k·T/K, K = `frames`): every grid pixel x integrates (z, A) backwards from t_k to 0 in k
 *   steps of the shared 3/8-rule grid, and log p_{t_k}(x) = log N(z(0)) + A(0) (`app/nn/cnf/flowPlain.ts`).
 * - Particles: P base samples z(0) ~ N(0, I) integrate forward, one step at a time; the states after each
 *   step are kept, so the reader can scrub and read one particle's log-det ledger.
 *
 * Fused path: one draw per step, a fence, and a read-back on a later frame. tfjs path: the grid is cut
 * into chunks of `chunk` points and one step of one chunk runs per animation frame (wasm runs on the main
 * thread, so this keeps each slice short). Every tensor is made inside `tf.tidy` or disposed here.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { FusedCnfProgram } from '../gl/cnfProgram';
import { gridPoint, type GridSpec } from './flowPlain';
import { logStdNormal2, type CnfWeights } from './model';
import { cnfToTensors, disposeCnfTensors, integrateAugTensor, type CnfTensors } from './tensorFlow';

export type Path = 'fused' | 'tfjs';

export interface FlowResult {
  grid: GridSpec;
  frames: number;
  /** log p at each frame, row-major pixels (row 0 at the top); null until computed. */
  logp: (Float32Array | null)[];
  /** Particle states after each step: particles[k] is [x, y, A] × P at t_k. */
  particles: (Float32Array | null)[];
  /** Milliseconds spent on each density frame (wall clock, first draw to read-back); null until computed. */
  frameMs: (number | null)[];
}

/** The next animation frame on a page; a macrotask in a worker, where no frames are drawn. */
export const nextFrame = () => new Promise<void>((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => r()) : setTimeout(r, 0)));

/** Yields to the page once the current slice has run for 25 ms (a long task is > 50 ms). */
function makeYielder(budgetMs = 25) {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await nextFrame();
    sliceStart = performance.now();
  };
}

export function gridPoints(g: GridSpec): Float32Array {
  const pts = new Float32Array(2 * g.size * g.size);
  for (let j = 0; j < g.size; j++)
    for (let i = 0; i < g.size; i++) {
      const [x, y] = gridPoint(g, i, j);
      pts[2 * (j * g.size + i)] = x;
      pts[2 * (j * g.size + i) + 1] = y;
    }
  return pts;
}

/** (z(0), A(0)) per point → log p = log N(z(0)) + A(0); `stride` is 4 for RGBA read-backs, 3 otherwise. */
export function logpFromStates(states: Float32Array, n: number, stride: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = logStdNormal2(states[stride * i], states[stride * i + 1]) + states[stride * i + 2];
  return out;
}

/** A job that can be cancelled between slices; `cancelled()` is polled after every await. */
export interface Cancel {
  cancelled(): boolean;
}

export interface Progress {
  (done: number, total: number, res: FlowResult): void;
}

/** The last frame (t = T, the default view) first, then the rest in time order. */
export function frameOrder(frames: number): number[] {
  return [frames, ...Array.from({ length: frames - 1 }, (_, i) => i + 1)];
}

/** Work units: frame k costs k steps, particles cost K steps. */
export function totalWork(frames: number): number {
  return (frames * (frames + 1)) / 2 + frames;
}

export async function runFused(prog: FusedCnfProgram, w: CnfWeights, grid: GridSpec, frames: number, particles0: Float32Array, cancel: Cancel, progress: Progress): Promise<FlowResult> {
  const res: FlowResult = { grid, frames, logp: new Array(frames + 1).fill(null), particles: new Array(frames + 1).fill(null), frameMs: new Array(frames + 1).fill(null) };
  const h = w.T / frames;
  const pts = gridPoints(grid);
  const n = grid.size * grid.size;
  let done = 0;
  const total = totalWork(frames);
  // Particles first (cheap), so the animation has its dots while the heat maps fill in.
  const P = particles0.length / 2;
  const pb = prog.createBatch(particles0, Math.min(P, 64));
  try {
    res.particles[0] = statesOf(particles0);
    for (let k = 1; k <= frames; k++) {
      prog.step(pb, (k - 1) * h, h, 1);
      const s = await prog.finish(pb, nextFrame);
      if (cancel.cancelled()) return res;
      res.particles[k] = rgbaToXyz(s, P);
      done++;
      progress(done, total, res);
    }
  } finally {
    prog.disposeBatch(pb);
  }
  res.logp[0] = logpFromStates(xyToStates(pts), n, 3);
  for (const k of frameOrder(frames)) {
    const start = performance.now();
    const b = prog.createBatch(pts, grid.size);
    try {
      // One draw per step keeps each GPU job short on software renderers.
      for (let s = 0; s < k; s++) prog.step(b, k * h - s * h, -h, 1);
      const out = await prog.finish(b, nextFrame);
      if (cancel.cancelled()) return res;
      res.logp[k] = logpFromStates(out, n, 4);
    } finally {
      prog.disposeBatch(b);
    }
    res.frameMs[k] = performance.now() - start;
    done += k;
    progress(done, total, res);
  }
  return res;
}

function xyToStates(xy: Float32Array): Float32Array {
  const n = xy.length / 2;
  const s = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    s[3 * i] = xy[2 * i];
    s[3 * i + 1] = xy[2 * i + 1];
  }
  return s;
}
const statesOf = xyToStates;

function rgbaToXyz(rgba: Float32Array, n: number): Float32Array {
  const s = new Float32Array(3 * n);
  for (let i = 0; i < n; i++) {
    s[3 * i] = rgba[4 * i];
    s[3 * i + 1] = rgba[4 * i + 1];
    s[3 * i + 2] = rgba[4 * i + 2];
  }
  return s;
}

/**
 * The tfjs path: integrates points (x, y pairs) backwards from t to 0 in `k` steps (or forward from 0 when
 * `forward`), chunked across animation frames; returns [x, y, A] per point.
 */
export async function integrateTfChunked(
  tf: typeof TF,
  p: CnfTensors,
  pts: Float32Array,
  t: number,
  k: number,
  h: number,
  chunk: number,
  cancel: Cancel,
): Promise<Float32Array | null> {
  const n = pts.length / 2;
  const out = new Float32Array(3 * n);
  const yieldIfLong = makeYielder();
  for (let c0 = 0; c0 < n; c0 += chunk) {
    const m = Math.min(chunk, n - c0);
    let z = tf.tensor2d(pts.subarray(2 * c0, 2 * (c0 + m)), [m, 2]);
    let A = tf.zeros([m]) as TF.Tensor1D;
    try {
      for (let s = 0; s < k; s++) {
        const t0 = t - s * h;
        const next = tf.tidy(() => {
          const r = integrateAugTensor(tf, p, z, t0, t0 - h, 1);
          return { z: r.z, A: tf.add(A, r.A) as TF.Tensor1D };
        });
        z.dispose();
        A.dispose();
        z = next.z;
        A = next.A;
        await yieldIfLong();
        if (cancel.cancelled()) return null;
      }
      const [zd, ad] = await Promise.all([z.data(), A.data()]);
      for (let i = 0; i < m; i++) {
        out[3 * (c0 + i)] = zd[2 * i];
        out[3 * (c0 + i) + 1] = zd[2 * i + 1];
        out[3 * (c0 + i) + 2] = ad[i];
      }
    } finally {
      z.dispose();
      A.dispose();
    }
  }
  return out;
}

export async function runTfjs(tf: typeof TF, w: CnfWeights, grid: GridSpec, frames: number, particles0: Float32Array, chunk: number, cancel: Cancel, progress: Progress): Promise<FlowResult> {
  const res: FlowResult = { grid, frames, logp: new Array(frames + 1).fill(null), particles: new Array(frames + 1).fill(null), frameMs: new Array(frames + 1).fill(null) };
  const h = w.T / frames;
  const p = cnfToTensors(tf, w, false);
  const total = totalWork(frames);
  let done = 0;
  try {
    const P = particles0.length / 2;
    res.particles[0] = statesOf(particles0);
    let cur = particles0;
    let acc = new Float32Array(P);
    for (let k = 1; k <= frames; k++) {
      // Forward one step: h < 0 in the helper's backwards convention.
      const s = await integrateTfChunked(tf, p, cur, (k - 1) * h, 1, -h, chunk, cancel);
      if (!s) return res;
      const nextXy = new Float32Array(2 * P);
      const nextAcc = new Float32Array(P);
      for (let i = 0; i < P; i++) {
        nextXy[2 * i] = s[3 * i];
        nextXy[2 * i + 1] = s[3 * i + 1];
        nextAcc[i] = acc[i] + s[3 * i + 2];
      }
      const st = new Float32Array(3 * P);
      for (let i = 0; i < P; i++) {
        st[3 * i] = nextXy[2 * i];
        st[3 * i + 1] = nextXy[2 * i + 1];
        st[3 * i + 2] = nextAcc[i];
      }
      res.particles[k] = st;
      cur = nextXy;
      acc = nextAcc;
      done++;
      progress(done, total, res);
    }
    const pts = gridPoints(grid);
    const n = grid.size * grid.size;
    res.logp[0] = logpFromStates(xyToStates(pts), n, 3);
    for (const k of frameOrder(frames)) {
      const start = performance.now();
      const s = await integrateTfChunked(tf, p, pts, k * h, k, h, chunk, cancel);
      if (!s) return res;
      res.logp[k] = logpFromStates(s, n, 3);
      res.frameMs[k] = performance.now() - start;
      done += k;
      progress(done, total, res);
    }
    return res;
  } finally {
    disposeCnfTensors(p);
  }
}

/**
 * The checked fallback: tfjs recomputes the last frame on every `stride`-th pixel (1: all of them) and the
 * largest |Δ log p| against `res` is returned; null when cancelled.
 */
export async function checkLastFrame(tf: typeof TF, w: CnfWeights, grid: GridSpec, res: FlowResult, frames: number, stride: number, cancel: Cancel): Promise<{ maxAbsDiff: number; pixels: number } | null> {
  const all = gridPoints(grid);
  const n = grid.size * grid.size;
  const idx = Array.from({ length: Math.ceil(n / stride) }, (_, i) => i * stride);
  const pts = new Float32Array(2 * idx.length);
  idx.forEach((p, i) => pts.set(all.subarray(2 * p, 2 * p + 2), 2 * i));
  const params = cnfToTensors(tf, w, false);
  try {
    const s = await integrateTfChunked(tf, params, pts, w.T, frames, w.T / frames, 1024, cancel);
    if (!s || cancel.cancelled()) return null;
    const lp = logpFromStates(s, idx.length, 3);
    const last = res.logp[frames];
    let maxAbsDiff = 0;
    if (last) idx.forEach((p, i) => (maxAbsDiff = Math.max(maxAbsDiff, Math.abs(lp[i] - last[p]))));
    return { maxAbsDiff, pixels: idx.length };
  } finally {
    disposeCnfTensors(params);
  }
}
