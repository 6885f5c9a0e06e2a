/**
 * `odeint`: the solver contract of DESIGN.md, with torchdiffeq 0.2.5's defaults and arithmetic
 * (odeint.py:49; reference/TORCHDIFFEQ_NOTES.md). See README.md beside this file for the caveats.
 *
 * @example
 * // y' = −y on [0, 1] with the default dopri5 at rtol 1e-7, atol 1e-9
 * const { ys, nfe } = odeint((t, y, dy) => { dy[0] = -y[0]; }, [1], [0, 1]);
 */
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
  if (typeof f !== 'function') throw new OdeError('bad-input', `f must be a function (t, y, dydt) => void, got ${typeof f}.`);
  const method = options.method ?? ODEINT_DEFAULTS.method;
  validateOdeintInputs(y0, t, options, method);
  const n = y0.length;
  const nt = t.length;
  const ys: Float64Array[] = [];
  const store = new Float64Array(n * nt);
  for (let i = 0; i < nt; i++) ys.push(store.subarray(i * n, (i + 1) * n));
  const y = Float64Array.from(y0);
  ys[0].set(y);
  if (nt === 1) return { ys, nfe: 0, accepted: 0, rejected: 0 };

  const sign = t[1] < t[0] ? -1 : 1;
  const ts = Float64Array.from(t, (v) => sign * v);
  const g: Field = sign > 0 ? f : reversed(f);
  const tab = TABLEAUX[method];
  const maxSteps = options.maxSteps ?? ODEINT_DEFAULTS.maxSteps;

  if (isAdaptive(method)) {
    const toS = (list: number[] | undefined) => (list ?? []).map((v) => sign * v).sort((a, b) => a - b);
    return integrateAdaptive(g, y, ts, {
      tab,
      rtol: options.rtol ?? ODEINT_DEFAULTS.rtol,
      atol: options.atol ?? ODEINT_DEFAULTS.atol,
      firstStep: options.firstStep,
      stepS: toS(options.stepT),
      jumpS: toS(options.jumpT),
      maxSteps,
      onStep: options.onStep,
      sign,
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
  const grid = Float64Array.from(fixedGrid(t, h), (v) => sign * v);
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
