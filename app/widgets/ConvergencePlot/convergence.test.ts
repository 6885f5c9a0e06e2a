import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { convergenceStudy, fitSlope } from './convergence';
import { BLOW_UP, blowUps } from './blowUps';

const problem = (id: keyof typeof PRESETS) => {
  const p = PRESETS[id];
  const dim = p.kind === 'scalar' ? 1 : 2;
  return { field: compilePreset(p).field, t0: p.t0, t1: p.t1, y0: p.y0s.slice(0, dim), exact: p.exact };
};

describe('convergence study', () => {
  it('fits an exact power law exactly', () => {
    expect(fitSlope([0, 1, 2, 3], [1, 3, 5, 7])).toBeCloseTo(2, 12);
  });

  it('measures the orders 1, 2, 4 and about 5 on problems with closed forms', () => {
    for (const id of ['forced', 'harmonic', 'decay'] as const) {
      const series = convergenceStudy(problem(id));
      const slope = Object.fromEntries(series.map((s) => [s.method, s.slopeH]));
      expect(slope.euler, id).toBeCloseTo(1, 0);
      expect(slope.midpoint, id).toBeCloseTo(2, 0);
      expect(slope.rk4, id).toBeCloseTo(4, 0);
      expect(slope.dopri5!, id).toBeGreaterThan(4);
      expect(slope.dopri5!, id).toBeLessThan(6.5);
      // Against evaluations the slope is the negative order.
      expect(series[0].slopeNfe!, id).toBeCloseTo(-1, 0);
    }
  });

  it('works from a reference solution when no closed form is known', () => {
    const series = convergenceStudy(problem('vanderpol'));
    expect(series.find((s) => s.method === 'rk4')!.slopeH).toBeCloseTo(4, 0);
  });

  it('counts the solves that blow up, and never fits them', () => {
    // Van der Pol: Euler and the midpoint rule at the largest steps leave the solution by tens of decades.
    const vdp = convergenceStudy(problem('vanderpol'));
    const { count, worst } = blowUps(vdp);
    expect(count).toBeGreaterThan(0);
    expect(worst).toBeGreaterThan(1e20);
    for (const s of vdp) s.points.forEach((p, i) => expect(s.fitted[i] && !(p.error < BLOW_UP)).toBe(false));
    // The harmonic oscillator at the same steps stays on the axis.
    expect(blowUps(convergenceStudy(problem('harmonic'))).count).toBe(0);
  });
});
