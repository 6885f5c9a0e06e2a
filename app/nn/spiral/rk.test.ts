/**
 * The trainer's own RK loop against torchdiffeq 0.2.5's recorded solves (reference/torchdiffeq_public.json,
 * kept in the repo as app/solver/__fixtures__; made by torch, not by this code): exact NFE and accepted/rejected counts, y within 1e-8·max(1, |y|)
 * (TORCHDIFFEQ_NOTES §9); and ode_demo's ground truth against its spot values (ODE_DEMO.md §1).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groundTruth, trueField } from './problem';
import { rkSolve, type VecField } from './rk';
import { TABLEAUS, type SpiralMethod } from './tableaus';

interface RefCase {
  id: string;
  problem: 'exp_decay' | 'spiral';
  method: string;
  rtol: number;
  atol: number;
  options: Record<string, unknown>;
  y0: number[];
  t: number[];
  outputs: { y: number[][]; nfe: number; steps?: { n_accepted: number; n_rejected: number } };
}

const ref = JSON.parse(readFileSync(new URL('../../solver/__fixtures__/torchdiffeq_public.json', import.meta.url), 'utf8')) as { cases: RefCase[] };
const fields: Record<RefCase['problem'], VecField> = {
  exp_decay: (_t, y, out) => {
    out[0] = -y[0];
  },
  spiral: trueField,
};
// Cases our loop covers: adaptive dopri5/bosh3 and fixed-grid rk4/euler on the grid t (no step_size).
const cases = ref.cases.filter((c) => ['dopri5', 'bosh3', 'rk4', 'euler'].includes(c.method) && Object.keys(c.options).length === 0);

describe('rkSolve against torchdiffeq', () => {
  it('covers adaptive and fixed-grid cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });
  for (const c of cases) {
    it(c.id, () => {
      const sol = rkSolve(fields[c.problem], c.y0, c.t, { tableau: TABLEAUS[c.method as SpiralMethod], rtol: c.rtol, atol: c.atol, maxSteps: 20000 });
      expect(sol.nfe).toBe(c.outputs.nfe);
      if (c.outputs.steps) {
        expect(sol.accepted).toBe(c.outputs.steps.n_accepted);
        expect(sol.rejected).toBe(c.outputs.steps.n_rejected);
      }
      let worst = 0;
      c.outputs.y.forEach((yr, i) => yr.forEach((v, e) => (worst = Math.max(worst, Math.abs(sol.ys[i][e] - v) / Math.max(1, Math.abs(v))))));
      expect(worst).toBeLessThanOrEqual(1e-8);
    });
  }
});

describe('ode_demo ground truth', () => {
  it('matches the spot values of torch float32 true_y within the measured 1e-5', () => {
    const gt = groundTruth();
    const spot: [number, number, number][] = [
      [1, 1.979505, 0.394356],
      [2, 1.94937, 0.774164],
      [999, -0.443621, 0.27945],
    ];
    for (const [i, x, y] of spot) {
      expect(Math.abs(gt.y[2 * i] - x)).toBeLessThan(1e-5);
      expect(Math.abs(gt.y[2 * i + 1] - y)).toBeLessThan(1e-5);
    }
    expect(gt.nfe).toBe(2450); // the float64 re-solve's NFE in ODE_DEMO.md
  });
});

describe('rkSolve against the project odeint', () => {
  it('gives the same NFE and states on a batched solve of a learned-looking field', async () => {
    const { odeint } = await import('../../solver');
    const { initParams, mlpForward } = await import('./mlp');
    const { mulberry32 } = await import('../../math/rng');
    const p = initParams(mulberry32(9));
    const f: VecField = (_t, y, out) => mlpForward(p, y, out);
    const y0 = Float64Array.from({ length: 40 }, (_, i) => Math.sin(i) * 1.5);
    const t = Array.from({ length: 10 }, (_, i) => (25 * i) / 999);
    for (const method of ['dopri5', 'bosh3', 'rk4'] as const) {
      const a = rkSolve(f, y0, t, { tableau: TABLEAUS[method], rtol: 1e-7, atol: 1e-9 });
      const b = odeint(f, y0, t, { method, rtol: 1e-7, atol: 1e-9 });
      expect(a.nfe).toBe(b.nfe);
      a.ys.forEach((y, i) => y.forEach((v, e) => expect(Math.abs(v - b.ys[i][e])).toBeLessThan(1e-12)));
    }
  });
});
