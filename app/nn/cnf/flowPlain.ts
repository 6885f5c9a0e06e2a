/**
 * The CNF's augmented ODE in plain float64 TypeScript (no tfjs): the reference the float32 paths (tfjs and
 * the fused WebGL2 program) are checked against, and the CPU path for a single particle's ledger.
 *
 * State (z, A) with dz/dt = f(z, t) and dA/dt = tr(∂f/∂z(t)). By the instantaneous change of variables
 * ([P] Theorem 1, valid when f is uniformly Lipschitz in z and continuous in t),
 *
 *   log p_t(z(t)) = log p_0(z(0)) − ∫_0^t tr(∂f/∂z(s)) ds.
 *
 * - Forward from a base sample z(0) ~ N(0, I) with A(0) = 0: log p_t(z(t)) = log N(z(0)) − A(t).
 * - Backward from a point x at time t with A(t) = 0 down to 0: A(0) = −∫_0^t tr ds, so
 *   log p_t(x) = log N(z(0)) + A(0).
 *
 * The stepper is the solver's one generic stepper (`fixedStepInPlace`, app/solver/rk.ts) on the augmented
 * state, with a fixed-grid tableau (torchdiffeq's `rk4`, the 3/8 rule, by default) on an even grid of `steps`
 * steps: the method the WebGL2 program (`app/nn/gl/cnfShader.ts`) and the tfjs path (`tensorFlow.ts`)
 * generate from the same tableau, so the three can be compared number for number.
 */
import { fixedStepInPlace, makeRkWork, type RkWork } from '../../solver/rk.ts';
import { TABLEAUX } from '../../solver/tableaux.ts';
import type { FixedMethod } from '../../solver/types.ts';
import { cnfFieldTrace, cnfScratch, logStdNormal2, type CnfWeights } from './model';

/** A 2-D field with its divergence: writes f(z, t) into `out`, returns tr(∂f/∂z). */
export type FieldTrace = (t: number, x: number, y: number, out: Float64Array) => number;

export function cnfFieldTraceFn(w: CnfWeights): FieldTrace {
  const s = cnfScratch(w);
  return (t, x, y, out) => cnfFieldTrace(w, s, t, x, y, out);
}

/** The augmented field (x, y, A)' = (f(z, t), tr ∂f/∂z) in the solver's `Field` form. */
export function augmentedField(f: FieldTrace): (t: number, s: Float64Array, out: Float64Array) => void {
  return (t, s, out) => {
    out[2] = f(t, s[0], s[1], out);
  };
}

/** Work area for stepping the augmented state with `method`. */
export function augWork(method: FixedMethod = 'rk4'): RkWork {
  return makeRkWork(TABLEAUX[method], 3, false);
}

/** Integrates (x, y, A = 0) from t0 to t1 in `steps` equal steps of `method`; calls `onStep` after each. */
export function integrateAug(
  f: FieldTrace,
  x: number,
  y: number,
  t0: number,
  t1: number,
  steps: number,
  onStep?: (k: number, t: number, state: Float64Array) => void,
  method: FixedMethod = 'rk4',
): Float64Array {
  const state = Float64Array.of(x, y, 0);
  const field = augmentedField(f);
  const w = augWork(method);
  const h = (t1 - t0) / steps;
  for (let k = 0; k < steps; k++) {
    fixedStepInPlace(field, w, t0 + k * h, h, state);
    onStep?.(k + 1, t0 + (k + 1) * h, state);
  }
  return state;
}

/** A square window of the plane sampled at pixel centres: pixel (i, j) sits at (x0 + (i + ½)·dx, y1 − (j + ½)·dx). */
export interface GridSpec {
  size: number;
  /** Half-width of the window [−extent, extent]². */
  extent: number;
}

export function gridPoint(g: GridSpec, i: number, j: number): [number, number] {
  const dx = (2 * g.extent) / g.size;
  return [-g.extent + (i + 0.5) * dx, g.extent - (j + 0.5) * dx];
}

/**
 * log p_t(x) on every pixel of the grid, each pixel integrated backwards from time t to 0 with `steps`
 * steps over the whole interval (so ⌈steps · t / T⌉ steps for time t, the grid the other paths share).
 */
export function logDensityGridPlain(w: CnfWeights, g: GridSpec, t: number, stepsPerT: number, method: FixedMethod = 'rk4'): Float64Array {
  const field = augmentedField(cnfFieldTraceFn(w));
  const work = augWork(method);
  const n = Math.max(0, Math.round((stepsPerT * t) / w.T));
  const h = -t / n;
  const out = new Float64Array(g.size * g.size);
  const s = new Float64Array(3);
  for (let j = 0; j < g.size; j++) {
    for (let i = 0; i < g.size; i++) {
      const [x, y] = gridPoint(g, i, j);
      s[0] = x;
      s[1] = y;
      s[2] = 0;
      for (let k = 0; k < n; k++) fixedStepInPlace(field, work, t + k * h, h, s);
      out[j * g.size + i] = logStdNormal2(s[0], s[1]) + s[2];
    }
  }
  return out;
}

/** ∑ p · (cell area): the probability mass the grid sees, ≈ 1 when the window holds the density. */
export function gridMass(logp: ArrayLike<number>, g: GridSpec): number {
  const dx = (2 * g.extent) / g.size;
  let m = 0;
  for (let i = 0; i < logp.length; i++) m += Math.exp(logp[i]);
  return m * dx * dx;
}
