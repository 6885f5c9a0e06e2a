/**
 * odeintTensor (float32, tfjs wasm) against app/solver's odeint (float64, torchdiffeq-exact). What we see and
 * assert: fixed grids give the same NFE always and states within 1e-4·max(1,|y|) after 2,500 steps (rounding
 * accumulates; 2e-5 observed); adaptive methods at loose tolerances (rtol 1e-3) give the SAME accept/reject
 * sequence and NFE; at tight tolerances the float32 error estimate of the first, tiny steps is rounding noise
 * (ratio ~2e-3 where float64 says ~3e-11), so growth differs from the first steps on, and NFE differs by a few
 * percent (spiral at rtol 1e-7: 2468 against 2450; torchdiffeq's own float32 run takes 2498, ODE_DEMO.md).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { odeint } from '../../solver/odeint.ts';
import { OdeError, type Method, type OdeintOptions } from '../../solver/types.ts';
import { odeintTensor } from './odeintTensor.ts';
import { expDecay64, expDecayTensor, spiral64, spiralTensor, SPIRAL_A } from './problems.ts';
import { useTestBackend } from './testBackend.ts';
import type { Tensor } from './tf.ts';
import type { tf as TF } from './tf.ts';

let tf: typeof TF;
beforeAll(async () => {
  tf = await useTestBackend('wasm');
});

const linspace = (a: number, b: number, n: number) => Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));

/** Runs both paths; returns max relative difference, NFE and step sequences, checking for leaked tensors. */
function compare(problem: 'spiral' | 'decay', y0: number[][], t: number[], method: Method, o: OdeintOptions) {
  const seq64: boolean[] = [];
  const seq32: boolean[] = [];
  const flat = y0.flat();
  const r64 = odeint(problem === 'spiral' ? spiral64 : expDecay64, flat, t, { method, ...o, onStep: (e) => seq64.push(e.accepted) });
  const A = tf.tensor2d(SPIRAL_A.map((r) => [...r]));
  const y0t = tf.tensor2d(y0);
  const before = tf.memory().numTensors;
  const r32 = odeintTensor(problem === 'spiral' ? spiralTensor(A) : expDecayTensor, y0t, t, { method, ...o, onStep: (e) => seq32.push(e.accepted) });
  expect(tf.memory().numTensors).toBe(before + 1); // only ys
  expect(r32.ys.shape).toEqual([t.length, y0.length, y0[0].length]);
  const got = r32.ys.dataSync();
  let maxRel = 0;
  r64.ys.forEach((y, i) => y.forEach((v, m) => (maxRel = Math.max(maxRel, Math.abs(v - got[i * flat.length + m]) / Math.max(1, Math.abs(v))))));
  tf.dispose([r32.ys, A, y0t]);
  return { maxRel, r64, r32, seq64, seq32 };
}

