/**
 * The explorer's measurements behave as the paper's Fig. 3a says they should for the trained field:
 * tighter tolerance → more evaluations and a smaller numerical error; and the error is the solver's (it
 * vanishes against the reference at the reference's own tolerance), not the model's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCheckpoint } from '../../nn/spiral/checkpoint';
import { measure, referenceSolve, sweepTolerances } from './sweep';

const c = decodeCheckpoint(JSON.parse(readFileSync(new URL('../../../public/models/spiral/checkpoint.json', import.meta.url), 'utf8')));
const ref = referenceSolve(c.state.params);

describe('tolerance sweep on the trained spiral field', () => {
  it('sweeps half decades from 1e-2 to each method floor', () => {
    expect(sweepTolerances('dopri5')).toEqual([-2, -2.5, -3, -3.5, -4, -4.5, -5, -5.5, -6, -6.5, -7, -7.5, -8, -8.5, -9, -9.5, -10]);
    expect(sweepTolerances('bosh3').at(-1)).toBe(-8);
  });

  it('costs more evaluations and gives smaller errors as the tolerance tightens (dopri5, every two decades)', () => {
    const pts = [-2, -4, -6, -8, -10].map((k) => measure(c.state.params, ref, 'dopri5', k));
    for (let i = 1; i < pts.length; i++) {
      expect(pts[i].nfe).toBeGreaterThan(pts[i - 1].nfe);
      expect(pts[i].error).toBeLessThan(pts[i - 1].error);
    }
    // NFE = 2 + 6·(accepted + rejected) for dopri5.
    for (const p of pts) expect(p.nfe).toBe(2 + 6 * (p.accepted + p.rejected));
    expect(pts.at(-1)?.error).toBeLessThan(1e-7);
    expect(pts.every((p) => p.ms > 0)).toBe(true);
  });

  it('bosh3 needs more evaluations than dopri5 for the same tolerance', () => {
    expect(measure(c.state.params, ref, 'bosh3', -6).nfe).toBeGreaterThan(measure(c.state.params, ref, 'dopri5', -6).nfe);
  });
});
