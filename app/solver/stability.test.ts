import { describe, expect, it } from 'vitest';
import { findInstability, jacobianEigenvalues, stabilityFactor } from './stability.ts';
import { TABLEAUX } from './tableaux.ts';
import type { Field } from './types.ts';

describe('linear stability of the fixed-step methods', () => {
  it('reproduces the textbook stability polynomials from the tableaux', () => {
    for (const z of [-0.5, -2.5, -3, 0.3]) {
      expect(stabilityFactor(TABLEAUX.euler, { re: z, im: 0 })).toBeCloseTo(Math.abs(1 + z), 14);
      expect(stabilityFactor(TABLEAUX.midpoint, { re: z, im: 0 })).toBeCloseTo(Math.abs(1 + z + z * z / 2), 14);
      expect(stabilityFactor(TABLEAUX.rk4, { re: z, im: 0 })).toBeCloseTo(Math.abs(1 + z + z ** 2 / 2 + z ** 3 / 6 + z ** 4 / 24), 13);
    }
    // On the imaginary axis Euler always amplifies: |1 + iy| = √(1 + y²).
    expect(stabilityFactor(TABLEAUX.euler, { re: 0, im: 2 })).toBeCloseTo(Math.sqrt(5), 14);
  });

  it('finds the eigenvalues of a field by finite differences', () => {
    const stiff: Field = (t, y, dy) => void (dy[0] = -1000 * (y[0] - Math.cos(t)));
    expect(jacobianEigenvalues(stiff, 0.3, [0.7])[0].re).toBeCloseTo(-1000, 4);
    // Damped oscillator x' = y, y' = −x − 0.3y: λ = −0.15 ± i·√(1 − 0.0225).
    const osc: Field = (_t, p, d) => { d[0] = p[1]; d[1] = -p[0] - 0.3 * p[1]; };
    const [a, b] = jacobianEigenvalues(osc, 0, [1, 2]);
    expect(a.re).toBeCloseTo(-0.15, 6);
    expect(Math.abs(a.im)).toBeCloseTo(Math.sqrt(1 - 0.0225), 6);
    expect(b.im).toBeCloseTo(-a.im, 12);
  });

  it('flags Euler at h = 0.1 on y′ = −1000(y − cos t) with |1 + hλ| = 99, and not at h = 0.001', () => {
    const stiff: Field = (t, y, dy) => void (dy[0] = -1000 * (y[0] - Math.cos(t)));
    const found = findInstability(stiff, TABLEAUX.euler, 0.1, [0, 0.1], [[1], [-98]]);
    expect(found).not.toBeNull();
    expect(found!.factor).toBeCloseTo(99, 4);
    expect(found!.lambda.re).toBeCloseTo(-1000, 4);
    expect(findInstability(stiff, TABLEAUX.euler, 0.001, [0, 0.001], [[1], [1]])).toBeNull();
  });

  it('does not blame the method for growth that is the equation’s own (y′ = y)', () => {
    const grow: Field = (_t, y, dy) => void (dy[0] = y[0]);
    expect(findInstability(grow, TABLEAUX.euler, 0.5, [0, 0.5, 1], [[1], [1.5], [2.25]])).toBeNull();
  });
});
