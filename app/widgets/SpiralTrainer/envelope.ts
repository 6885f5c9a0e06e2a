/**
 * Per-pixel envelope of a long series: for each of `columns` buckets, its min and max (in order), so a
 * 10,000-iteration curve draws as ~2 points per pixel column and looks the same as the full one.
 */
export function envelope(values: ArrayLike<number>, columns: number): { x: Float64Array; y: Float64Array } {
  const n = values.length;
  if (n <= 2 * columns) return { x: Float64Array.from({ length: n }, (_, i) => i + 1), y: Float64Array.from(values) };
  const x = new Float64Array(2 * columns), y = new Float64Array(2 * columns);
  for (let c = 0; c < columns; c++) {
    const a = Math.floor((c * n) / columns), b = Math.floor(((c + 1) * n) / columns);
    let lo = a, hi = a;
    for (let i = a; i < b; i++) {
      if (values[i] < values[lo]) lo = i;
      if (values[i] > values[hi]) hi = i;
    }
    const [first, second] = lo < hi ? [lo, hi] : [hi, lo];
    x[2 * c] = first + 1;
    y[2 * c] = values[first];
    x[2 * c + 1] = second + 1;
    y[2 * c + 1] = values[second];
  }
  return { x, y };
}

