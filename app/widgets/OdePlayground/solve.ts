/**
 * Solves one trajectory of the playground with `odeint` and keeps everything the picture and the readout
 * need: every attempted step (accepted end points, rejected proposals, Dopri5's stage evaluations), the
 * step-size strip, a dense curve, and the solver's own counts. Pure: no React, no DOM, so a unit test can
 * check the readout against a direct `odeint` call.
 */
import { odeint } from '../../solver';
import { OdeError, isAdaptive, type Field, type Method, type OdeintOptions } from '../../solver/types';

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

/** Number of output times of the dense curve (adaptive methods draw it through Dopri5/Bosh3 interpolation). */
export const CURVE_POINTS = 161;
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
  /** Dense output at CURVE_POINTS times (empty when the solve failed). */
  curveT: number[];
  curveYs: number[][];
  /** The solver's own figures; null when the solve stopped with an error. */
  counts: { accepted: number; rejected: number; nfe: number } | null;
  /** State at t1 and its distance (max norm) from the closed form, where one is known. */
  end: number[] | null;
  exactEnd: number[] | null;
  error: number | null;
  /** Why the solve stopped early, in words, with where. */
  failure: string | null;
}

/** The options the playground passes to `odeint` for a setting (shared with the unit test). */
export function optionsFor(s: Setting): OdeintOptions {
  return isAdaptive(s.method)
    ? { method: s.method, rtol: s.tol, atol: s.tol, maxSteps: MAX_STEPS }
    : { method: s.method, stepSize: s.h, maxSteps: MAX_STEPS };
}

export function outputTimes(t0: number, t1: number, n = CURVE_POINTS): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? t1 : t0 + ((t1 - t0) * i) / (n - 1)));
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
  return tr;
}

export function describeFailure(err: OdeError): string {
  const at = err.t !== undefined ? ` at t = ${Number(err.t.toPrecision(3))}` : '';
  switch (err.code) {
    case 'non-finite':
      return `The solution blew up${at}: it reached infinity or NaN, so the solve stopped.`;
    case 'max-steps':
      return `The solver gave up${at} after ${err.steps ?? MAX_STEPS} step attempts: the equation needs tinier steps than this budget allows.`;
    case 'step-underflow':
      return `The step size shrank to nothing${at}: the solution is probably blowing up there.`;
    case 'bad-input':
      return `The solver refused this setting: ${err.message}`;
  }
}
