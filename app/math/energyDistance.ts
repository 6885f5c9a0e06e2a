/**
 * The energy distance between two samples in the plane (Székely & Rizzo, "Energy statistics", 2013):
 *
 *   E(X, Y) = 2 E‖X − Y‖ − E‖X − X′‖ − E‖Y − Y′‖,
 *
 * with X, X′ independent draws from one distribution and Y, Y′ from the other. It is ≥ 0 and is 0 only when
 * the two distributions are equal, so it measures sample quality without a density. Here the V-statistic:
 * every expectation is the plain mean over all pairs (the i = j terms of the within-sample means included),
 * so the estimate is ≥ 0 for any two samples. O(n·m) distances.
 *
 * Points are flat [x0, y0, x1, y1, …] arrays.
 */
function meanDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length / 2;
  const m = b.length / 2;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const ax = a[2 * i];
    const ay = a[2 * i + 1];
    for (let j = 0; j < m; j++) s += Math.hypot(ax - b[2 * j], ay - b[2 * j + 1]);
  }
  return s / (n * m);
}

export function energyDistance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length < 2 || y.length < 2 || x.length % 2 || y.length % 2) throw new Error('energyDistance needs two non-empty lists of 2-D points');
  return 2 * meanDistance(x, y) - meanDistance(x, x) - meanDistance(y, y);
}
