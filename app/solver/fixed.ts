/**
 * The fixed-grid driver for euler, midpoint and rk4: torchdiffeq's `FixedGridODESolver.integrate`
 * (solvers.py:98-128) on Float64Arrays. Every grid step evaluates f(t0, y0) afresh (no FSAL), then the
 * remaining stages through the generic stepper; after each step every output time t[j] ≤ t1 not yet filled is
 * interpolated, linearly or (with `interp: 'cubic'`) by a cubic Hermite that needs one extra evaluation
 * f(t1, y1) per output point. NFE = steps × stages (+ outputs − 1 with cubic). Runs in solver time s; real
 * time is sign·s.
 */
import { hermiteEval, linearEval } from './dense.ts';
import { callField, stageList } from './field.ts';
import { allFinite, firstNonFiniteStage, makeRkWork, rkStep, stageTime } from './rk.ts';
import type { Tableau } from './tableaux.ts';
import { OdeError, type Field, type OdeSolution, type StepEvent } from './types.ts';

export interface FixedConfig {
  tab: Tableau;
  interp: 'linear' | 'cubic';
  onStep: ((e: StepEvent) => void) | undefined;
  sign: number;
}

export function integrateFixed(f: Field, y0: Float64Array, ts: Float64Array, grid: Float64Array, cfg: FixedConfig, ys: Float64Array[]): OdeSolution {
  const { tab, interp, onStep, sign } = cfg;
  const n = y0.length;
  const w = makeRkWork(tab, n, onStep !== undefined);
  const y = Float64Array.from(y0);
  const f1 = interp === 'cubic' ? new Float64Array(n) : null;
  let nfe = 0;
  let j = 1;
  const steps = grid.length - 1;
  for (let g = 0; g < steps; g++) {
    const t0 = grid[g];
    const t1 = grid[g + 1];
    const dt = t1 - t0;
    callField(f, t0, y, w.k[0], sign, g);
    w.step[0] = t0;
    w.step[1] = dt;
    w.step[2] = t1;
    nfe += 1 + rkStep(f, w, y);
    if (!allFinite(w.y1)) {
      const s = firstNonFiniteStage(w);
      const t = sign * (s >= 0 ? stageTime(w, s) : t0);
      const what = s >= 0 ? `the field returned a non-finite value (NaN or ±Infinity) at t=${t}` : `the state overflowed to a non-finite value near t=${t}`;
      throw new OdeError('non-finite', `odeint (${tab.method}): ${what}, in step ${g + 1} of ${steps}.`, t, g + 1);
    }
    if (onStep) onStep({ t0: sign * t0, t1: sign * t1, accepted: true, errorRatio: 0, y0: y, y1: w.y1, nfe, stages: stageList(w, sign, y) });
    while (j < ts.length && t1 >= ts[j]) {
      if (f1) {
        callField(f, t1, w.y1, f1, sign, g + 1);
        nfe++;
        hermiteEval(t0, t1, y, w.k[0], w.y1, f1, ts[j], ys[j]);
      } else {
        linearEval(t0, t1, y, w.y1, ts[j], ys[j]);
      }
      if (!allFinite(ys[j])) {
        const t = sign * ts[j];
        throw new OdeError('non-finite', `odeint (${tab.method}): the ${interp} interpolation between grid points overflowed to a non-finite value at t=${t}, in step ${g + 1} of ${steps} (the state is too close to float64's largest number, 1.8e308).`, t, g + 1);
      }
      j++;
    }
    y.set(w.y1);
  }
  return { ys, nfe, accepted: steps, rejected: 0 };
}