describe('odeintTensor agrees with odeint (float64)', () => {
  const spiralT = linspace(0, 25, 101);
  const decayT = linspace(0, 5, 11);
  const fixedCases: [Method, OdeintOptions][] = [
    ['euler', { stepSize: 0.01 }],
    ['midpoint', { stepSize: 0.01 }],
    ['rk4', { stepSize: 0.01 }],
    ['rk4', {}],
    ['rk4', { stepSize: 0.05, interp: 'cubic' }],
    ['euler', { stepSize: 0.007 }],
  ];
  test.each(fixedCases)('fixed grid %s %j: same NFE, states within 1e-4 on the spiral and 1e-6 on exp decay', (method, o) => {
    const s = compare('spiral', [[2, 0]], spiralT, method, o);
    expect(s.r32.nfe).toBe(s.r64.nfe);
    expect(s.r32.accepted).toBe(s.r64.accepted);
    expect(s.maxRel).toBeLessThan(1e-4);
    const d = compare('decay', [[1]], decayT, method, o);
    expect(d.r32.nfe).toBe(d.r64.nfe);
    expect(d.maxRel).toBeLessThan(1e-6);
  });

  const looseCases: [Method, OdeintOptions][] = [
    ['dopri5', { rtol: 1e-3, atol: 1e-6 }],
    ['bosh3', { rtol: 1e-3, atol: 1e-6 }],
  ];
  test.each(looseCases)('adaptive %s %j: identical accept/reject sequence and NFE', (method, o) => {
    for (const [problem, y0, t] of [['spiral', [[2, 0]], spiralT], ['decay', [[1]], decayT]] as const) {
      const s = compare(problem, y0.map((r) => [...r]), [...t], method, o);
      expect(s.seq32).toEqual(s.seq64);
      expect(s.r32.nfe).toBe(s.r64.nfe);
      expect([s.r32.accepted, s.r32.rejected]).toEqual([s.r64.accepted, s.r64.rejected]);
      expect(s.maxRel).toBeLessThan(1e-4);
    }
  });

  test('adaptive at tight tolerances: NFE within 3% and states within 2e-4 (the float32 error estimate is noise for tiny steps)', () => {
    for (const [method, o] of [['dopri5', {}], ['dopri5', { rtol: 1e-6, atol: 1e-9 }], ['bosh3', { rtol: 1e-5, atol: 1e-8 }]] as const) {
      const s = compare('spiral', [[2, 0]], spiralT, method, o);
      expect(Math.abs(s.r32.nfe - s.r64.nfe) / s.r64.nfe).toBeLessThan(0.03);
      expect(s.maxRel).toBeLessThan(2e-4);
    }
  });

  test('a batch shares one step sequence: B rows solve like odeint on the flattened 2B-vector (RMS over all elements)', () => {
    const y0 = [[2, 0], [1.2, -0.5], [-0.3, 1.6]];
    // firstStep skips the first, tiny steps whose float32 error estimate is rounding noise (see the file comment).
    const s = compare('spiral', y0, linspace(0, 10, 21), 'dopri5', { rtol: 1e-3, atol: 1e-6, firstStep: 0.01 });
    expect(s.seq32).toEqual(s.seq64);
    expect(s.r32.nfe).toBe(s.r64.nfe);
    // The same steps in both precisions; the float32 rounding still grows along the way, because on this
    // oscillator a small change of radius changes the angular speed and the phase error grows with t.
    console.log('batched spiral max rel diff', s.maxRel);
    expect(s.maxRel).toBeLessThan(1e-3);
  });

  test('decreasing time runs backwards like odeint, and undoes the forward solve', () => {
    // Backwards the spiral spreads out, so differences grow; [1, 0] keeps them at float32 level.
    const back = compare('spiral', [[0.5, 1.1]], linspace(1, 0, 5), 'dopri5', { rtol: 1e-3, atol: 1e-6, firstStep: 0.01 });
    expect(back.seq32).toEqual(back.seq64);
    console.log('backward spiral max rel diff', back.maxRel);
    expect(back.maxRel).toBeLessThan(1e-4);
    const decay = compare('decay', [[Math.E ** 2]], [2, 1, 0], 'rk4', { stepSize: 0.01 });
    expect(decay.r32.nfe).toBe(decay.r64.nfe);
    expect(decay.maxRel).toBeLessThan(1e-6);
    // y(t) = y(2)·e^(−(t − 2)), so from y(2) = e² the solve back to t = 0 reaches e⁴.
    expect(decay.r64.ys[2][0]).toBeCloseTo(Math.E ** 4, 5);
  });

  test('stepT and jumpT behave as in odeint', () => {
    const piecewise = (t: number) => (t < 1 ? -1 : -5);
    const f64 = (t: number, y: Float64Array, d: Float64Array) => void (d[0] = piecewise(t) * y[0]);
    const f32 = (t: number, y: Tensor) => tf.mul(y, piecewise(t));
    for (const o of [{ stepT: [1] }, { jumpT: [1] }]) {
      const opts = { rtol: 1e-3, atol: 1e-6, ...o };
      const r64 = odeint(f64, [1], [0, 2], opts);
      const y0 = tf.tensor1d([1]);
      const r32 = odeintTensor(f32, y0, [0, 2], opts);
      expect(r32.nfe).toBe(r64.nfe);
      expect(r32.ys.dataSync()[1]).toBeCloseTo(r64.ys[1][0], 5);
      tf.dispose([y0, r32.ys]);
    }
  });
});

