/**
 * scikit-learn's 2-D sample generators, reimplemented in plain TypeScript with an injected seeded RNG
 * (FFJORD's `lib/toy_data.py` calls them). Formulas follow `sklearn/datasets/_samples_generator.py`:
 *
 * - `makeMoons(n, noise)`: n_out = ⌊n/2⌋ points on the upper half circle (cos s, sin s), s = linspace(0, π, n_out);
 *   n_in = n − n_out on the lower one (1 − cos s, 1 − sin s − 0.5), s = linspace(0, π, n_in); shuffled;
 *   plus N(0, noise²) on each coordinate.
 * - `makeCircles(n, factor, noise)`: n_out = ⌊n/2⌋ points at angles linspace(0, 2π, n_out, endpoint=False)
 *   on the unit circle, n_in = n − n_out on the circle of radius `factor`; shuffled; plus N(0, noise²).
 * - `makeSwissRoll(n, noise)`: u ~ U[0,1), s = 1.5π(1 + 2u), (x, y, z) = (s cos s, 21 v, s sin s), v ~ U[0,1),
 *   plus N(0, noise²) on each of the three coordinates. Returned as 3-D rows.
 *
 * The RNG stream differs from NumPy's (mulberry32, not MT19937), so samples match in distribution, not
 * number for number. Points are returned as a flat Float64Array [x0, y0, x1, y1, …].
 */
import type { Rng } from '../rng';

/** NumPy's linspace(a, b, n, endpoint). */
export function linspace(a: number, b: number, n: number, endpoint = true): number[] {
  if (n <= 0) return [];
  if (n === 1) return [a];
  const step = (b - a) / (endpoint ? n - 1 : n);
  return Array.from({ length: n }, (_, i) => a + i * step);
}

/** In-place Fisher–Yates shuffle of the rows of a flat array with `dim` columns. */
export function shuffleRows(data: Float64Array, dim: number, rng: Rng): Float64Array {
  const n = data.length / dim;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    for (let k = 0; k < dim; k++) {
      const tmp = data[i * dim + k];
      data[i * dim + k] = data[j * dim + k];
      data[j * dim + k] = tmp;
    }
  }
  return data;
}

function addNoise(data: Float64Array, sd: number, rng: Rng): Float64Array {
  if (sd > 0) for (let i = 0; i < data.length; i++) data[i] += sd * rng.normal();
  return data;
}

export function makeMoons(n: number, noise: number, rng: Rng): Float64Array {
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const out = new Float64Array(2 * n);
  linspace(0, Math.PI, nOut).forEach((s, i) => {
    out[2 * i] = Math.cos(s);
    out[2 * i + 1] = Math.sin(s);
  });
  linspace(0, Math.PI, nIn).forEach((s, i) => {
    out[2 * (nOut + i)] = 1 - Math.cos(s);
    out[2 * (nOut + i) + 1] = 1 - Math.sin(s) - 0.5;
  });
  return addNoise(shuffleRows(out, 2, rng), noise, rng);
}

export function makeCircles(n: number, factor: number, noise: number, rng: Rng): Float64Array {
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const out = new Float64Array(2 * n);
  linspace(0, 2 * Math.PI, nOut, false).forEach((s, i) => {
    out[2 * i] = Math.cos(s);
    out[2 * i + 1] = Math.sin(s);
  });
  linspace(0, 2 * Math.PI, nIn, false).forEach((s, i) => {
    out[2 * (nOut + i)] = factor * Math.cos(s);
    out[2 * (nOut + i) + 1] = factor * Math.sin(s);
  });
  return addNoise(shuffleRows(out, 2, rng), noise, rng);
}

/** Rows of (x, y, z). */
export function makeSwissRoll(n: number, noise: number, rng: Rng): Float64Array {
  const out = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) {
    const s = 1.5 * Math.PI * (1 + 2 * rng.next());
    out[3 * i] = s * Math.cos(s);
    out[3 * i + 1] = 21 * rng.next();
    out[3 * i + 2] = s * Math.sin(s);
  }
  return addNoise(out, noise, rng);
}
