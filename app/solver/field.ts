/** Small helpers shared by the adaptive and fixed-grid drivers: the checked field call and stage lists for `onStep`. */
import { stageTime, type RkWork } from './rk.ts';
import { OdeError, type Field, type StepEvent } from './types.ts';

/**
 * Calls f(t, y, out) and checks what came back: a field must write dy/dt into `out` and return nothing, and
 * every entry must be finite. Used for the few calls outside the stepper (the first evaluation, the initial-step
 * probe, the re-evaluation after a jump); the stepper's own stages are checked through the error ratio.
 */
export function callField(f: Field, t: number, y: Float64Array, out: Float64Array, sign: number, attempts: number): void {
  const ret: unknown = (f as (t: number, y: Float64Array, out: Float64Array) => unknown)(t, y, out);
  if (ret !== undefined) {
    const len = ret != null && typeof (ret as ArrayLike<number>).length === 'number' ? (ret as ArrayLike<number>).length : null;
    throw new OdeError(
      'bad-input',
      `f must write dy/dt into its third argument (a Float64Array of length ${out.length}) and return nothing; it returned ${len === null ? String(ret) : `an array of length ${len}`}.`,
    );
  }
  for (let m = 0; m < out.length; m++) {
    if (!Number.isFinite(out[m])) {
      throw new OdeError('non-finite', `odeint: the field returned a non-finite value (${out[m]}) in component ${m} at t=${sign * t}, after ${attempts} step attempts.`, sign * t, attempts);
    }
  }
}

/** The stage evaluation points of the step just taken, in real time, for `StepEvent.stages` (views, not copies). */
export function stageList(w: RkWork, sign: number, y0: Float64Array): NonNullable<StepEvent['stages']> {
  const out: NonNullable<StepEvent['stages']> = [{ t: sign * stageTime(w, 0), y: y0 }];
  for (let i = 1; i < w.tab.stages; i++) out.push({ t: sign * stageTime(w, i), y: w.yStage[i] });
  return out;
}
