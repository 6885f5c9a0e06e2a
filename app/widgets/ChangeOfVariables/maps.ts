/**
 * The maps the change-of-variables widget bends, as plain numbers.
 *
 * 1-D: a monotone cubic Hermite spline through knots (z_i, x_i) with increasing x_i, slopes by Fritsch and
 * Butland (1984): interior d_i = 3(h_{i−1} + h_i) / ((2h_i + h_{i−1})/δ_{i−1} + (h_i + 2h_{i−1})/δ_i), ends
 * d = δ; beyond the end knots the map continues linearly, so g is a bijection of R with g′ > 0. Then a
 * density p_z pushed through x = g(z) has p_x(x) = p_z(z) / g′(z): a strip [z, z + Δz] keeps its mass and
 * its width is stretched by about g′(z).
 *
 * 2-D: the planar map g(z) = z + u·tanh(wᵀz + b) of Rezende and Mohamed (2015), the building block of
 * planar flows ([P] Eq. 7). Its Jacobian is I + u·ψ(z)ᵀ with ψ = tanh′(wᵀz + b)·w, and by the matrix
 * determinant lemma det = 1 + uᵀψ(z). A small square of side δ at z maps to a curved quadrilateral of
 * area ≈ |det| δ²; `imageArea` measures that area directly (shoelace on the mapped boundary) to compare.
 */

export interface Spline {
  z: number[];
  x: number[];
  d: number[];
}

export function monotoneSpline(z: number[], x: number[]): Spline {
  const n = z.length;
  const h = z.slice(1).map((v, i) => v - z[i]);
  const del = h.map((hi, i) => (x[i + 1] - x[i]) / hi);
  const d = new Array<number>(n);
  d[0] = del[0];
  d[n - 1] = del[n - 2];
  for (let i = 1; i < n - 1; i++) {
    d[i] = del[i - 1] * del[i] <= 0 ? 0 : (3 * (h[i - 1] + h[i])) / ((2 * h[i] + h[i - 1]) / del[i - 1] + (h[i] + 2 * h[i - 1]) / del[i]);
  }
  return { z, x, d };
}

/** g(z) and g′(z). */
export function evalSpline(s: Spline, t: number): [number, number] {
  const n = s.z.length;
  if (t <= s.z[0]) return [s.x[0] + s.d[0] * (t - s.z[0]), s.d[0]];
  if (t >= s.z[n - 1]) return [s.x[n - 1] + s.d[n - 1] * (t - s.z[n - 1]), s.d[n - 1]];
  let i = 0;
  while (t > s.z[i + 1]) i++;
  const h = s.z[i + 1] - s.z[i];
  const u = (t - s.z[i]) / h;
  const [h00, h10, h01, h11] = [2 * u ** 3 - 3 * u ** 2 + 1, u ** 3 - 2 * u ** 2 + u, -2 * u ** 3 + 3 * u ** 2, u ** 3 - u ** 2];
  const [e00, e10, e01, e11] = [6 * u ** 2 - 6 * u, 3 * u ** 2 - 4 * u + 1, -6 * u ** 2 + 6 * u, 3 * u ** 2 - 2 * u];
  const g = h00 * s.x[i] + h10 * h * s.d[i] + h01 * s.x[i + 1] + h11 * h * s.d[i + 1];
  const dg = (e00 * s.x[i] + e01 * s.x[i + 1]) / h + e10 * s.d[i] + e11 * s.d[i + 1];
  return [g, dg];
}

/** Standard normal density. */
export const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/** ∫_a^b φ by Simpson's rule on 200 panels (error far below what the readout shows). */
export function normalMass(a: number, b: number): number {
  const n = 200;
  const h = (b - a) / n;
  let s = phi(a) + phi(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * phi(a + i * h);
  return (s * h) / 3;
}

export interface Planar {
  u: [number, number];
  w: [number, number];
  b: number;
}

export function planarMap(p: Planar, x: number, y: number): [number, number] {
  const a = Math.tanh(p.w[0] * x + p.w[1] * y + p.b);
  return [x + p.u[0] * a, y + p.u[1] * a];
}

/** det ∂g/∂z = 1 + uᵀψ, ψ = (1 − tanh²(wᵀz + b))·w. */
export function planarDet(p: Planar, x: number, y: number): number {
  const a = Math.tanh(p.w[0] * x + p.w[1] * y + p.b);
  const s = 1 - a * a;
  return 1 + s * (p.u[0] * p.w[0] + p.u[1] * p.w[1]);
}

/** The square [x, x + δ] × [y, y + δ]'s boundary, `n` points per side, mapped by g. */
export function mappedSquare(p: Planar, x: number, y: number, delta: number, n = 32): [number, number][] {
  const corners: [number, number][] = [[x, y], [x + delta, y], [x + delta, y + delta], [x, y + delta]];
  const pts: [number, number][] = [];
  for (let c = 0; c < 4; c++) {
    const [ax, ay] = corners[c];
    const [bx, by] = corners[(c + 1) % 4];
    for (let i = 0; i < n; i++) pts.push(planarMap(p, ax + ((bx - ax) * i) / n, ay + ((by - ay) * i) / n));
  }
  return pts;
}

/** Signed area of a closed polygon (shoelace); positive when counter-clockwise. */
export function polygonArea(pts: [number, number][]): number {
  let a = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = pts[i];
    const [x1, y1] = pts[(i + 1) % pts.length];
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}
