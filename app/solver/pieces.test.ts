/** The exported building blocks: nextafter, the fixed grid rule, the controller formulas, the tableaux. */
import { describe, expect, it } from 'vitest';
import { TABLEAUX, applyStepRule, stepRule, fixedGrid, initialStepFromProbe, initialStepGuess, nextDown, nextUp, optimalStepSize, METHODS } from './index.ts';

/** Reference nextafter by the IEEE bit pattern (the test may allocate; the library does not). */
function bitsNext(x: number, up: boolean): number {
  const f = new Float64Array([x]);
  const b = new BigInt64Array(f.buffer);
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  b[0] += (x > 0) === up ? 1n : -1n;
  return f[0];
}

describe('nextUp / nextDown', () => {
  const samples = [1, -1, 0.1, 2, 4, 0.5, 1e-300, 2 ** -1022, 2 ** -1050, -(2 ** -1022), 3.0000000000000004, 1e308, -7.25, 0.1000199920047966, 1 - 2 ** -53];
  it('agree with the bit-pattern neighbour, including powers of two and subnormals', () => {
    for (const x of samples) {
      expect(nextUp(x)).toBe(bitsNext(x, true));
      expect(nextDown(x)).toBe(bitsNext(x, false));
    }
  });
  it('agree on 10,000 pseudo-random doubles of all magnitudes', () => {
    let s = 12345;
    for (let i = 0; i < 10_000; i++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const x = (s / 2147483648 - 0.5) * 2 ** ((i % 600) - 300);
      expect(nextUp(x)).toBe(bitsNext(x, true));
      expect(nextDown(x)).toBe(bitsNext(x, false));
    }
  });
  it('handles zero, infinities and NaN', () => {
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextDown(0)).toBe(-Number.MIN_VALUE);
    expect(nextUp(Number.MAX_VALUE)).toBe(Infinity);
    expect(nextUp(-Infinity)).toBe(-Number.MAX_VALUE);
    expect(nextDown(Infinity)).toBe(Number.MAX_VALUE);
    expect(nextUp(NaN)).toBeNaN();
  });
  it('reproduces the reference perturbation: nextDown(0.10001999200479661) prints as 0.1000199920047966', () => {
    expect(nextDown(0.10001999200479661)).toBe(0.1000199920047966);
  });
});

describe('fixedGrid (torchdiffeq step_size rule)', () => {
  it('is t itself without a step size', () => {
    expect(Array.from(fixedGrid([0, 0.5, 2]))).toEqual([0, 0.5, 2]);
  });
  it('shortens the last step when h does not divide the interval', () => {
    const g = fixedGrid([0, 1], 0.3);
    expect(g.length).toBe(5);
    expect(g[4]).toBe(1);
    expect(g[3]).toBe(3 * 0.3);
  });
  it('adds the one-ulp last step when (T − t0)/h rounds above an integer: [0, 0.9] with h = 0.03 has 31 steps', () => {
    const g = fixedGrid([0, 0.9], 0.03);
    expect(g.length).toBe(32);
    expect(g[31] - g[30]).toBeCloseTo(1.1e-16, 17);
    expect(g[31]).toBe(0.9);
  });
  it('gives 3572 steps for the spiral with h = 0.007 on [0, 25]', () => {
    expect(fixedGrid([0, 25], 0.007).length - 1).toBe(3572);
  });
  it('builds decreasing grids on s = −t and returns real times', () => {
    const g = fixedGrid([1, 0], 0.3);
    expect(Array.from(g)).toEqual(Array.from(fixedGrid([-1, 0], 0.3), (s) => -s + 0)); // + 0: the end is +0, not −0
    expect(g[0]).toBe(1);
    expect(g[g.length - 1]).toBe(0);
  });
});

describe('controller (misc.py:36-95)', () => {
  it('grows by ifactor on a zero error and never shrinks an accepted step', () => {
    expect(optimalStepSize(0.1, 0, 5)).toBe(1);
    expect(optimalStepSize(0.1, 0.99, 5)).toBe(0.1); // 0.9/0.99^(1/5) < 1 → factor 1
    expect(optimalStepSize(0.1, 1e-10, 5)).toBe(0.1 * 10);
  });
  it('shrinks a rejected step by 0.9·ratio^(−1/order), at most by dfactor 0.2', () => {
    expect(optimalStepSize(1, 2, 5)).toBeCloseTo(0.9 / 2 ** 0.2, 15);
    expect(optimalStepSize(1, 1e9, 5)).toBe(0.2);
    expect(optimalStepSize(1, 1e9, 5, { dfactor: 0.5 })).toBe(0.5);
  });
  it('accepts at ratio exactly 1 and then keeps the step (factor max(0.9, 0.2) shrinks only for ratio > 1)', () => {
    expect(optimalStepSize(1, 1, 5)).toBeCloseTo(0.9, 15);
  });
  it('chooses the initial step as Hairer–Nørsett–Wanner II.4', () => {
    expect(initialStepGuess(1e-6, 1)).toBe(1e-6);
    expect(initialStepGuess(2, 4)).toBe(0.005);
    expect(initialStepFromProbe(0.005, 0, 0, 4)).toBe(Math.max(1e-6, 0.005e-3));
    expect(initialStepFromProbe(0.005, 4, 1, 4)).toBeCloseTo((0.01 / 4) ** 0.2, 15);
    expect(initialStepFromProbe(1e-6, 4, 1, 4)).toBe(100 * 1e-6); // capped at 100·h0
  });
});

describe('stepRule: optimalStepSize without pow where the clamps decide', () => {
  it('equals optimalStepSize bit for bit over ratios from 1e-12 to 1e6, including around every threshold', () => {
    for (const order of [3, 5]) {
      const rule = stepRule(order);
      const ratios: number[] = [0, NaN, 1, rule.keepFrom, rule.growAllBelow, rule.shrinkAllAbove, 0.9 ** order, (0.9 / 10) ** order, (0.9 / 0.2) ** order];
      for (const base of ratios.slice(2)) for (let k = -40; k <= 40; k++) ratios.push(base * (1 + k * 1e-11), base * (1 + k * 1e-16));
      for (let e = -12; e <= 6; e += 0.01) ratios.push(10 ** e);
      for (const r of ratios) {
        const want = optimalStepSize(0.37, r, order);
        const got = applyStepRule(rule, 0.37, r);
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(got).toBe(want);
      }
    }
  });
});

describe('tableaux', () => {
  it('are consistent: rows sum to alpha, weights sum to 1, error weights sum to 0, FSAL rows equal cSol', () => {
    for (const m of METHODS) {
      const tab = TABLEAUX[m];
      expect(tab.method).toBe(m);
      expect(tab.cSol.length).toBe(tab.stages);
      expect(tab.alpha.length).toBe(tab.stages - 1);
      tab.beta.forEach((row, i) => {
        expect(row.length).toBe(i + 1);
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(tab.alpha[i], 14);
      });
      expect(tab.cSol.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
      if (tab.cError) expect(tab.cError.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
      if (tab.cMid) expect(tab.cMid.reduce((a, b) => a + b, 0)).toBeCloseTo(0.5, 14);
      if (tab.fsal) expect([...tab.beta[tab.stages - 2], 0]).toEqual(tab.cSol);
    }
  });
  it('rk4 is Kutta\'s 3/8 rule, not the classic RK4', () => {
    expect(TABLEAUX.rk4.cSol).toEqual([1 / 8, 3 / 8, 3 / 8, 1 / 8]);
    expect(TABLEAUX.rk4.alpha).toEqual([1 / 3, 2 / 3, 1]);
  });
});
