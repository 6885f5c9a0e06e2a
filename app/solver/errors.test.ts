/** Every way odeint can fail: an OdeError with the right code, saying where, never a hang or garbage. */
import { describe, expect, it } from 'vitest';
import { METHODS, OdeError, odeint, type Field, type OdeErrorCode, type OdeintOptions } from './index.ts';

const decay: Field = (_t, y, dy) => void (dy[0] = -y[0]);

function failure(fn: () => unknown): OdeError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(OdeError);
    return e as OdeError;
  }
  throw new Error('expected an OdeError, got a result');
}

function expectCode(fn: () => unknown, code: OdeErrorCode, mentions: RegExp): OdeError {
  const e = failure(fn);
  expect(e.code).toBe(code);
  expect(e.message).toMatch(mentions);
  return e;
}

describe('non-finite: a field returning NaN or Infinity', () => {
  const nanAfter: Field = (t, y, dy) => void (dy[0] = t > 0.5 ? NaN : -y[0]);
  for (const method of METHODS) {
    it(`${method}: stops with the time at which the field first returned NaN`, () => {
      const e = expectCode(() => odeint(nanAfter, [1], [0, 2], { method, stepSize: 0.1 }), 'non-finite', /non-finite.*t=0\.[56]/);
      expect(e.t).toBeGreaterThan(0.5);
      expect(e.t).toBeLessThan(0.7);
      expect(e.steps).toBeGreaterThan(0);
    });
  }
  it('at the very first evaluation, with t = t0', () => {
    const e = expectCode(() => odeint((_t, _y, dy) => void (dy[0] = Infinity), [1], [3, 4]), 'non-finite', /Infinity.*t=3/);
    expect(e.t).toBe(3);
  });
  it('a fixed-grid solution that overflows (y\' = y² past its blow-up at t = 1) reports where', () => {
    const e = expectCode(() => odeint((_t, y, dy) => void (dy[0] = y[0] * y[0]), [1], [0, 2], { method: 'rk4', stepSize: 0.01 }), 'non-finite', /t=1\.\d/);
    expect(e.t).toBeGreaterThan(1);
  });
  it('reports real times for decreasing t', () => {
    const e = expectCode(() => odeint((t, y, dy) => void (dy[0] = t < -0.5 ? NaN : -y[0]), [1], [0, -2]), 'non-finite', /t=-0\.5/);
    expect(e.t).toBeLessThan(-0.5);
  });
});

describe('step-underflow', () => {
  it('y\' = y² from y(0) = 1 cannot pass its blow-up at t = 1: dopri5 and bosh3 stop just past 1', () => {
    for (const method of ['dopri5', 'bosh3'] as const) {
      const e = expectCode(() => odeint((_t, y, dy) => void (dy[0] = y[0] * y[0]), [1], [0, 2], { method, maxSteps: 100_000 }), 'step-underflow', /underflow.*t=1\.0000/);
      expect(Math.abs((e.t as number) - 1)).toBeLessThan(1e-5);
      expect(e.steps).toBeGreaterThan(10);
    }
  });
});

describe('max-steps', () => {
  it('stops after maxSteps attempts and says how far it got', () => {
    const e = expectCode(() => odeint(decay, [1], [0, 100], { maxSteps: 5 }), 'max-steps', /maxSteps=5.*t=0\.\d+.*t=100/);
    expect(e.steps).toBe(5);
    expect(e.t).toBeGreaterThan(0);
    expect(e.t).toBeLessThan(100);
  });
  it('a stiff problem hits the default limit of 10000 attempts instead of running on', () => {
    const e = expectCode(() => odeint((_t, y, dy) => void (dy[0] = -1e6 * y[0]), [1], [0, 100]), 'max-steps', /maxSteps=10000/);
    expect(e.steps).toBe(10000);
  });
  it('a fixed grid too fine for maxSteps is refused before it is built', () => {
    expectCode(() => odeint(decay, [1], [0, 100], { method: 'euler', stepSize: 1e-12 }), 'max-steps', /stepSize=1e-12.*maxSteps=10000/);
  });
});

