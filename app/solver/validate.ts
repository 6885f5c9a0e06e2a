/**
 * Argument checks for `odeint`: every problem a caller can make is reported as `OdeError('bad-input')` whose
 * message names the argument and the offending value, before any work is done. torchdiffeq's own checks
 * (misc.py:376-383 for monotone `t`, rk_common.py:223-241 for step_t/jump_t) are asserts; these are the same
 * rules with messages a reader of a widget can act on.
 */
import { METHODS, OdeError, isAdaptive, type Method, type OdeintOptions } from './types.ts';

function bad(message: string): never {
  throw new OdeError('bad-input', message);
}

const isPositiveFinite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x > 0;

function checkTimes(name: string, list: unknown): asserts list is number[] {
  if (!Array.isArray(list)) bad(`${name} must be an array of times, got ${typeof list}.`);
  list.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) bad(`${name}[${i}] must be a finite number, got ${String(v)}.`);
  });
}

/**
 * Throws `OdeError('bad-input', …)` naming the argument when:
 * - `method` is not one of euler, midpoint, rk4, bosh3, dopri5;
 * - `y0` is empty or has a non-finite entry;
 * - `t` is empty, has a non-finite entry, or is not strictly increasing or strictly decreasing;
 * - `rtol` / `atol` are not finite and positive;
 * - `stepSize` (fixed-grid methods) is given but not finite and positive;
 * - `interp` is not 'linear' or 'cubic';
 * - `firstStep` (adaptive methods) is given but not finite and positive;
 * - `stepT` / `jumpT` contain non-finite values or repeat a time (within or between the two lists; torchdiffeq
 *   rk_common.py:238-241 forbids this);
 * - `maxSteps` is not a positive integer; `onStep` is not a function.
 * Options that do not apply to the chosen method (stepSize for adaptive, firstStep for fixed) are ignored,
 * as torchdiffeq ignores them, but a value given is still checked.
 */
export function validateOdeintInputs(y0: ArrayLike<number>, t: ArrayLike<number>, options: OdeintOptions, method: Method): void {
  if (!(METHODS as readonly string[]).includes(method)) bad(`method must be one of ${METHODS.join(', ')}; got ${JSON.stringify(method)}.`);

  if (y0 == null || typeof y0.length !== 'number') bad('y0 must be an array of numbers.');
  if (y0.length === 0) bad('y0 is empty: the state needs at least one component.');
  for (let i = 0; i < y0.length; i++) {
    if (typeof y0[i] !== 'number' || !Number.isFinite(y0[i])) bad(`y0[${i}] must be a finite number, got ${String(y0[i])}.`);
  }

  if (t == null || typeof t.length !== 'number') bad('t must be an array of times.');
  if (t.length === 0) bad('t is empty: give at least the start time (and usually an end time).');
  for (let i = 0; i < t.length; i++) {
    if (typeof t[i] !== 'number' || !Number.isFinite(t[i])) bad(`t[${i}] must be a finite number, got ${String(t[i])}.`);
  }
  if (t.length > 1) {
    const up = t[1] > t[0];
    for (let i = 1; i < t.length; i++) {
      const ok = up ? t[i] > t[i - 1] : t[i] < t[i - 1];
      if (!ok) bad(`t must be strictly increasing or strictly decreasing: t[${i - 1}]=${t[i - 1]}, t[${i}]=${t[i]}.`);
    }
  }

  const { rtol, atol, stepSize, interp, firstStep, stepT, jumpT, maxSteps, onStep } = options;
  if (rtol !== undefined && !isPositiveFinite(rtol)) bad(`rtol must be a finite positive number, got ${String(rtol)}.`);
  if (atol !== undefined && !isPositiveFinite(atol)) bad(`atol must be a finite positive number, got ${String(atol)}.`);
  if (stepSize !== undefined && !isPositiveFinite(stepSize)) {
    bad(`stepSize must be a finite positive number${isAdaptive(method) ? '' : ` for ${method}`}, got ${String(stepSize)}.`);
  }
  if (interp !== undefined && interp !== 'linear' && interp !== 'cubic') bad(`interp must be 'linear' or 'cubic', got ${JSON.stringify(interp)}.`);
  if (firstStep !== undefined && !isPositiveFinite(firstStep)) bad(`firstStep must be a finite positive number, got ${String(firstStep)}.`);
  if (stepT !== undefined) checkTimes('stepT', stepT);
  if (jumpT !== undefined) checkTimes('jumpT', jumpT);
  const seen = new Set<number>();
  for (const [name, list] of [['stepT', stepT ?? []], ['jumpT', jumpT ?? []]] as const) {
    for (const v of list) {
      if (seen.has(v)) bad(`${name} repeats the time ${v}: stepT and jumpT must not share or repeat times.`);
      seen.add(v);
    }
  }
  if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps > 0)) bad(`maxSteps must be a positive integer, got ${String(maxSteps)}.`);
  if (onStep !== undefined && typeof onStep !== 'function') bad(`onStep must be a function, got ${typeof onStep}.`);
}
