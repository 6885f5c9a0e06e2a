/** Largest relative error over all entries: max|g − ref| / max|ref| (a norm-wise relative error, ∞-norms). */
export function maxRelError(g: ArrayLike<number>, ref: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < ref.length; i++) {
    num = Math.max(num, Math.abs(g[i] - ref[i]));
    den = Math.max(den, Math.abs(ref[i]));
  }
  return num / Math.max(den, 1e-300);
}
