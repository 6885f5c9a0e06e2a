/**
 * One Runge–Kutta step on tensors (through the generic stepper of `rkGeneric.ts`), for any tableau of app/solver/tableaux.ts (STYLE.md: one generic stepper,
 * methods as data), and the output interpolants. Same arithmetic as the float64 stepper in app/solver/rk.ts,
 * which follows torchdiffeq's `_runge_kutta_step` (rk_common.py:43-90):
 *
 *   k_0 = f(t0, y0) (given),  y_i = y0 + Σ_{j<i} k_j·(β_ij·dt),  k_i = f(t0 + α_i·dt, y_i)
 *   y1 = y_last (FSAL tableaus) or y0 + Σ_j k_j·(c_j·dt),   err = Σ_j k_j·(ĉ_j·dt)
 *
 * Stages with α_i = 1 run at `tLast` (adaptive solvers pass nextDown(t1), rk_common.py:72-76; fixed-grid
 * rk4 passes t1). Everything here creates tensors and must run inside the caller's tf.tidy; every op is
 * recorded by tfjs autodiff when a gradient tape is active, which is what "backprop through the solver" is.
 */
import type { Tableau } from '../../solver/tableaux.ts';
import { tf, type Tensor } from './tf.ts';
import { combine, type State } from './tupleOps.ts';
import { rkStepWith, tensorTupleOps } from './rkGeneric.ts';

const tupleOps = tensorTupleOps({ mul: tf.mul, add: tf.add, addN: tf.addN, zerosLike: tf.zerosLike });

export type TupleField = (t: number, y: State) => State;

export interface TensorRkStep {
  y1: State;
  /** Stage derivatives k_0 … k_{s−1}; for FSAL tableaus the last one is f(t1⁻, y1). */
  k: State[];
  /** Error estimate (adaptive tableaus only). */
  err: State | null;
}

/** One step of `tab` from (t0, y0) with k_0 = f0 already evaluated: s − 1 further evaluations of f (the generic stepper, `rkGeneric.ts`). */
export function rkStepTensor(f: TupleField, tab: Tableau, t0: number, dt: number, tLast: number, y0: State, f0: State): TensorRkStep {
  return rkStepWith(tupleOps, f, tab, t0, dt, tLast, y0, f0);
}

/**
 * torchdiffeq's quartic dense output of an accepted adaptive step (interp.py:17-22, rk_common.py:363-369),
 * fitted through y0, y1, y_mid = y0 + Σ_j k_j·(dt·mid_j), f0 = k_0 and f1 = k_last, as coefficients
 * [e, d, c, b, a] of ((e + x·d) + x²·c) + x³·b + x⁴·a with x = (t − t0)/(t1 − t0):
 *
 *   a = 2dt(f1 − f0) − 8(y1 + y0) + 16 y_mid      b = dt(5f0 − 3f1) + 18y0 + 14y1 − 32 y_mid
 *   c = dt(f1 − 4f0) − 11y0 − 5y1 + 16 y_mid      d = dt·f0,   e = y0
 */
export function quarticFitTensor(tab: Tableau, y0: State, y1: State, k: State[], dt: number): State[] {
  const mid = tab.cMid as number[];
  const yMid = combine(y0, k, mid, dt);
  const last = k.length - 1;
  return y0.map((e, m) => {
    const f0 = k[0][m];
    const f1 = k[last][m];
    const ym = yMid[m];
    const v1 = y1[m];
    const a = tf.addN([tf.mul(tf.sub(f1, f0), 2 * dt), tf.mul(tf.add(v1, e), -8), tf.mul(ym, 16)]);
    const b = tf.addN([tf.mul(tf.sub(tf.mul(f0, 5), tf.mul(f1, 3)), dt), tf.mul(e, 18), tf.mul(v1, 14), tf.mul(ym, -32)]);
    const c = tf.addN([tf.mul(tf.sub(f1, tf.mul(f0, 4)), dt), tf.mul(e, -11), tf.mul(v1, -5), tf.mul(ym, 16)]);
    const d = tf.mul(f0, dt);
    return [e, d, c, b, a];
  });
}

/** Evaluates quartic coefficients (from `quarticFitTensor`, per member) at t in [t0, t1] (interp.py:39-48). */
export function quarticEvalTensor(coef: State[], t0: number, t1: number, t: number): State {
  const x = (t - t0) / (t1 - t0);
  return coef.map(([e, d, c, b, a]) => tf.addN([e, tf.mul(d, x), tf.mul(c, x * x), tf.mul(b, x * x * x), tf.mul(a, x * x * x * x)]));
}

/** Linear interpolation (solvers.py:175-181): exactly y0 at t0 and y1 at t1. */
export function linearTensor(t0: number, t1: number, y0: State, y1: State, t: number): State {
  if (t === t0) return y0;
  if (t === t1) return y1;
  const slope = (t - t0) / (t1 - t0);
  return y0.map((v, m) => tf.add(v, tf.mul(tf.sub(y1[m], v), slope)));
}

/** Cubic Hermite through (t0, y0, f0) and (t1, y1, f1) (solvers.py:166-173). */
export function hermiteTensor(t0: number, t1: number, y0: State, f0: State, y1: State, f1: State, t: number): State {
  const h = (t - t0) / (t1 - t0);
  const dt = t1 - t0;
  const h00 = (1 + 2 * h) * (1 - h) * (1 - h);
  const h10 = h * (1 - h) * (1 - h);
  const h01 = h * h * (3 - 2 * h);
  const h11 = h * h * (h - 1);
  return y0.map((v, m): Tensor => tf.addN([tf.mul(v, h00), tf.mul(f0[m], h10 * dt), tf.mul(y1[m], h01), tf.mul(f1[m], h11 * dt)]));
}
