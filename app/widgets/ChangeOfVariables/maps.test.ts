import { expect, test } from 'vitest';
import { evalSpline, mappedSquare, monotoneSpline, normalMass, planarDet, polygonArea, type Planar } from './maps';

test('the monotone spline passes through its knots and is increasing with a positive slope', () => {
  const s = monotoneSpline([-3, -1.5, 0, 1.5, 3], [-2.5, -2.2, 0.4, 0.6, 3]);
  [-3, -1.5, 0, 1.5, 3].forEach((z, i) => expect(evalSpline(s, z)[0]).toBeCloseTo(s.x[i], 12));
  let prev = -Infinity;
  for (let z = -4; z <= 4; z += 0.01) {
    const [g, dg] = evalSpline(s, z);
    expect(g).toBeGreaterThan(prev);
    expect(dg).toBeGreaterThan(0);
    prev = g;
  }
});

test("g′ is the derivative of g, and the pushed-forward density keeps the strip's mass", () => {
  const s = monotoneSpline([-3, -1.5, 0, 1.5, 3], [-2.8, -1, 0.2, 0.5, 2.9]);
  for (const z of [-2.2, -0.4, 0.9, 2.1]) {
    const h = 1e-6;
    expect(evalSpline(s, z)[1]).toBeCloseTo((evalSpline(s, z + h)[0] - evalSpline(s, z - h)[0]) / (2 * h), 6);
  }
  // ∫ over the image strip of p_x(x) dx, substituting x = g(z), equals the base mass of the strip.
  const [a, b] = [-0.3, 0.5];
  let m = 0;
  const n = 4000;
  for (let i = 0; i < n; i++) {
    const z0 = a + ((b - a) * i) / n;
    const z1 = a + ((b - a) * (i + 1)) / n;
    const x0 = evalSpline(s, z0)[0];
    const x1 = evalSpline(s, z1)[0];
    const zm = (z0 + z1) / 2;
    const px = Math.exp(-0.5 * zm * zm) / Math.sqrt(2 * Math.PI) / evalSpline(s, zm)[1];
    m += px * (x1 - x0);
  }
  expect(m).toBeCloseTo(normalMass(a, b), 5);
});

test('a small square maps to a region of area |det J| δ²', () => {
  const p: Planar = { u: [1.2, 0.4], w: [1.5, -0.5], b: 0.3 };
  const delta = 1e-3;
  for (const [x, y] of [[0, 0], [0.4, -0.2], [-1, 1]]) {
    const area = polygonArea(mappedSquare(p, x, y, delta));
    const det = planarDet(p, x + delta / 2, y + delta / 2);
    expect(area / delta ** 2).toBeCloseTo(det, 5);
  }
});
