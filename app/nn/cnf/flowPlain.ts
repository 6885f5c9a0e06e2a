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
 * The stepper is torchdiffeq's fixed-grid `rk4` (the 3/8 rule, `rk_common.rk4_alt_step_func`), on an
 * even grid of `steps` steps: the same arithmetic as the WebGL2 program (`app/render/gl/cnfProgram.ts`) and
 * the tfjs path (`tensorFlow.ts`), so the three can be compared number for number.
 */
import { cnfFieldTrace, cnfScratch, logStdNormal2, type CnfWeights } from './model';

/** A 2-D field with its divergence: writes f(z, t) into `out`, returns tr(∂f/∂z). */
export type FieldTrace = (t: number, x: number, y: number, out: Float64Array) => number;

export function cnfFieldTraceFn(w: CnfWeights): FieldTrace {
  const s = cnfScratch(w);
  return (t, x, y, out) => cnfFieldTrace(w, s, t, x, y, out);
}

/**
 * One 3/8-rule step of the augmented state (x, y, A) from t to t + h (h may be negative):
 * k1 = F(t, y), k2 = F(t + h/3, y + h k1/3), k3 = F(t + 2h/3, y + h(k2 − k1/3)),
 * k4 = F(t + h, y + h(k1 − k2 + k3)), y ← y + h(k1 + 3k2 + 3k3 + k4)/8.
 */
export function rk38AugStep(f: FieldTrace, t: number, h: number, state: Float64Array, tmp: Float64Array): void {
  const [x, y, A] = [state[0], state[1], state[2]];
  const k1t = f(t, x, y, tmp);
  const k1x = tmp[0];
  const k1y = tmp[1];
  const k2t = f(t + h / 3, x + (h * k1x) / 3, y + (h * k1y) / 3, tmp);
  const k2x = tmp[0];
  const k2y = tmp[1];
  const k3t = f(t + (2 * h) / 3, x + h * (k2x - k1x / 3), y + h * (k2y - k1y / 3), tmp);
  const k3x = tmp[0];
  const k3y = tmp[1];
  const k4t = f(t + h, x + h * (k1x - k2x + k3x), y + h * (k1y - k2y + k3y), tmp);
  const k4x = tmp[0];
  const k4y = tmp[1];
  state[0] = x + (h * (k1x + 3 * k2x + 3 * k3x + k4x)) / 8;
  state[1] = y + (h * (k1y + 3 * k2y + 3 * k3y + k4y)) / 8;
  state[2] = A + (h * (k1t + 3 * k2t + 3 * k3t + k4t)) / 8;
}

/** Integrates (x, y, A = 0) from t0 to t1 in `steps` equal 3/8-rule steps; calls `onStep` after each. */
export function integrateAug(
  f: FieldTrace,
  x: number,
  y: number,
  t0: number,
  t1: number,
  steps: number,
  onStep?: (k: number, t: number, state: Float64Array) => void,
): Float64Array {
  const state = Float64Array.of(x, y, 0);
  const tmp = new Float64Array(2);
  const h = (t1 - t0) / steps;
  for (let k = 0; k < steps; k++) {
    rk38AugStep(f, t0 + k * h, h, state, tmp);
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
export function logDensityGridPlain(w: CnfWeights, g: GridSpec, t: number, stepsPerT: number): Float64Array {
  const f = cnfFieldTraceFn(w);
  const n = Math.max(0, Math.round((stepsPerT * t) / w.T));
  const out = new Float64Array(g.size * g.size);
  for (let j = 0; j < g.size; j++) {
    for (let i = 0; i < g.size; i++) {
      const [x, y] = gridPoint(g, i, j);
      const s = n === 0 ? Float64Array.of(x, y, 0) : integrateAug(f, x, y, t, 0, n);
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
