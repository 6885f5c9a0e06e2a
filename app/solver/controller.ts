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
 * `optimalStepSize` prepared for one solve: the same results bit for bit, but without the `pow` where the clamps
 * decide anyway. With g = safety / ratio^(1/order):
 * - ratio < 1 and g ≤ 1 (ratio ≥ safety^order; 0.59 for dopri5): the next step equals this one;
 * - ratio < 1 and g ≥ ifactor (ratio ≤ (safety/ifactor)^order): it grows by ifactor;
 * - ratio > 1 and g ≤ dfactor (ratio ≥ (safety/dfactor)^order): it shrinks by dfactor.
 * The thresholds carry a relative margin of 1e-9, far beyond the last-bit error of pow, so near a threshold the
 * full formula runs. The controller settles near ratio ≈ safety^order, so about half of all steps (274 of 551
 * for Van der Pol μ = 5 at 1e-8) skip the pow.
 */
export interface StepRule {
  readonly order: number;
  readonly safety: number;
  readonly ifactor: number;
  readonly dfactor: number;
  readonly growAllBelow: number;
  readonly keepFrom: number;
  readonly shrinkAllAbove: number;
}

export function stepRule(order: number, safety: number = CONTROLLER_DEFAULTS.safety, ifactor: number = CONTROLLER_DEFAULTS.ifactor, dfactor: number = CONTROLLER_DEFAULTS.dfactor): StepRule {
  return {
    order,
    safety,
    ifactor,
    dfactor,
    growAllBelow: (safety / ifactor) ** order * (1 - 1e-9),
    keepFrom: safety ** order * (1 + 1e-9),
    shrinkAllAbove: (safety / dfactor) ** order * (1 + 1e-9),
  };
}

/** The next step size under `rule`; equal to `optimalStepSize(dt, ratio, rule.order, rule)` for every input. */
export function applyStepRule(rule: StepRule, dt: number, ratio: number): number {
  if (ratio < 1) {
    if (ratio >= rule.keepFrom) return dt;
    if (ratio < rule.growAllBelow) return dt * rule.ifactor;
  } else if (ratio > rule.shrinkAllAbove) {
    return dt * rule.dfactor;
  }
  return nextStepSize(dt, ratio, rule.order, rule.safety, rule.ifactor, rule.dfactor);
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
 *
 * One addition to torchdiffeq: if y1 has a non-finite entry the ratio is NaN (an infinite y1 would otherwise make
 * its tolerance infinite and the ratio 0, accepting garbage). The check costs one subtraction per component,
 * y1 − y1, which is exactly 0 for finite values and so leaves every finite ratio bit-for-bit unchanged.
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
    const a = y1[i];
    const q = err[i] / (atol + rtol * Math.max(Math.abs(y0[i]), Math.abs(a)));
    s += q * q + (a - a);
  }
  return Math.sqrt(s / n);
}
