/**
 * `nextafter` for float64, which JavaScript lacks. torchdiffeq perturbs stage times by one unit in the last
 * place (misc.py:168-197, `Perturb.PREV` / `Perturb.NEXT`): the last Runge–Kutta stage of an adaptive step is
 * evaluated at `nextDown(t1)`, and after a step that lands on a `jumpT` point f is re-evaluated at `nextUp(t1)`,
 * so a field that jumps at t1 is sampled on the correct side of the jump.
 *
 * Implemented with arithmetic only (no shared scratch buffer, so no module-level mutable state). Away from the
 * subnormal range, one fused step by Rump et al. (below). Near zero, the exponent route: for a normal |x| in
 * [2^e, 2^(e+1)) the spacing of doubles is 2^(e−52); stepping towards zero from exactly 2^e the spacing halves
 * to 2^(e−53); subnormals are spaced 2^−1074 apart. Adding the exact power of two that equals the spacing is
 * exact, so the result is the neighbouring double. Tests compare both routes with the IEEE bit pattern.
 */

const MIN_EXP = -1022; // smallest normal exponent of IEEE 754 binary64
const TINY = 2 ** -1074; // smallest subnormal, Number.MIN_VALUE

/** Exponent e with 2^e <= a < 2^(e+1), for finite a > 0 (clamped to the normal range). */
function exponentOf(a: number): number {
  let e = Math.floor(Math.log2(a));
  // Math.log2 may round across a power of two: fix up by comparing with exact powers.
  if (2 ** e > a) e -= 1;
  else if (2 ** (e + 1) <= a) e += 1;
  return Math.max(e, MIN_EXP);
}

/** Spacing to the next double away from zero, for finite a > 0. */
function ulpUp(a: number): number {
  return Math.max(2 ** (exponentOf(a) - 52), TINY);
}

/** Spacing to the next double towards zero, for finite a > 0. */
function ulpDown(a: number): number {
  const e = exponentOf(a);
  if (a === 2 ** e && e > MIN_EXP) return 2 ** (e - 53);
  return Math.max(2 ** (e - 52), TINY);
}

/**
 * Rump, Zimmermann, Boldo & Melquiond, "Computing predecessor and successor in rounding to nearest", BIT 49
 * (2009), Algorithm 1: with u = 2^−53 and φ = u(1 + 2u), fl(x + fl(φ·|x|)) is the successor of x in
 * round-to-nearest for every normal x with |x| ≥ 2^−969 (their bound ½u⁻¹η, with margin). One multiply and one
 * add, which matters because the adaptive solver needs one neighbour per step.
 */
const PHI = 2 ** -53 * (1 + 2 ** -52);
const FAST_MIN = 2 ** -960;

/** The smallest double greater than x (`nextafter(x, +∞)`). NaN stays NaN; +∞ stays +∞. */
export function nextUp(x: number): number {
  const a = Math.abs(x);
  if (a >= FAST_MIN && a <= Number.MAX_VALUE) return x + PHI * a;
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return -Number.MAX_VALUE;
  if (x === 0) return TINY;
  return x > 0 ? x + ulpUp(x) : x + ulpDown(-x);
}

/** The largest double less than x (`nextafter(x, −∞)`). NaN stays NaN; −∞ stays −∞. */
export function nextDown(x: number): number {
  const a = Math.abs(x);
  if (a >= FAST_MIN && a <= Number.MAX_VALUE) return x - PHI * a;
  return -nextUp(-x);
}
