/**
 * The unrolled dopri5 path (`dopri5Fast.ts`) against the generic tableau-driven stepper: bit-for-bit the same
 * outputs, NFE and step sequence, on problems that exercise rejections, decreasing time, stepT/jumpT and outputs
 * inside and between steps. (The reference tests run through `odeint`, i.e. the fast path; the generic path runs
 * them here too.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { odeintWithKernel } from './odeint.ts';
import type { Field, OdeintOptions } from './types.ts';

const vdp: Field = (_t, y, dy) => {
  dy[0] = y[1];
  dy[1] = 5 * (1 - y[0] * y[0]) * y[1] - y[0];
};
const jump: Field = (t, y, dy) => void (dy[0] = (t < 1 ? -1 : -3) * y[0]);
const spiral: Field = (_t, y, dy) => {
  const a = y[0] * y[0] * y[0];
  const b = y[1] * y[1] * y[1];
  dy[0] = a * -0.1 + b * -2.0;
  dy[1] = a * 2.0 + b * -0.1;
};

function both(f: Field, y0: number[], t: number[], options: OdeintOptions) {
  const run = (kernel: 'fast' | 'generic') => {
    const steps: number[][] = [];
    const sol = odeintWithKernel(f, y0, t, { ...options, onStep: (e) => steps.push([e.t0, e.t1, e.errorRatio, +e.accepted, ...e.y1, ...e.stages!.flatMap((s) => [s.t, ...s.y])]) }, kernel);
    return { ys: sol.ys.map((y) => Array.from(y)), nfe: sol.nfe, accepted: sol.accepted, rejected: sol.rejected, steps };
  };
  return [run('fast'), run('generic')];
}

describe('fast dopri5 path equals the generic stepper bit for bit', () => {
  const cases: [string, Field, number[], number[], OdeintOptions][] = [
    ['Van der Pol μ=5 at 1e-3 (many rejections)', vdp, [2, 0], [0, 5, 10], { rtol: 1e-3, atol: 1e-6 }],
    ['Van der Pol μ=5 at 1e-8, decreasing time', vdp, [2, 0], [0, -3], { rtol: 1e-8, atol: 1e-8 }],
    ['a jump at t = 1 with jumpT', jump, [1], [0, 0.5, 2], { rtol: 1e-6, atol: 1e-9, jumpT: [1] }],
    ['a jump at t = 1 with stepT', jump, [1], [0, 2], { rtol: 1e-6, atol: 1e-9, stepT: [1] }],
    ['spiral, 200 outputs', spiral, [2, 0], Array.from({ length: 200 }, (_, i) => (25 * i) / 199), {}],
  ];
  for (const [name, f, y0, t, o] of cases) {
    it(name, () => {
      const [fast, generic] = both(f, y0, t, o);
      expect(fast).toEqual(generic);
      expect(fast.steps.length).toBeGreaterThan(5);
    });
  }

  it('a NaN from a zero-weight stage is caught on both paths (a field of t alone, undefined at stage 2\'s time)', () => {
    // y' = g(t) with g NaN only at t = 0.2·dt0 of the first step: its stage has weight 0 in y1 and in the error.
    const bad = 0.2 * 0.5;
    const f: Field = (t, _y, dy) => void (dy[0] = t === bad ? NaN : Math.cos(t));
    for (const kernel of ['fast', 'generic'] as const) {
      expect(() => odeintWithKernel(f, [0], [0, 1], { firstStep: 0.5 }, kernel)).toThrow(/non-finite.*t=0\.1/);
    }
  });

  it('on every dopri5 reference case, the generic path also reproduces torchdiffeq\'s NFE and step counts', () => {
    const ref = JSON.parse(readFileSync(new URL('./__fixtures__/torchdiffeq_public.json', import.meta.url), 'utf8')) as {
      cases: { problem: string; method: string; rtol: number; atol: number; y0: number[]; t: number[]; outputs: { nfe: number; y: number[][]; steps: { n_accepted: number } } }[];
    };
    const decay: Field = (_t, y, dy) => void (dy[0] = -y[0]);
    const adaptive = ref.cases.filter((c) => c.method === 'dopri5' || c.method === 'bosh3');
    expect(adaptive.length).toBeGreaterThan(10);
    for (const c of adaptive) {
      const sol = odeintWithKernel(c.problem === 'spiral' ? spiral : decay, c.y0, c.t, { method: c.method as 'dopri5', rtol: c.rtol, atol: c.atol, maxSteps: 100_000 }, 'generic');
      expect(sol.nfe).toBe(c.outputs.nfe);
      expect(sol.accepted).toBe(c.outputs.steps.n_accepted);
      const last = c.outputs.y[c.t.length - 1];
      last.forEach((v, m) => expect(Math.abs(sol.ys[c.t.length - 1][m] - v)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(v))));
    }
  });
});
