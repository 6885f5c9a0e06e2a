/**
 * The two gradients a reader can pick must be the same gradient: backprop through the solver (exact for the
 * discrete solve), the adjoint (exact for the ODE, up to the backward tolerance), and central finite
 * differences of the loss (computed from forward solves only). A smooth loss Σ w·y with seeded random w is
 * used so that finite differences are meaningful (L1 has kinks).
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { adjointGrad } from './adjoint';
import { backpropGrad } from './backprop';
import { getBatch } from './batches';
import { initParams, mlpForward, mlpVjp, N_PARAMS } from './mlp';
import { groundTruth } from './problem';
import { rkSolve } from './rk';
import { TABLEAUS, type SpiralMethod } from './tableaus';

const truth = groundTruth();
const batch = getBatch(mulberry32(7), truth.y, truth.t);
const params = initParams(mulberry32(3));
const wRng = mulberry32(11);
const weights = batch.y.map((v) => v.map(() => wRng.normal()));

function solve(p: Float64Array, method: SpiralMethod, rtol: number, atol: number, record = false) {
  return rkSolve((_t, y, out) => mlpForward(p, y, out), batch.y0, batch.t, { tableau: TABLEAUS[method], rtol, atol, record });
}
const lossOf = (ys: Float64Array[]) => ys.reduce((s, y, i) => s + y.reduce((a, v, e) => a + v * weights[i][e], 0), 0);

function finiteDiff(method: SpiralMethod, rtol: number, atol: number, h = 1e-6): Float64Array {
  const g = new Float64Array(N_PARAMS);
  for (let i = 0; i < N_PARAMS; i++) {
    const p = Float64Array.from(params);
    p[i] += h;
    const up = lossOf(solve(p, method, rtol, atol).ys);
    p[i] -= 2 * h;
    const down = lossOf(solve(p, method, rtol, atol).ys);
    g[i] = (up - down) / (2 * h);
  }
  return g;
}
const backprop = (method: SpiralMethod, rtol: number, atol: number) =>
  backpropGrad(solve(params, method, rtol, atol, true), TABLEAUS[method], weights, (y, a, gp, gy) => mlpVjp(params, y, a, gp, gy), N_PARAMS);
const adjoint = (method: SpiralMethod, rtol: number, atol: number) => adjointGrad(params, solve(params, method, rtol, atol).ys, batch.t, weights, TABLEAUS[method], rtol, atol);

/** max_i |a_i − b_i| / max_i |b_i|. */
function relErr(a: Float64Array, b: Float64Array): number {
  let d = 0, m = 0;
  for (let i = 0; i < a.length; i++) {
    d = Math.max(d, Math.abs(a[i] - b[i]));
    m = Math.max(m, Math.abs(b[i]));
  }
  return d / m;
}

describe('spiral gradients', () => {
  it('backprop equals finite differences of the discrete solve on a fixed grid (rk4, euler)', () => {
    for (const m of ['rk4', 'euler'] as const) expect(relErr(backprop(m, 0, 0), finiteDiff(m, 0, 0))).toBeLessThan(1e-7);
  });

  it('backprop, adjoint and finite differences agree for dopri5 at a tight tolerance', () => {
    const fd = finiteDiff('dopri5', 1e-11, 1e-13);
    expect(relErr(backprop('dopri5', 1e-11, 1e-13), fd)).toBeLessThan(1e-7);
    expect(relErr(adjoint('dopri5', 1e-11, 1e-13).grad, fd)).toBeLessThan(1e-7);
  });

  it("adjoint and backprop agree at ode_demo's tolerances, and the adjoint reports backward evaluations", () => {
    const adj = adjoint('dopri5', 1e-7, 1e-9);
    expect(relErr(adj.grad, backprop('dopri5', 1e-7, 1e-9))).toBeLessThan(1e-6);
    // 9 output intervals, each at least f0 + initial-step probe + one 6-evaluation dopri5 step.
    expect(adj.nfe).toBeGreaterThanOrEqual(9 * 8);
  });

  it('adjoint and backprop agree for bosh3 and rk4 too', () => {
    expect(relErr(adjoint('bosh3', 1e-9, 1e-11).grad, backprop('bosh3', 1e-9, 1e-11))).toBeLessThan(1e-4);
    expect(relErr(adjoint('rk4', 0, 0).grad, backprop('rk4', 0, 0))).toBeLessThan(1e-6);
  });
});
