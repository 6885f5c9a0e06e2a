/**
 * ode_demo's data (torchdiffeq examples/ode_demo.py lines 29-50; reference/ODE_DEMO.md §1): the true
 * dynamics dy/dt = (y³)A with A = [[−0.1, 2.0], [−2.0, −0.1]] (a row vector times A), y0 = (2, 0),
 * 1,000 times evenly spaced on [0, 25], solved by dopri5 at torchdiffeq's default rtol 1e-7, atol 1e-9.
 *
 * We solve in float64; ODE_DEMO.md measures the float64 re-solve within 1.0e-5 of torch's float32 `true_y`,
 * four orders of magnitude below the losses that matter. The grid is float64 linspace (torch's float32
 * grid differs by ≤ 1.7e-6, no visible effect).
 */
import { odeint } from '../../solver';

export const TRUE_A = [
  [-0.1, 2.0],
  [-2.0, -0.1],
] as const;
export const TRUE_Y0 = [2, 0] as const;
export const DATA_SIZE = 1000;
export const T_END = 25;
/** ode_demo's `--batch_time 10` and `--batch_size 20`. */
export const BATCH_TIME = 10;
export const BATCH_SIZE = 20;
/** torchdiffeq's default tolerances (odeint.py:49). */
export const DEFAULT_RTOL = 1e-7;
export const DEFAULT_ATOL = 1e-9;

/** The true field on a flat batch: (dx, dy) = (x³, y³)·A, i.e. dx = −0.1x³ − 2y³, dy = 2x³ − 0.1y³. */
export function trueField(_t: number, y: Float64Array, out: Float64Array): void {
  for (let s = 0; s < y.length; s += 2) {
    const u0 = y[s] ** 3, u1 = y[s + 1] ** 3;
    out[s] = u0 * TRUE_A[0][0] + u1 * TRUE_A[1][0];
    out[s + 1] = u0 * TRUE_A[0][1] + u1 * TRUE_A[1][1];
  }
}

/** torch.linspace(0, 25, 1000) in float64. */
export function timeGrid(): Float64Array {
  const t = new Float64Array(DATA_SIZE);
  for (let i = 0; i < DATA_SIZE; i++) t[i] = (T_END * i) / (DATA_SIZE - 1);
  return t;
}

export interface GroundTruth {
  t: Float64Array;
  /** true_y as (1000, 2), flat. */
  y: Float64Array;
  nfe: number;
}

/** `true_y = odeint(Lambda(), true_y0, t, method='dopri5')`, by the project's `odeint` (app/solver). */
export function groundTruth(): GroundTruth {
  const t = timeGrid();
  const sol = odeint(trueField, TRUE_Y0, t, { method: 'dopri5', rtol: DEFAULT_RTOL, atol: DEFAULT_ATOL });
  const y = new Float64Array(2 * DATA_SIZE);
  sol.ys.forEach((v, i) => y.set(v, 2 * i));
  return { t, y, nfe: sol.nfe };
}
