/**
 * The ResNet → ODE morph, in float64 (no tfjs): a cloud of 2-D points carried through L residual blocks
 * that all share one fixed field f, each block advancing by the gap to the next depth,
 *
 *   h_{k+1} = h_k + Δ_k · f(t_k, h_k),   t_k = k/L (t_L = 1),   Δ_k = t_{k+1} − t_k,
 *
 * which is exactly torchdiffeq's Euler step on its fixed grid (solvers.py `_grid_constructor_from_step_size`:
 * t_k = k·h + t0, last point set to t1; euler `_step_func` returns dt·f(t0, y0)). As L grows the block
 * outputs converge to the flow of dh/dt = f(t, h), solved here with dopri5 for the "continuous" end.
 */
import { odeint } from '../../solver';
import type { Field } from '../../solver/types';

/** The morph's field: a swirl (rotation by 2.2 rad/unit time) with a mild nonlinear shear and contraction. */
export const swirlField: Field = (t, y, dydt) => {
  const [x, v] = [y[0], y[1]];
  // Constants chosen for the picture: 2.2 turns the cloud by about 126° over t ∈ [0, 1]; the sine terms
  // bend straight lines so Euler's error is visible at small L; −0.25 keeps paths inside the view.
  dydt[0] = -2.2 * v + 0.6 * Math.sin(2 * v) * (1 - 0.5 * t) - 0.25 * x;
  dydt[1] = 2.2 * x + 0.6 * Math.sin(2 * x) - 0.25 * v;
};

/** Depths of the L blocks' inputs and the last output: t_k = k·(1/L) for k < L, then exactly 1. */
export function uniformDepths(L: number): Float64Array {
  if (!Number.isInteger(L) || L < 1) throw new Error(`L must be a whole number ≥ 1, got ${L}`);
  const h = 1 / L;
  const t = new Float64Array(L + 1);
  for (let k = 0; k < L; k++) t[k] = k * h;
  t[L] = 1;
  return t;
}

/**
 * Carries one point through the residual blocks at `depths` (block k maps depth t_k to t_{k+1}) and
 * returns every hidden state h_0 … h_L (float64). One function evaluation per block.
 */
export function resnetPath(field: Field, y0: ArrayLike<number>, depths: Float64Array): Float64Array[] {
  const d = y0.length;
  const out: Float64Array[] = [Float64Array.from(y0)];
  const f = new Float64Array(d);
  for (let k = 0; k + 1 < depths.length; k++) {
    const h = out[k];
    field(depths[k], h, f);
    const dt = depths[k + 1] - depths[k];
    const next = new Float64Array(d);
    for (let i = 0; i < d; i++) next[i] = h[i] + dt * f[i];
    out.push(next);
  }
  return out;
}

/** The continuous limit: dopri5 (rtol 1e-7, atol 1e-9, the contract defaults) sampled at `samples` depths. */
export function odePath(field: Field, y0: ArrayLike<number>, samples: number): { path: Float64Array[]; nfe: number } {
  const t = Array.from({ length: samples }, (_, i) => i / (samples - 1));
  const sol = odeint(field, y0, t, { method: 'dopri5' });
  return { path: sol.ys, nfe: sol.nfe };
}

export interface MorphResult {
  /** One path per point: L + 1 states for the ResNet, or `samples` states for the ODE. */
  paths: Float64Array[][];
  /** Function evaluations in total over all points. */
  nfe: number;
  /** Mean distance between each path's end and the dopri5 end: Euler's global error at depth 1. */
  meanEndError: number;
}

/**
 * All points through L blocks (`L = 'ode'`: dopri5), with the end-point error against dopri5.
 * Cost: (L + ~100) field evaluations per point; 24 points at L = 64 is well under a millisecond.
 */
export function morph(field: Field, points: number[][], L: number | 'ode', samples = 65): MorphResult {
  const ode = points.map((p) => odePath(field, p, samples));
  const paths = L === 'ode' ? ode.map((o) => o.path) : points.map((p) => resnetPath(field, p, uniformDepths(L)));
  let err = 0;
  paths.forEach((path, i) => {
    const a = path[path.length - 1];
    const b = ode[i].path[samples - 1];
    err += Math.hypot(a[0] - b[0], a[1] - b[1]);
  });
  const nfe = L === 'ode' ? ode.reduce((s, o) => s + o.nfe, 0) : points.length * L;
  return { paths, nfe, meanEndError: err / points.length };
}
