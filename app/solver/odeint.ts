/**
 * `odeint`: the solver contract of DESIGN.md, with torchdiffeq 0.2.5's defaults and arithmetic
 * (odeint.py:49; reference/TORCHDIFFEQ_NOTES.md). See README.md beside this file for the caveats.
 *
 * @example
 * // y' = −y on [0, 1] with the default dopri5 at rtol 1e-7, atol 1e-9
 * const { ys, nfe } = odeint((t, y, dy) => { dy[0] = -y[0]; }, [1], [0, 1]);
 */
import { breakpointsInSolverTime } from './breakpoints.ts';
import { integrateAdaptive } from './adaptive.ts';
import { integrateFixed } from './fixed.ts';
import { fixedGrid, fixedGridPoints } from './grid.ts';
import { TABLEAUX } from './tableaux.ts';
import { OdeError, isAdaptive, type Field, type OdeSolution, type OdeintOptions } from './types.ts';
import { validateOdeintInputs } from './validate.ts';

/** torchdiffeq's defaults (odeint.py:49, misc.py:230-231) and ours for maxSteps (DESIGN.md). */
export const ODEINT_DEFAULTS = { method: 'dopri5', rtol: 1e-7, atol: 1e-9, interp: 'linear', maxSteps: 10000 } as const;

/**
 * Solves dy/dt = f(t, y), y(t[0]) = y0, and returns the state at every time in `t` (`ys[0]` is a copy of y0).
 * `t` may decrease: the solve then runs in s = −t with g(s, y) = −f(−s, y) (misc.py:269-293), and the field
 * and `onStep` still see real times. Throws `OdeError` with code 'bad-input', 'non-finite', 'step-underflow'
 * or 'max-steps'; it never hangs and never returns non-finite numbers.
 */
export function odeint(f: Field, y0: ArrayLike<number>, t: ArrayLike<number>, options: OdeintOptions = {}): OdeSolution {
  return odeintWithKernel(f, y0, t, options, 'fast');
}

/**
 * `odeint` with the choice of stepper made explicit: 'fast' (the default) runs dopri5 through the unrolled
 * `dopri5Step`, 'generic' runs every method through the tableau-driven `rkStep`. Both must give bit-identical
 * results; the tests run both. Not part of the public API.
 */
export function odeintWithKernel(f: Field, y0: ArrayLike<number>, t: ArrayLike<number>, options: OdeintOptions, kernel: 'fast' | 'generic'): OdeSolution {
  if (typeof f !== 'function') throw new OdeError('bad-input', `f must be a function (t, y, dydt) => void, got ${typeof f}.`);
  const method = options.method ?? ODEINT_DEFAULTS.method;
  validateOdeintInputs(y0, t, options, method);
  const n = y0.length;
  const nt = t.length;
  // One buffer for all outputs, viewed per output time (cheaper than nt separate arrays or subarray calls).
  const store = new ArrayBuffer(8 * n * nt);
  const ys: Float64Array[] = new Array(nt);
  for (let i = 0; i < nt; i++) ys[i] = new Float64Array(store, 8 * n * i, n);
  const y = Float64Array.from(y0);
  ys[0].set(y);
  if (nt === 1) return { ys, nfe: 0, accepted: 0, rejected: 0 };

  const sign = t[1] < t[0] ? -1 : 1;
  const ts = new Float64Array(nt);
  for (let i = 0; i < nt; i++) ts[i] = sign * t[i];
  const g: Field = sign > 0 ? f : reversed(f);
  const tab = TABLEAUX[method];
  const maxSteps = options.maxSteps ?? ODEINT_DEFAULTS.maxSteps;

  if (isAdaptive(method)) {
    return integrateAdaptive(g, y, ts, {
      tab,
      rtol: options.rtol ?? ODEINT_DEFAULTS.rtol,
      atol: options.atol ?? ODEINT_DEFAULTS.atol,
      firstStep: options.firstStep,
      stepS: breakpointsInSolverTime(options.stepT, sign, ts[0]),
      jumpS: breakpointsInSolverTime(options.jumpT, sign, ts[0]),
      maxSteps,
      onStep: options.onStep,
      sign,
      kernel,
    }, ys);
  }

  const h = options.stepSize;
  const steps = h === undefined ? nt - 1 : fixedGridPoints(ts[0], ts[nt - 1], h) - 1;
  if (steps > maxSteps) {
    throw new OdeError(
      'max-steps',
      `odeint (${method}): stepSize=${h} needs ${steps} steps on [${t[0]}, ${t[nt - 1]}], more than maxSteps=${maxSteps}. Use a larger stepSize or raise maxSteps.`,
      t[0],
      0,
    );
  }
  const grid = fixedGrid(t, h);
  if (sign < 0) for (let i = 0; i < grid.length; i++) grid[i] = -grid[i];
  return integrateFixed(g, y, ts, grid, { tab, interp: options.interp ?? ODEINT_DEFAULTS.interp, onStep: options.onStep, sign }, ys);
}

/** g(s, y) = −f(−s, y): the field in solver time s = −t (torchdiffeq `_ReverseFunc`, misc.py:155-162). */
function reversed(f: Field): Field {
  return (s, y, dydt) => {
    const ret = f(-s, y, dydt);
    for (let m = 0; m < dydt.length; m++) dydt[m] = -dydt[m];
    return ret;
  };
}
