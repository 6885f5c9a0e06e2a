import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { CONVERGENCE_PROBLEMS } from '../../state/convergencePlot';
import { convergenceStudy, referenceEnd } from './convergence';
import { answerConvergence, convergenceProblem } from './convergenceRequest';

describe('convergence requests (the worker protocol)', () => {
  it('builds the same field as compilePreset, from the trees alone', () => {
    for (const id of CONVERGENCE_PROBLEMS) {
      const p = PRESETS[id];
      const dim = p.kind === 'scalar' ? 1 : 2;
      const a = new Float64Array(dim);
      const b = new Float64Array(dim);
      const y = Float64Array.from([0.7, -0.3].slice(0, dim));
      convergenceProblem(id).field(0.4, y, a);
      compilePreset(p).field(0.4, y, b);
      expect(Array.from(a), id).toEqual(Array.from(b));
    }
  });

  it('answers one method as the direct study does, and brings y(t1) back for the next request', () => {
    const first = answerConvergence({ kind: 'convergence', eq: 'vanderpol', method: 'euler', ref: null });
    const problem = convergenceProblem('vanderpol');
    const ref = referenceEnd(problem);
    expect(first.ref).toEqual(ref);
    expect(first.series).toEqual(convergenceStudy(problem, ['euler'], ref)[0]);
    const next = answerConvergence({ kind: 'convergence', eq: 'vanderpol', method: 'rk4', ref: first.ref });
    expect(next.ref).toBe(first.ref);
    expect(next.series.slopeH).toBeCloseTo(4, 0);
  });

  it('crosses a structured clone whole, as a worker sends it', () => {
    const a = answerConvergence({ kind: 'convergence', eq: 'harmonic', method: 'dopri5', ref: null });
    expect(structuredClone(a)).toEqual(a);
  });
});
