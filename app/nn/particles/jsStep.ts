/**
 * One fixed step of a planar field for many particles at once, in plain JavaScript: the particle view's
 * fallback where WebGL2 is missing. Each particle goes through the solver's one generic stepper
 * (`fixedStepInPlace`, app/solver/rk.ts) with the chosen tableau, so it takes exactly `odeint`'s step.
 */
// From the solver's own files, not its index: the index also exports odeint, and through it the particle
// view would carry a second copy of odeint onto chapter 1's main thread (the playground solves in a worker).
import { fixedStepInPlace, makeRkWork, type RkWork } from '../../solver/rk.ts';
import { TABLEAUX } from '../../solver/tableaux.ts';
import type { FixedMethod } from '../../solver/types.ts';

export type PlanarField = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** Work area for `stepAll`, allocated once by its owner for one method. */
export interface ParticleScratch {
  work: RkWork;
  y: Float64Array;
}

export function makeScratch(method: FixedMethod): ParticleScratch {
  return { work: makeRkWork(TABLEAUX[method], 2, false), y: new Float64Array(2) };
}

/** Steps the (x, y) pairs at stride `stride` in `pos` in place by one step of size h from time t. */
export function stepAll(f: PlanarField, pos: Float32Array | Float64Array, stride: number, n: number, t: number, h: number, method: FixedMethod, scratch?: ParticleScratch): void {
  const s = scratch && scratch.work.tab.method === method ? scratch : makeScratch(method);
  const { work, y } = s;
  for (let i = 0; i < n; i++) {
    const o = i * stride;
    y[0] = pos[o];
    y[1] = pos[o + 1];
    fixedStepInPlace(f, work, t, h, y);
    pos[o] = y[0];
    pos[o + 1] = y[1];
  }
}
