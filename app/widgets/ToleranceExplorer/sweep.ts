/**
 * The measurements behind the tolerance explorer (the paper's Fig. 3a/b at small scale, [P] §3): for the
 * trained spiral field f(y) = net(y³), solve y0 = (2, 0) over ode_demo's 1,000 times on [0, 25] at each
 * tolerance (rtol = 10^k, atol = rtol/100), count evaluations, time the solve, and measure the numerical
 * error as the largest |y − y_ref| over the trajectory, against a dopri5 solve of the same field at
 * rtol 1e-12, atol 1e-14 (so the error is the solver's, not the model's). Runs on the project's `odeint`,
 * in a worker (sweep.worker.ts): one reference solve takes ~20,000 evaluations, too long for a frame.
 */
import { odeint } from '../../solver';
import { mlpField } from '../../nn/spiral/trainer';
import { timeGrid, TRUE_Y0 } from '../../nn/spiral/problem';
import type { ExplorerMethod } from '../../state/toleranceExplorer';

export const REF_RTOL = 1e-12;
export const REF_ATOL = 1e-14;
/** Most solve attempts for one tolerance (bosh3 at 1e-8 takes ~5,000 steps on this field). */
const MAX_STEPS = 60000;
/** Repeat one solve for timing until this much time has passed (ms) and at least MIN_RUNS times. */
const TIMING_BUDGET_MS = 40;
const MIN_RUNS = 3;

export interface Reference {
  t: Float64Array;
  y: Float64Array[];
  nfe: number;
}

export interface SweepPoint {
  logTol: number;
  nfe: number;
  accepted: number;
  rejected: number;
  /** max over the trajectory of |y − y_ref| (either coordinate). */
  error: number;
  /** Fastest of several runs of one solve (ms): the least disturbed by other work on the machine. */
  ms: number;
}

export function referenceSolve(params: Float64Array): Reference {
  const t = timeGrid();
  const sol = odeint(mlpField(params), TRUE_Y0, t, { method: 'dopri5', rtol: REF_RTOL, atol: REF_ATOL, maxSteps: MAX_STEPS });
  return { t, y: sol.ys.map((v) => Float64Array.from(v)), nfe: sol.nfe };
}

/** The tolerances swept: log10 rtol from −2 down to the method's floor in half decades. */
export function sweepTolerances(method: ExplorerMethod): number[] {
  const floor = method === 'dopri5' ? -10 : -8; // bosh3 at 1e-8 already takes ~18,000 evaluations on this field
  const out: number[] = [];
  for (let k = -2; k >= floor; k -= 0.5) out.push(k);
  return out;
}

export function measure(params: Float64Array, ref: Reference, method: ExplorerMethod, logTol: number): SweepPoint {
  const f = mlpField(params);
  const rtol = 10 ** logTol;
  const opts = { method, rtol, atol: rtol / 100, maxSteps: MAX_STEPS } as const;
  const start = performance.now();
  let sol = odeint(f, TRUE_Y0, ref.t, opts);
  let ms = performance.now() - start;
  for (let runs = 1; runs < 50 && (runs < MIN_RUNS || performance.now() - start < TIMING_BUDGET_MS); runs++) {
    const t0 = performance.now();
    sol = odeint(f, TRUE_Y0, ref.t, opts);
    ms = Math.min(ms, performance.now() - t0);
  }
  let error = 0;
  sol.ys.forEach((y, i) => {
    error = Math.max(error, Math.abs(y[0] - ref.y[i][0]), Math.abs(y[1] - ref.y[i][1]));
  });
  return { logTol, nfe: sol.nfe, accepted: sol.accepted, rejected: sol.rejected, error, ms };
}
