/**
 * Output interpolation, as coefficients (STYLE.md: dense output is data too).
 *
 * Adaptive methods: torchdiffeq fits one quartic per accepted step through y0, y1, y_mid (the state at the
 * step midpoint from the tableau's `cMid` weights) and the end slopes f0, f1 (interp.py:17-22,
 * rk_common.py:363-369), and evaluates it in power form in x = (t − t0)/(t1 − t0) (interp.py:39-48).
 * Fixed-grid methods: linear interpolation between grid points, or a cubic Hermite (solvers.py:166-181).
 */
import type { RkWork } from './rk.ts';

/**
 * Fits the quartic of the step just taken into `coef` (5·n values, stored [e | d | c | b | a]) from y0, w.y1, the
 * stage derivatives in `w` (f0 = k_0, f1 = k_last), dt and the midpoint weights `mid`:
 *
 *   y_mid = y0 + Σ_j k_j·(dt·mid_j)
 *   a = 2dt(f1 − f0) − 8(y1 + y0) + 16 y_mid
 *   b = dt(5f0 − 3f1) + 18y0 + 14y1 − 32 y_mid
 *   c = dt(f1 − 4f0) − 11y0 − 5y1 + 16 y_mid
 *   d = dt·f0,  e = y0
 */
export function quarticFit(w: RkWork, mid: number[], dt: number, y0: Float64Array, coef: Float64Array): void {
  const { n, kFlat, yMid, coef: scratch } = w;
  const s = mid.length;
  for (let j = 0; j < s; j++) scratch[j] = dt * mid[j];
  for (let m = 0; m < n; m++) {
    let acc = 0;
    for (let j = 0, o = m; j < s; j++, o += n) acc += kFlat[o] * scratch[j];
    yMid[m] = y0[m] + acc;
  }
  quarticFromMid(w, dt, y0, coef);
}

/** The coefficient formulas of `quarticFit`, given y_mid already in `w.yMid`. */
export function quarticFromMid(w: RkWork, dt: number, y0: Float64Array, coef: Float64Array): void {
  const { n, k, y1, yMid } = w;
  const k0 = k[0];
  const kl = k[k.length - 1];
  const dt2 = 2 * dt;
  for (let m = 0; m < n; m++) {
    const ym = yMid[m];
    const f0 = k0[m];
    const f1 = kl[m];
    const a0 = y0[m];
    const a1 = y1[m];
    coef[m] = a0;
    coef[n + m] = dt * f0;
    coef[2 * n + m] = dt * (f1 - 4 * f0) - 11 * a0 - 5 * a1 + 16 * ym;
    coef[3 * n + m] = dt * (5 * f0 - 3 * f1) + 18 * a0 + 14 * a1 - 32 * ym;
    coef[4 * n + m] = dt2 * (f1 - f0) - 8 * (a1 + a0) + 16 * ym;
  }
}

/** Evaluates the quartic `coef` of the step [t0, t1] at t into `out`: ((e + x·d) + x²·c) + x³·b + x⁴·a. */
export function quarticEval(coef: Float64Array, t0: number, t1: number, t: number, out: Float64Array): void {
  const n = out.length;
  const x = (t - t0) / (t1 - t0);
  const x2 = x * x;
  const x3 = x2 * x;
  const x4 = x3 * x;
  for (let m = 0; m < n; m++) {
    out[m] = coef[m] + x * coef[n + m] + x2 * coef[2 * n + m] + x3 * coef[3 * n + m] + x4 * coef[4 * n + m];
  }
}

/** Linear interpolation (solvers.py:175-181): exactly y0 at t0 and y1 at t1, else y0 + ((t − t0)/(t1 − t0))·(y1 − y0). */
export function linearEval(t0: number, t1: number, y0: Float64Array, y1: Float64Array, t: number, out: Float64Array): void {
  if (t === t0) out.set(y0);
  else if (t === t1) out.set(y1);
  else {
    const slope = (t - t0) / (t1 - t0);
    for (let m = 0; m < out.length; m++) out[m] = y0[m] + slope * (y1[m] - y0[m]);
  }
}

/**
 * Cubic Hermite interpolation (solvers.py:166-173) through (t0, y0, f0) and (t1, y1, f1), with h = (t − t0)/(t1 − t0):
 * h00·y0 + h10·dt·f0 + h01·y1 + h11·dt·f1, h00 = (1+2h)(1−h)², h10 = h(1−h)², h01 = h²(3−2h), h11 = h²(h−1).
 */
export function hermiteEval(
  t0: number,
  t1: number,
  y0: Float64Array,
  f0: Float64Array,
  y1: Float64Array,
  f1: Float64Array,
  t: number,
  out: Float64Array,
): void {
  const h = (t - t0) / (t1 - t0);
  const h00 = (1 + 2 * h) * (1 - h) * (1 - h);
  const h10 = h * (1 - h) * (1 - h);
  const h01 = h * h * (3 - 2 * h);
  const h11 = h * h * (h - 1);
  const dt = t1 - t0;
  const a = h10 * dt;
  const b = h11 * dt;
  for (let m = 0; m < out.length; m++) out[m] = h00 * y0[m] + a * f0[m] + h01 * y1[m] + b * f1[m];
}
