import { describe, expect, test } from 'vitest';
import { odeint } from '../../solver';
import { mulberry32 } from '../../math/rng';
import { cnfFieldTrace, cnfJacobian, cnfScratch, initCnf, logStdNormal2, validateCnf, type CnfWeights } from './model';
import { cnfFieldTraceFn, gridMass, integrateAug, logDensityGridPlain } from './flowPlain';

/** A CNF whose field is linear, f(z) = A z: one layer, no bias, no time weights. */
function linearCnf(A: [number, number, number, number], T = 1): CnfWeights {
  return { dims: [2, 2], activation: 'tanh', T, layers: [{ W: [...A], b: [0, 0], c: [0, 0], inDim: 2, outDim: 2 }] };
}

/** e^{At} for a 2×2 matrix by scaling and squaring a 20-term Taylor series (plenty for |At| ≤ 2). */
function expm2(A: number[], t: number): number[] {
  const s = 8;
  const M = A.map((a) => (a * t) / 2 ** s);
  let term = [1, 0, 0, 1];
  let sum = [1, 0, 0, 1];
  const mul = (X: number[], Y: number[]) => [X[0] * Y[0] + X[1] * Y[2], X[0] * Y[1] + X[1] * Y[3], X[2] * Y[0] + X[3] * Y[2], X[2] * Y[1] + X[3] * Y[3]];
  for (let k = 1; k <= 20; k++) {
    term = mul(term, M).map((v) => v / k);
    sum = sum.map((v, i) => v + term[i]);
  }
  for (let i = 0; i < s; i++) sum = mul(sum, sum);
  return sum;
}

describe('instantaneous change of variables, linear field f(z) = Az', () => {
  const A: [number, number, number, number] = [-0.4, 1.3, -0.9, 0.7];
  const trA = A[0] + A[3];

  test('the exact trace of the network is tr(A)', () => {
    const w = linearCnf(A);
    expect(cnfFieldTrace(w, cnfScratch(w), 0.3, 0.5, -1.2, [0, 0])).toBeCloseTo(trA, 14);
  });

  test('along a trajectory, log p changes by exactly −tr(A)·t (3/8-rule grid)', () => {
    const w = linearCnf(A);
    for (const t of [0.25, 0.7, 1]) {
      const s = integrateAug(cnfFieldTraceFn(w), 0.8, -0.3, 0, t, 9);
      // log p_t(z(t)) − log p_0(z(0)) = −A(t)
      expect(-s[2]).toBeCloseTo(-trA * t, 12);
    }
  });

  test('with odeint (dopri5, rtol 1e-10), log p changes by −tr(A)·t to solver tolerance', () => {
    const w = linearCnf(A);
    const f = cnfFieldTraceFn(w);
    const tmp = new Float64Array(2);
    const sol = odeint((t, y, dy) => {
      dy[2] = f(t, y[0], y[1], tmp);
      dy[0] = tmp[0];
      dy[1] = tmp[1];
    }, [0.8, -0.3, 0], [0, 0.5, 1], { rtol: 1e-10, atol: 1e-12 });
    expect(-sol.ys[1][2]).toBeCloseTo(-trA * 0.5, 9);
    expect(-sol.ys[2][2]).toBeCloseTo(-trA * 1, 9);
  });

  test('the grid density equals the closed-form Gaussian N(0, e^{At} e^{Aᵀt})', () => {
    const w = linearCnf(A);
    const t = 1;
    const E = expm2(A, t);
    // Σ = E Eᵀ; log N(x; 0, Σ) = −½ xᵀ Σ⁻¹ x − log(2π) − ½ log det Σ
    const S = [E[0] * E[0] + E[1] * E[1], E[0] * E[2] + E[1] * E[3], 0, E[2] * E[2] + E[3] * E[3]];
    S[2] = S[1];
    const det = S[0] * S[3] - S[1] * S[2];
    const g = { size: 9, extent: 2 };
    const lp = logDensityGridPlain(w, g, t, 40);
    for (let j = 0; j < 9; j++)
      for (let i = 0; i < 9; i++) {
        const x = -2 + (i + 0.5) * (4 / 9);
        const y = 2 - (j + 0.5) * (4 / 9);
        const q = (S[3] * x * x - 2 * S[1] * x * y + S[0] * y * y) / det;
        const exact = -0.5 * q - Math.log(2 * Math.PI) - 0.5 * Math.log(det);
        expect(Math.abs(lp[j * 9 + i] - exact)).toBeLessThan(1e-6);
      }
  });
});

describe('the MLP field', () => {
  const w = initCnf([2, 8, 8, 2], mulberry32(11));
  // Give the time weights and biases something to do.
  w.layers.forEach((l, k) => l.b.forEach((_, j) => ((l.b[j] = 0.1 * Math.sin(j + k)), (l.c[j] = 0.2 * Math.cos(j * k + 1)))));

  test('its exact trace matches central finite differences of f', () => {
    const s = cnfScratch(w);
    const f = (x: number, y: number) => {
      const o = [0, 0];
      cnfFieldTrace(w, s, 0.4, x, y, o);
      return o;
    };
    const h = 1e-5;
    for (const [x, y] of [[0.3, -0.7], [1.5, 0.2], [-2, 1]]) {
      const fd = (f(x + h, y)[0] - f(x - h, y)[0]) / (2 * h) + (f(x, y + h)[1] - f(x, y - h)[1]) / (2 * h);
      expect(cnfFieldTrace(w, s, 0.4, x, y, [0, 0])).toBeCloseTo(fd, 7);
      const J = cnfJacobian(w, s, 0.4, x, y);
      expect(J[0] + J[3]).toBeCloseTo(fd, 7);
    }
  });

  test('the weight-file check rejects a wrong shape and a non-finite weight, and says which', () => {
    expect(validateCnf({ ...w, dims: [3, 8, 8, 2] })).toMatchObject({ ok: false });
    const bad = structuredClone(w);
    bad.layers[1].W[3] = NaN;
    const r = validateCnf(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('layer 1');
    expect(validateCnf(w).ok).toBe(true);
  });

  test('log N(z; 0, I) in 2-D integrates to 1 on a wide grid (sanity of gridMass)', () => {
    const g = { size: 200, extent: 8 };
    const lp = new Float64Array(g.size * g.size);
    for (let j = 0; j < g.size; j++)
      for (let i = 0; i < g.size; i++) lp[j * g.size + i] = logStdNormal2(-8 + (i + 0.5) * 0.08, 8 - (j + 0.5) * 0.08);
    expect(gridMass(lp, g)).toBeCloseTo(1, 6);
  });
});
