import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { energyDistance } from '../../math/energyDistance';
import { gaussianLossFloor, gaussianMarginalField, sampleCfmBatch } from './path';

const MU: [number, number] = [2, -1];
const SIGMA = 0.5;

/** p_t of the linear path between N(0, I) and N(μ, σ²I): N(tμ, ((1 − t)² + t²σ²) I). */
function pt(t: number, x: number, y: number): number {
  const v = (1 - t) ** 2 + t * t * SIGMA * SIGMA;
  return Math.exp(-((x - t * MU[0]) ** 2 + (y - t * MU[1]) ** 2) / (2 * v)) / (2 * Math.PI * v);
}

describe('the Gaussian-to-Gaussian marginal field', () => {
  test('solves the continuity equation ∂p/∂t + ∇·(p u) = 0 (central differences)', () => {
    const h = 1e-4;
    const u = [0, 0];
    const flux = (t: number, x: number, y: number, d: 0 | 1) => {
      gaussianMarginalField(MU, SIGMA, t, x, y, u);
      return pt(t, x, y) * u[d];
    };
    for (const [t, x, y] of [
      [0.2, 0.3, -0.4],
      [0.5, 1.2, -0.1],
      [0.8, 1.4, -1.2],
      [0.95, 2.1, -0.7],
    ]) {
      const dpdt = (pt(t + h, x, y) - pt(t - h, x, y)) / (2 * h);
      const div = (flux(t, x + h, y, 0) - flux(t, x - h, y, 0)) / (2 * h) + (flux(t, x, y + h, 1) - flux(t, x, y - h, 1)) / (2 * h);
      expect(Math.abs(dpdt + div)).toBeLessThan(1e-6 * Math.max(1, Math.abs(dpdt)));
    }
  });

  test('is where the CFM loss is smallest: its Monte Carlo loss matches the closed-form floor, and scaling its slope costs more', () => {
    const rng = mulberry32(3);
    const data = new Float64Array(2 * 20000);
    for (let i = 0; i < 20000; i++) {
      data[2 * i] = MU[0] + SIGMA * rng.normal();
      data[2 * i + 1] = MU[1] + SIGMA * rng.normal();
    }
    const b = sampleCfmBatch(data, 100000, mulberry32(4));
    const u = [0, 0];
    const loss = (scale: number) => {
      let s = 0;
      for (let k = 0; k < b.t.length; k++) {
        const t = b.t[k];
        gaussianMarginalField(MU, SIGMA, t, b.xt[2 * k], b.xt[2 * k + 1], u);
        // scale the slope k(t) about the mean tμ
        const ux = MU[0] + scale * (u[0] - MU[0]);
        const uy = MU[1] + scale * (u[1] - MU[1]);
        s += (ux - b.u[2 * k]) ** 2 + (uy - b.u[2 * k + 1]) ** 2;
      }
      return s / b.t.length;
    };
    const floor = gaussianLossFloor(SIGMA);
    expect(Math.abs(loss(1) - floor) / floor).toBeLessThan(0.01);
    expect(loss(0.8)).toBeGreaterThan(loss(1));
    expect(loss(1.2)).toBeGreaterThan(loss(1));
  });
});

describe('a CFM batch', () => {
  test('lies on the line between its endpoints and targets their difference', () => {
    const data = Float64Array.of(1, 2, -3, 0.5);
    const b = sampleCfmBatch(data, 50, mulberry32(1));
    for (let k = 0; k < 50; k++) {
      const t = b.t[k];
      for (let d = 0; d < 2; d++) {
        expect(b.xt[2 * k + d]).toBeCloseTo((1 - t) * b.x0[2 * k + d] + t * b.x1[2 * k + d], 5);
        expect(b.u[2 * k + d]).toBeCloseTo(b.x1[2 * k + d] - b.x0[2 * k + d], 5);
      }
    }
  });

  test('with reflow pairs, keeps each noise point with its own sample', () => {
    const data = Float64Array.of(10, 10, 20, 20, 30, 30);
    const x0 = Float64Array.of(1, 1, 2, 2, 3, 3);
    const b = sampleCfmBatch(data, 30, mulberry32(2), { x0 });
    for (let k = 0; k < 30; k++) expect(b.x1[2 * k]).toBe(10 * b.x0[2 * k]);
  });
});

describe('energy distance', () => {
  test('of two single points is twice their distance, of a sample with itself 0, and grows with a shift', () => {
    expect(energyDistance([0, 0], [3, 4])).toBeCloseTo(10, 12);
    const rng = mulberry32(5);
    const x = Float64Array.from({ length: 400 }, () => rng.normal());
    expect(energyDistance(x, x)).toBeCloseTo(0, 12);
    const shift = (d: number) => x.map((v, i) => (i % 2 ? v : v + d));
    expect(energyDistance(x, shift(0.5))).toBeLessThan(energyDistance(x, shift(1)));
  });
});