describe('odeintTensor is differentiable (backprop through the solver)', () => {
  test('d y(T)/d y0 and d y(T)/d k for dy/dt = −k·y match the closed form e^(−kT) and −T·y0·e^(−kT)', () => {
    const T = 1.5;
    const y0 = tf.tensor1d([0.7, -1.3]);
    const k = tf.scalar(0.8);
    for (const o of [{ method: 'rk4', stepSize: 0.01 }, { method: 'dopri5', rtol: 1e-6, atol: 1e-9 }] as const) {
      const before = tf.memory().numTensors;
      const [gy, gk] = tf.grads((a: Tensor, kk: Tensor) => {
        const { ys } = odeintTensor((_t, y) => tf.mul(tf.neg(kk), y), a, [0, T], o);
        return tf.sum(tf.slice(ys, [1, 0], [1, 2]));
      })([y0, k]);
      const e = Math.exp(-0.8 * T);
      expect(Array.from(gy.dataSync()).map((v) => v / e)).toEqual([expect.closeTo(1, 4), expect.closeTo(1, 4)]);
      expect(gk.dataSync()[0]).toBeCloseTo(-T * (0.7 - 1.3) * e, 4);
      tf.dispose([gy, gk]);
      expect(tf.memory().numTensors).toBe(before);
    }
    tf.dispose([y0, k]);
  });
});

describe('odeintTensor errors and memory', () => {
  test('bad input names the argument', () => {
    const y0 = tf.tensor1d([1, 2]);
    const nan = tf.tensor1d([1, NaN]);
    const bad = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(OdeError);
        return (e as OdeError).code + ': ' + (e as OdeError).message;
      }
      throw new Error('did not throw');
    };
    const before = tf.memory().numTensors;
    expect(bad(() => odeintTensor(expDecayTensor, y0, [0, 1, 1]))).toMatch(/bad-input: t must be strictly/);
    expect(bad(() => odeintTensor(expDecayTensor, y0, [0, 1], { rtol: -1 }))).toMatch(/bad-input: rtol/);
    expect(bad(() => odeintTensor((_t, y) => tf.concat([y, y]), y0, [0, 1]))).toMatch(/bad-input: .*shape \[4\].*\[2\]/);
    expect(bad(() => odeintTensor(expDecayTensor, nan, [0, 1]))).toMatch(/bad-input: .*y0 contains NaN/);
    expect(bad(() => odeintTensor((t, y) => tf.mul(y, t > 0.5 ? NaN : 1), y0, [0, 1]))).toMatch(/non-finite: .*t=0\.[45]/);
    expect(bad(() => odeintTensor((t, y) => tf.mul(y, t > 0.5 ? NaN : 1), y0, [0, 1], { method: 'rk4', stepSize: 0.1 }))).toMatch(/non-finite/);
    expect(bad(() => odeintTensor(expDecayTensor, y0, [0, 100], { maxSteps: 5 }))).toMatch(/max-steps: .*maxSteps=5/);
    expect(bad(() => odeintTensor(expDecayTensor, y0, [0, 100], { method: 'euler', stepSize: 1e-3, maxSteps: 50 }))).toMatch(/max-steps/);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([y0, nan]);
  });

  test('numTensors is flat over many calls and many gradients', () => {
    const A = tf.tensor2d(SPIRAL_A.map((r) => [...r]));
    const y0 = tf.tensor2d([[1, 0], [0.5, 0.5]]);
    const field = spiralTensor(A);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const method: Method = (['euler', 'midpoint', 'rk4', 'bosh3', 'dopri5'] as const)[i % 5];
      tf.dispose(odeintTensor(field, y0, [0, 0.5, 1], { method, stepSize: 0.1, rtol: 1e-4, atol: 1e-6 }).ys);
      tf.dispose(tf.grad((a: Tensor) => tf.sum(odeintTensor(field, a, [0, 0.5, 1], { method, stepSize: 0.1, rtol: 1e-4, atol: 1e-6 }).ys))(y0));
    }
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([A, y0]);
  });
});
