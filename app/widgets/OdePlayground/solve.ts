/**
 * Solves one trajectory of the playground with `odeint` and keeps everything the picture and the readout
 * need: every attempted step (accepted end points, rejected proposals, Dopri5's stage evaluations), the
 * step-size strip, a dense curve, and the solver's own counts. Pure: no React, no DOM, so a unit test can
 * check the readout against a direct `odeint` call.
 */
import { odeint } from '../../solver';
import { OdeError, isAdaptive, type Field, type Method, type OdeErrorCode, type OdeintOptions } from '../../solver/types';
import { findInstability, stabilityFactor, type Instability } from '../../solver/stability';
import { TABLEAUX } from '../../solver/tableaux';
import { outputTimes } from './outputTimes';

/**
 * Why a solve stopped: the solver's error code, the time reached and the step attempts made. `detail` is the
 * solver's own sentence for a refused setting (the only code whose cause varies).
 */
export type SolveFailure =
  | { code: Exclude<OdeErrorCode, 'max-steps' | 'bad-input'>; t?: number }
  | { code: 'max-steps'; t?: number; steps: number }
  | { code: 'bad-input'; t?: number; detail: string };

export interface Setting {
  field: Field;
  dim: 1 | 2;
  t0: number;
  t1: number;
  method: Method;
  /** Step size of the fixed-step methods. */
  h: number;
  /** rtol = atol for the adaptive methods. */
  tol: number;
  y0: readonly number[];
  /** y(t1) from a closed form, when one is known. */
  exact?: (t: number, y0: readonly number[], t0: number) => number[];
}

/** Attempt budget for one trajectory: an equation that needs more stops with a message, never a hang. */
export const MAX_STEPS = 4000;

export interface Trajectory {
  y0: readonly number[];
  /** Accepted step end points, starting with (t0, y0); `ys[c][i]` is component c. */
  stepT: number[];
  stepYs: number[][];
  /** Proposed end points of rejected steps. */
  rejT: number[];
  rejYs: number[][];
  /** Stage evaluation points of accepted and rejected steps (drawn faintly). */
  stageT: number[];
  stageYs: number[][];
  /** The step-size strip: start time, size and fate of every attempted step, in order. */
  strip: { t: number; h: number; accepted: boolean }[];
  /** Dense output at CURVE_POINTS times (outputTimes.ts; empty when the solve failed). */
  curveT: number[];
  curveYs: number[][];
  /** The solver's own figures; null when the solve stopped with an error. */
  counts: { accepted: number; rejected: number; nfe: number } | null;
  /** State at t1 and its distance (max norm) from the closed form, where one is known. */
  end: number[] | null;
  exactEnd: number[] | null;
  error: number | null;
  /** Why the solve stopped early, and where (put into words by readout.ts in the page's language). */
  failure: SolveFailure | null;
  /**
   * Set when a fixed-step solution left the plausible range (|y| beyond PLAUSIBLE_FACTOR·max(1, |y0|)) and the
   * local linearisation shows why: the largest |y| reached, the point and eigenvalue, |R(hλ)|, and the
   * largest stable step for that λ.
   */
  unstable: (Instability & { peak: number; hStable: number; method: Method }) | null;
}

/**
 * A fixed-step solution whose values pass this multiple of max(1, |y0|) is checked for numerical instability.
 * Only a trigger for the check: the verdict comes from the linearisation (solver/stability.ts), so an
 * equation that really grows this much (y′ = y) is not called unstable.
 */
export const PLAUSIBLE_FACTOR = 1e6;

/** The options the playground passes to `odeint` for a setting (shared with the unit test). */
export function optionsFor(s: Setting): OdeintOptions {
  return isAdaptive(s.method)
    ? { method: s.method, rtol: s.tol, atol: s.tol, maxSteps: MAX_STEPS }
    : { method: s.method, stepSize: s.h, maxSteps: MAX_STEPS };
}

export function solveTrajectory(s: Setting): Trajectory {
  const dim = s.dim;
  const comp = () => Array.from({ length: dim }, () => [] as number[]);
  const tr: Trajectory = {
    y0: s.y0,
    stepT: [s.t0],
    stepYs: comp(),
    rejT: [],
    rejYs: comp(),
    stageT: [],
    stageYs: comp(),
    strip: [],
    curveT: [],
    curveYs: comp(),
    counts: null,
    end: null,
    exactEnd: null,
    error: null,
    failure: null,
    unstable: null,
  };
  for (let c = 0; c < dim; c++) tr.stepYs[c].push(s.y0[c]);
  const opts = optionsFor(s);
  opts.onStep = (e) => {
    tr.strip.push({ t: e.t0, h: e.t1 - e.t0, accepted: e.accepted });
    if (e.accepted) {
      tr.stepT.push(e.t1);
      for (let c = 0; c < dim; c++) tr.stepYs[c].push(e.y1[c]);
    } else {
      tr.rejT.push(e.t1);
      for (let c = 0; c < dim; c++) tr.rejYs[c].push(e.y1[c]);
    }
    if (e.stages) {
      for (const st of e.stages) {
        tr.stageT.push(st.t);
        for (let c = 0; c < dim; c++) tr.stageYs[c].push(st.y[c]);
      }
    }
  };
  const ts = outputTimes(s.t0, s.t1);
  try {
    const sol = odeint(s.field, s.y0, ts, opts);
    tr.counts = { accepted: sol.accepted, rejected: sol.rejected, nfe: sol.nfe };
    tr.curveT = ts;
    for (let c = 0; c < dim; c++) tr.curveYs[c] = sol.ys.map((y) => y[c]);
    tr.end = Array.from(sol.ys[sol.ys.length - 1]);
    if (s.exact) {
      tr.exactEnd = s.exact(s.t1, s.y0, s.t0);
      tr.error = Math.max(...tr.end.map((v, c) => Math.abs(v - tr.exactEnd![c])));
    }
  } catch (err) {
    if (!(err instanceof OdeError)) throw err;
    tr.failure = describeFailure(err);
  }
  if (!isAdaptive(s.method)) tr.unstable = diagnose(s, tr);
  return tr;
}

/** The numerical-instability verdict of a fixed-step solution that left the plausible range (see `unstable`). */
function diagnose(s: Setting, tr: Trajectory): Trajectory['unstable'] {
  const limit = PLAUSIBLE_FACTOR * Math.max(1, ...s.y0.map(Math.abs));
  let peak = 0;
  for (const comp of tr.stepYs) for (const v of comp) peak = Math.max(peak, Number.isFinite(v) ? Math.abs(v) : Infinity);
  if (tr.failure === null && peak <= limit) return null;
  const points = tr.stepT.map((_, k) => tr.stepYs.map((comp) => comp[k]));
  const tab = TABLEAUX[s.method];
  const found = findInstability(s.field, tab, s.h, tr.stepT, points);
  if (!found) return null;
  // Largest stable step for this λ: bisection on |R(hλ)| ≤ 1 over (0, h) (R(0) = 1 at the left end).
  let lo = 0;
  let hi = s.h;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (stabilityFactor(tab, { re: mid * found.lambda.re, im: mid * found.lambda.im }) <= 1) lo = mid;
    else hi = mid;
  }
  return { ...found, peak, hStable: lo, method: s.method };
}

export function describeFailure(err: OdeError): SolveFailure {
  switch (err.code) {
    case 'max-steps':
      return { code: err.code, t: err.t, steps: err.steps ?? MAX_STEPS };
    case 'bad-input':
      return { code: err.code, t: err.t, detail: err.message };
    default:
      return { code: err.code, t: err.t };
  }
}
