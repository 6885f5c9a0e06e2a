import { describe, expect, it } from 'vitest';
import { PRESETS, PRESET_IDS, STIFF_LAMBDA } from './presets';
import { compilePreset } from './compile';
import { VARIABLES } from '../expr';
import { parseFormula } from '../expr/formulas';

/** Central difference of the closed form, to check it satisfies its ODE without trusting the formula. */
function residual(id: keyof typeof PRESETS, y0: number[], t: number): number {
  const p = PRESETS[id];
  const exact = p.exact!;
  const h = 1e-5;
  const yp = exact(t + h, y0, p.t0);
  const ym = exact(t - h, y0, p.t0);
  const y = exact(t, y0, p.t0);
  const f = compilePreset(p).field;
  const dydt = new Float64Array(y.length);
  f(t, Float64Array.from(y), dydt);
  return Math.max(...y.map((_, i) => Math.abs((yp[i] - ym[i]) / (2 * h) - dydt[i])));
}

describe('presets', () => {
  it('carry exactly the trees the safe parser reads from their formulas, so a typed copy behaves the same', () => {
    for (const id of PRESET_IDS) {
      const p = PRESETS[id];
      expect(p.exprs.length, id).toBe(p.formulas.length);
      p.formulas.forEach((text, i) => expect(parseFormula(text, VARIABLES[p.kind]), `${id}: ${text}`).toEqual({ ok: true, expr: p.exprs[i] }));
    }
  });

  it('closed forms satisfy their equations and their initial values', () => {
    for (const id of PRESET_IDS) {
      const p = PRESETS[id];
      if (!p.exact) continue;
      const dim = p.kind === 'scalar' ? 1 : 2;
      for (let k = 0; k < p.y0s.length; k += dim) {
        const y0 = p.y0s.slice(k, k + dim);
        expect(p.exact(p.t0, y0, p.t0).map((v, i) => v - y0[i]).every((d) => Math.abs(d) < 1e-12), id).toBe(true);
        for (const frac of [0.1, 0.4, 0.9]) {
          const t = p.t0 + frac * (p.t1 - p.t0);
          expect(residual(id, y0, t), `${id} at t=${t}`).toBeLessThan(1e-5 * Math.max(1, STIFF_LAMBDA));
        }
      }
    }
  });

  it('hand-written fields agree with the compiled formulas', () => {
    const hand: Partial<Record<keyof typeof PRESETS, (t: number, y: number[]) => number[]>> = {
      power: (t) => [2 * t],
      stiff: (t, [y]) => [-STIFF_LAMBDA * (y - Math.cos(t))],
      spiral: (_t, [a, b]) => [-0.1 * a ** 3 - 2 * b ** 3, 2 * a ** 3 - 0.1 * b ** 3],
      vanderpol: (_t, [x, y]) => [y, (1 - x * x) * y - x],
      pendulum: (_t, [x, y]) => [y, -Math.sin(x)],
    };
    for (const [id, h] of Object.entries(hand)) {
      const p = PRESETS[id as keyof typeof PRESETS];
      const f = compilePreset(p).field;
      const y = p.kind === 'scalar' ? [0.7] : [0.7, -1.2];
      const out = new Float64Array(y.length);
      f(1.3, Float64Array.from(y), out);
      h!(1.3, y).forEach((v, i) => expect(out[i]).toBeCloseTo(v, 13));
    }
  });
});
