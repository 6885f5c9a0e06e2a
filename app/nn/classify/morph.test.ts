import { describe, expect, it } from 'vitest';
import { odeint } from '../../solver';
import { morph, resnetPath, swirlField, uniformDepths } from './morph';

const y0 = [0.7, -0.4];

describe('ResNet with a shared field = Euler', () => {
  // torchdiffeq's grid for step 1/L on [0, 1] has L + 1 points except when 1/fl(1/L) rounds above L:
  // for L = 49 it adds a final step about one ulp long (see app/solver/grid.ts). Every other L in 1..64
  // must agree bit for bit.
  const ls = Array.from({ length: 64 }, (_, i) => i + 1).filter((L) => L !== 49);
  it.each(ls)('L = %i blocks of step 1/L equal odeint euler stepSize 1/L to the last bit', (L) => {
    const blocks = resnetPath(swirlField, y0, uniformDepths(L));
    const sol = odeint(swirlField, y0, [0, 1], { method: 'euler', stepSize: 1 / L });
    expect(sol.nfe).toBe(L);
    const a = blocks[L];
    const b = sol.ys[1];
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Object.is(a[0], b[0]) && Object.is(a[1], b[1])).toBe(true);
  });

  it('L = 49: torchdiffeq adds a 50th, ulp-long step; the results then differ by rounding only', () => {
    const blocks = resnetPath(swirlField, y0, uniformDepths(49));
    const sol = odeint(swirlField, y0, [0, 1], { method: 'euler', stepSize: 1 / 49 });
    expect(sol.nfe).toBe(50);
    expect(Math.abs(blocks[49][0] - sol.ys[1][0])).toBeLessThan(1e-14);
  });
});

describe('morph', () => {
  it('the end-point error against dopri5 shrinks like 1/L (Euler is first order)', () => {
    const pts = [[0.5, 0.2], [-0.8, 0.4], [0.1, -0.9]];
    const e8 = morph(swirlField, pts, 8).meanEndError;
    const e16 = morph(swirlField, pts, 16).meanEndError;
    const e64 = morph(swirlField, pts, 64).meanEndError;
    expect(e16 / e8).toBeGreaterThan(0.4);
    expect(e16 / e8).toBeLessThan(0.6);
    expect(e64).toBeLessThan(e16 / 3);
    expect(morph(swirlField, pts, 'ode').meanEndError).toBe(0);
  });

  it('a linear field matches its closed form at the continuous end', () => {
    // dh/dt = A h with A = [[0, −1], [1, 0]] is a rotation: h(1) = (cos 1·x − sin 1·y, sin 1·x + cos 1·y).
    const rot = (_t: number, y: Float64Array, d: Float64Array) => {
      d[0] = -y[1];
      d[1] = y[0];
    };
    const end = morph(rot, [[1, 0]], 'ode').paths[0].at(-1)!;
    expect(end[0]).toBeCloseTo(Math.cos(1), 6);
    expect(end[1]).toBeCloseTo(Math.sin(1), 6);
  });
});
