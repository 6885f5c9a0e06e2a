/**
 * The times at which the playground samples a curve. Its own module because the page needs it (to draw the
 * closed-form curves) while `solve.ts`, which also uses it, must stay out of the page's bundle: `solve.ts`
 * brings `odeint`, which the page loads only in the worker or, where there is no worker, on demand.
 */

/** Number of output times of the dense curve (adaptive methods draw it through Dopri5/Bosh3 interpolation). */
export const CURVE_POINTS = 161;

/** `n` evenly spaced times from t0 to t1, the last exactly t1 (no rounding drift past the interval's end). */
export function outputTimes(t0: number, t1: number, n = CURVE_POINTS): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? t1 : t0 + ((t1 - t0) * i) / (n - 1)));
}
