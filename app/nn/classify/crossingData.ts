/**
 * The crossing demo's data, in plain TypeScript (no tfjs), so the page can compute with it while the models
 * train in a worker: `CROSS_POINTS` evenly spaced x in [−1, 1], target −x.
 */
export const CROSS_POINTS = 16;

export const evenly = (n: number, a = -1, b = 1): number[] => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

/**
 * The lowest mean squared error any increasing map can reach on n evenly spaced points for the target −x:
 * the best increasing fit to a decreasing target is its mean, 0 (isotonic regression pools a decreasing
 * sequence into its mean), so the floor is mean(x²) = (n + 1)/(3(n − 1)); 17/45 for n = 16.
 */
export function monotoneFloor(n = CROSS_POINTS): number {
  return evenly(n).reduce((s, x) => s + x * x, 0) / n;
}