describe('bad-input names the argument', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['empty t', () => odeint(decay, [1], []), /^t is empty/],
    ['non-monotone t', () => odeint(decay, [1], [0, 1, 0.5]), /t must be strictly.*t\[2\]=0\.5/],
    ['repeated t', () => odeint(decay, [1], [0, 1, 1]), /t must be strictly/],
    ['NaN in t', () => odeint(decay, [1], [0, NaN]), /t\[1\] must be a finite number/],
    ['empty y0', () => odeint(decay, [], [0, 1]), /y0 is empty/],
    ['non-finite y0', () => odeint(decay, [1, Infinity], [0, 1]), /y0\[1\] must be a finite number, got Infinity/],
    ['zero rtol', () => odeint(decay, [1], [0, 1], { rtol: 0 }), /rtol must be a finite positive number, got 0/],
    ['negative atol', () => odeint(decay, [1], [0, 1], { atol: -1e-9 }), /atol must be a finite positive/],
    ['NaN rtol', () => odeint(decay, [1], [0, 1], { rtol: NaN }), /rtol must be/],
    ['zero stepSize', () => odeint(decay, [1], [0, 1], { method: 'rk4', stepSize: 0 }), /stepSize must be a finite positive number for rk4, got 0/],
    ['negative stepSize', () => odeint(decay, [1], [0, 1], { method: 'euler', stepSize: -0.1 }), /stepSize must be/],
    ['infinite stepSize', () => odeint(decay, [1], [0, 1], { method: 'midpoint', stepSize: Infinity }), /stepSize must be/],
    ['unknown method', () => odeint(decay, [1], [0, 1], { method: 'rk45' as never }), /method must be one of euler, midpoint, rk4, bosh3, dopri5; got "rk45"/],
    ['unknown interp', () => odeint(decay, [1], [0, 1], { method: 'rk4', interp: 'quadratic' as never }), /interp must be 'linear' or 'cubic'/],
    ['zero firstStep', () => odeint(decay, [1], [0, 1], { firstStep: 0 }), /firstStep must be/],
    ['stepT and jumpT sharing a time', () => odeint(decay, [1], [0, 2], { stepT: [1], jumpT: [1] }), /jumpT repeats the time 1/],
    ['NaN in jumpT', () => odeint(decay, [1], [0, 2], { jumpT: [NaN] }), /jumpT\[0\] must be a finite number/],
    ['fractional maxSteps', () => odeint(decay, [1], [0, 1], { maxSteps: 1.5 }), /maxSteps must be a positive integer/],
    ['f not a function', () => odeint(42 as never, [1], [0, 1]), /^f must be a function/],
    ['onStep not a function', () => odeint(decay, [1], [0, 1], { onStep: 'x' } as unknown as OdeintOptions), /onStep must be a function/],
    ['field returning an array of the wrong length', () => odeint(((_t: number, y: Float64Array) => [y[0], 0]) as never, [1], [0, 1]), /f must write dy\/dt into its third argument \(a Float64Array of length 1\).*array of length 2/],
  ];
  for (const [name, fn, re] of cases) it(name, () => expectCode(fn, 'bad-input', re));

  it('the wrong-length field is also caught on fixed grids and for decreasing time', () => {
    const f = ((_t: number, y: Float64Array) => [y[0], 0]) as never;
    expectCode(() => odeint(f, [1], [0, 1], { method: 'euler', stepSize: 0.1 }), 'bad-input', /array of length 2/);
    expectCode(() => odeint(f, [1], [1, 0]), 'bad-input', /array of length 2/);
  });
});

describe('degenerate but valid input', () => {
  it('a single output time returns y0 and does no work', () => {
    const sol = odeint(decay, [2], [5]);
    expect(Array.from(sol.ys[0])).toEqual([2]);
    expect(sol.nfe).toBe(0);
  });
});

describe('no non-finite number ever comes back, whichever stage made it', () => {
  for (const method of ['dopri5', 'bosh3'] as const) {
    it(`${method}: y' = −y from y0 = 1e308 decays in finite steps, but its dense output overflows: non-finite, naming the interpolation`, () => {
      const e = expectCode(() => odeint(decay, [1e308], [0, 0.5, 1], { method }), 'non-finite', /dense-output interpolation overflowed.*t=0\.5/);
      expect(e.t).toBe(0.5);
    });
  }
  it('the same problem from y0 = 1e300 has room for the quartic and solves', () => {
    const { ys } = odeint(decay, [1e300], [0, 0.5, 1]);
    expect(ys[2][0] / 1e300).toBeCloseTo(Math.exp(-1), 6);
  });
  it('a fixed-grid cubic interpolation that overflows is caught too', () => {
    // One Euler step over [0, 1] keeps y = 1.75e308 (f = 0 at t = 0); the Hermite cubic at t = 0.5 adds
    // −0.125·dt·f(1, y1) = +1.25e307 and passes float64's largest number, 1.8e308.
    const kick: Field = (t, _y, dy) => void (dy[0] = t > 0.5 ? -1e308 : 0);
    const e = expectCode(() => odeint(kick, [1.75e308], [0, 0.5, 1], { method: 'euler', stepSize: 1, interp: 'cubic' }), 'non-finite', /cubic interpolation between grid points overflowed.*t=0\.5/);
    expect(e.t).toBe(0.5);
  });
});

describe('impossible tolerances name the tolerance, not the field', () => {
  it('rtol = atol = 1e-300: below float64 precision, said before any step', () => {
    const e = expectCode(() => odeint(decay, [1], [0, 1], { rtol: 1e-300, atol: 1e-300 }), 'bad-input', /rtol=1e-300 and atol=1e-300 are below float64's precision.*Use rtol of 1e-14 or more/);
    expect(e.message).not.toMatch(/field/);
  });
  it('the same with a first step given (the error ratio overflows inside the first step)', () => {
    const e = expectCode(() => odeint(decay, [1], [0, 1], { rtol: 1e-300, atol: 1e-300, firstStep: 0.1 }), 'bad-input', /below float64's precision/);
    expect(e.message).not.toMatch(/field|overflowed/);
  });
  it('rtol = atol = 1e-150: the steps shrink until maxSteps, and the message says why', () => {
    expectCode(() => odeint(decay, [1], [0, 1], { rtol: 1e-150, atol: 1e-150 }), 'max-steps', /rtol=1e-150 and atol=1e-150 are below float64's precision/);
  });
  it('a tiny rtol with a workable atol is not an error (atol dominates the scale)', () => {
    const { ys } = odeint(decay, [1], [0, 1], { rtol: 1e-300 });
    expect(ys[1][0]).toBeCloseTo(Math.exp(-1), 8);
  });
});
