/**
 * The internal time grid of torchdiffeq's fixed-grid solvers (solvers.py:86-96, `_grid_constructor_from_step_size`):
 *
 *   n = ceil((T − t0)/h + 1),  grid[i] = i·h + t0 (i < n),  then grid[n−1] = T.
 *
 * The last step is shorter when h does not divide T − t0. When (T − t0)/h rounds to just above an integer,
 * the rule adds a final step about one ulp long: t = [0, 0.9], h = 0.03 gives 0.9/0.03 = 30.000000000000004,
 * so 32 points and 31 steps, the last one 1.1e-16 long (and costing full evaluations). torchdiffeq does this
 * and so do we, on purpose.
 *
 * Without a step size the grid is `t` itself (solvers.py:70-72). For decreasing `t`, torchdiffeq builds the
 * grid on s = −t (misc.py:269-293); this function does the same and returns the grid in real (un-negated)
 * times, so its first and last entries are exactly t[0] and t[t.length − 1].
 */
import { OdeError } from './types.ts';

/** Beyond this many points a fixed grid is certainly a mistake (it would need gigabytes). */
export const MAX_GRID_POINTS = 2 ** 27;

/** Number of grid points for a step size h on [t0, T] in increasing solver time s (T > t0). */
export function fixedGridPoints(s0: number, s1: number, h: number): number {
  // At least two points even if (s1 − s0)/h is below half an ulp of 1 (torchdiffeq would then fail an assert).
  return Math.max(2, Math.ceil((s1 - s0) / h + 1));
}

export function fixedGrid(t: ArrayLike<number>, stepSize?: number): Float64Array {
  const n = t.length;
  if (stepSize === undefined) return Float64Array.from(t);
  if (n === 0) return new Float64Array(0);
  const sign = n > 1 && t[1] < t[0] ? -1 : 1;
  const s0 = sign * t[0];
  const s1 = sign * t[n - 1];
  const points = fixedGridPoints(s0, s1, stepSize);
  if (!(points <= MAX_GRID_POINTS)) {
    throw new OdeError('bad-input', `stepSize=${stepSize} would need ${points} grid points on [${t[0]}, ${t[n - 1]}]; use a larger stepSize.`);
  }
  const grid = new Float64Array(points);
  for (let i = 0; i < points; i++) grid[i] = sign * (i * stepSize + s0);
  grid[0] = t[0]; // the same value, but keeps the sign of a zero start (0·h + −0 is +0)
  grid[points - 1] = t[n - 1];
  return grid;
}
