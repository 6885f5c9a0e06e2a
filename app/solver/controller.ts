/**
 * Step-size control, separate from the stepper (STYLE.md; diffrax's controllers): the error norm, the
 * accept rule, the next step size and the initial step. All arithmetic is torchdiffeq 0.2.5's.
 */

/** torchdiffeq's controller constants (rk_common.py:166-177). */
export const CONTROLLER_DEFAULTS = {
  /** Safety factor on the optimal step. */
  safety: 0.9,
  /** Largest growth per step. */
  ifactor: 10.0,
  /** Largest shrink per rejected step. */
  dfactor: 0.2,
} as const;

/**
 * The next step size after a step of size `dt` with error ratio `ratio` (misc.py:85-95):
 *
 *   ratio = 0:  dt·ifactor
 *   otherwise:  dt·min(ifactor, max(safety / ratio^(1/order), ratio < 1 ? 1 : dfactor))
 *
 * So an accepted step (ratio ≤ 1) never shrinks the next one, and growth right after a rejection is not
 * capped at 1 (unlike scipy). `order` is the method's order: 5 for dopri5, 3 for bosh3. A NaN ratio gives NaN,
 * as torch's min/max propagate NaN; the solver reports that as a non-finite field before it gets here.
 */
export function optimalStepSize(
  dt: number,
  ratio: number,
  order: number,
  opts?: { safety?: number; ifactor?: number; dfactor?: number },
): number {
  if (!opts) return nextStepSize(dt, ratio, order, CONTROLLER_DEFAULTS.safety, CONTROLLER_DEFAULTS.ifactor, CONTROLLER_DEFAULTS.dfactor);
  const { safety = CONTROLLER_DEFAULTS.safety, ifactor = CONTROLLER_DEFAULTS.ifactor, dfactor = CONTROLLER_DEFAULTS.dfactor } = opts;
  return nextStepSize(dt, ratio, order, safety, ifactor, dfactor);
}

/** `optimalStepSize` with the constants spelled out: no options object, for the per-step path. */
export function nextStepSize(dt: number, ratio: number, order: number, safety: number, ifactor: number, dfactor: number): number {
  if (ratio === 0) return dt * ifactor;
  const grow = safety / ratio ** (1 / order);
  if (Number.isNaN(grow)) return NaN;
  return dt * Math.min(ifactor, Math.max(grow, ratio < 1 ? 1 : dfactor));
}

/**
 * First half of torchdiffeq's `_select_initial_step` (misc.py:36-77; Hairer–Nørsett–Wanner I, §II.4):
 * with d0 = ‖y0/scale‖ and d1 = ‖f0/scale‖ (scale = atol + |y0|·rtol, RMS norm), the probe step is
 * h0 = 1e-6 if either is below 1e-5, else 0.01·d0/d1.
 */
export function initialStepGuess(d0: number, d1: number): number {
  return d0 < 1e-5 || d1 < 1e-5 ? 1e-6 : (0.01 * d0) / d1;
}

/**
 * Second half of `_select_initial_step`: with d2 = ‖(f(t0+h0, y0+h0·f0) − f0)/scale‖ / h0,
 *
 *   h1 = max(1e-6, h0·1e-3)                 if d1 ≤ 1e-15 and d2 ≤ 1e-15
 *   h1 = (0.01 / max(d1, d2))^(1/(order+1))  otherwise
 *   dt0 = min(100·h0, h1)
 *
 * torchdiffeq calls it with `order = method order − 1` (rk_common.py:215-218): pass 4 for dopri5 and 2 for
 * bosh3. The result is not clipped to the integration interval.
 */
export function initialStepFromProbe(h0: number, d1: number, d2: number, order: number): number {
  const h1 = d1 <= 1e-15 && d2 <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : (0.01 / Math.max(d1, d2)) ** (1 / (order + 1));
  return Math.min(100 * h0, h1);
}

/** RMS norm of the first `n` elements of x: torchdiffeq's default norm `x.pow(2).mean().sqrt()` (misc.py:22-23). */
export function rmsNorm(x: ArrayLike<number>, n = x.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i] * x[i];
  return Math.sqrt(s / n);
}

/** RMS norm of x / (atol + |y|·rtol): the d0, d1, d2 norms of the initial-step selection (misc.py:60-70). */
export function scaledRmsNorm(x: ArrayLike<number>, y: ArrayLike<number>, rtol: number, atol: number): number {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const q = x[i] / (atol + Math.abs(y[i]) * rtol);
    s += q * q;
  }
  return Math.sqrt(s / n);
}

/**
 * The error ratio of a step (misc.py:80-82): RMS over all components of err / (atol + rtol·max(|y0|, |y1|)),
 * with y0 the state at the start of the step and y1 the proposed state. The step is accepted iff the
 * ratio is ≤ 1 (rk_common.py:330, a non-strict test). Reads only; allocates nothing.
 */
export function errorRatioRms(
  err: Float64Array,
  y0: Float64Array,
  y1: Float64Array,
  rtol: number,
  atol: number,
): number {
  const n = err.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const q = err[i] / (atol + rtol * Math.max(Math.abs(y0[i]), Math.abs(y1[i])));
    s += q * q;
  }
  return Math.sqrt(s / n);
}
