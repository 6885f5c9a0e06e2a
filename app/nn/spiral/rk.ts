/**
 * The spiral trainer's Runge–Kutta loop: torchdiffeq 0.2.5's step control (reference/TORCHDIFFEQ_NOTES.md
 * §2–3), specialised in one way the general `app/solver` odeint does not offer: with `record`, it keeps a
 * tape of every accepted step (stage inputs and outputs, and which output times it interpolated), so that
 * `backprop.ts` can run reverse mode through the solve; and it takes the error norm as a parameter, because
 * torchdiffeq's adjoint measures its augmented state with a mixed norm (max over tensors of each tensor's RMS).
 *
 * Adaptive methods: f0 = f(t0, y0) once, torchdiffeq's `_select_initial_step` (1 more evaluation), then steps
 * that never shorten to hit output times (`_advance`: step while t_out > t1, then evaluate the quartic dense
 * output of the last accepted step). Accept iff ratio ≤ 1; the next step size and the initial step are the
 * controller's own (`optimalStepSize`, `initialStepGuess`, `initialStepFromProbe` in app/solver/controller.ts,
 * with its constants safety 0.9, ifactor 10, dfactor 0.2), not copies. Fixed-grid methods (no step size): the grid is `t` itself, one step per interval.
 * Time runs forwards only; the adjoint negates time itself (torchdiffeq's `_ReverseFunc`).
 */
import { OdeError } from '../../solver/types';
import { initialStepFromProbe, initialStepGuess, optimalStepSize } from '../../solver/controller';
import { TABLEAUX } from '../../solver/tableaux';
import { float64Ops, rkStepWith } from '../core/rkGeneric';
import type { Tableau } from './tableaus';

/** Writes dy/dt at (t, y) into `out`. */
export type VecField = (t: number, y: Float64Array, out: Float64Array) => void;
export type Norm = (v: Float64Array) => number;

export const rmsNorm: Norm = (v) => {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s / v.length);
};

/** torchdiffeq's `_mixed_norm`: the largest RMS over the given [start, end) groups of the flat state. */
export function mixedNorm(groups: readonly [number, number][]): Norm {
  return (v) => {
    let m = 0;
    for (const [a, b] of groups) {
      let s = 0;
      for (let i = a; i < b; i++) s += v[i] * v[i];
      m = Math.max(m, Math.sqrt(s / (b - a)));
    }
    return m;
  };
}

export interface RkOptions {
  tableau: Tableau;
  rtol: number;
  atol: number;
  norm?: Norm;
  /** Keep the tape of accepted steps for reverse mode. */
  record?: boolean;
  /** Most step attempts (torchdiffeq's max_num_steps is 2^31−1; we stop a runaway field sooner). */
  maxSteps?: number;
}

/** One accepted step. `stageY[i]` is the input of stage i (stageY[0] = y0), `k[i]` its output. */
export interface StepRecord {
  t0: number;
  dt: number;
  stageY: Float64Array[];
  k: Float64Array[];
  /** Output times interpolated in this step: their index in `t` and x = (t − t0)/dt. */
  outputs: { index: number; x: number }[];
}

export interface RkSolution {
  ys: Float64Array[];
  nfe: number;
  accepted: number;
  rejected: number;
  steps: StepRecord[];
}

/** Weights of the quartic dense output (torchdiffeq interp.py) on y0, y1, y_mid, dt·f0, dt·f1 at x ∈ [0, 1]. */
export function interpWeights(x: number): [number, number, number, number, number] {
  const x2 = x * x, x3 = x2 * x, x4 = x3 * x;
  return [1 - 11 * x2 + 18 * x3 - 8 * x4, -5 * x2 + 14 * x3 - 8 * x4, 16 * x2 - 32 * x3 + 16 * x4, x - 4 * x2 + 5 * x3 - 2 * x4, x2 - 3 * x3 + 2 * x4];
}

function checkFinite(y: Float64Array, t: number, steps: number): void {
  for (let e = 0; e < y.length; e++) {
    if (!Number.isFinite(y[e])) throw new OdeError('non-finite', `the state became ${y[e]} near t = ${t.toPrecision(4)}`, t, steps);
  }
}

/** torchdiffeq `_select_initial_step` (misc.py:36-77), with its order argument = tableau order − 1. */
function initialStep(f: VecField, t0: number, y0: Float64Array, f0: Float64Array, order: number, rtol: number, atol: number, norm: Norm): number {
  const n = y0.length;
  const s = new Float64Array(n), tmp = new Float64Array(n);
  for (let e = 0; e < n; e++) s[e] = atol + Math.abs(y0[e]) * rtol;
  for (let e = 0; e < n; e++) tmp[e] = y0[e] / s[e];
  const d0 = norm(tmp);
  for (let e = 0; e < n; e++) tmp[e] = f0[e] / s[e];
  const d1 = norm(tmp);
  const h0 = initialStepGuess(d0, d1);
  const y1 = new Float64Array(n), f1 = new Float64Array(n);
  for (let e = 0; e < n; e++) y1[e] = y0[e] + h0 * f0[e];
  f(t0 + h0, y1, f1);
  for (let e = 0; e < n; e++) tmp[e] = (f1[e] - f0[e]) / s[e];
  const d2 = norm(tmp) / h0;
  return initialStepFromProbe(h0, d1, d2, order);
}

/** Solves dy/dt = f from t[0] with y(t[0]) = y0 and returns y at every t (increasing). */
export function rkSolve(f: VecField, y0: ArrayLike<number>, t: ArrayLike<number>, opts: RkOptions): RkSolution {
  const tab = opts.tableau;
  const n = y0.length;
  const S = tab.alpha.length + 1;
  const maxSteps = opts.maxSteps ?? 10000;
  const norm = opts.norm ?? rmsNorm;
  const ys: Float64Array[] = [Float64Array.from(y0)];
  const steps: StepRecord[] = [];
  let nfe = 0, accepted = 0, rejected = 0;
  let y: Float64Array = Float64Array.from(y0);

  const solverTab = TABLEAUX[tab.method];
  const field = (ti: number, yi: Float64Array) => {
    const ki = new Float64Array(n);
    f(ti, yi, ki);
    nfe++;
    return ki;
  };
  /** One step through the generic stepper (app/nn/core/rkGeneric.ts), keeping every stage for the tape. */
  const attempt = (t0: number, dt: number, k0: Float64Array | null) => {
    const { stageY, k, y1 } = rkStepWith(float64Ops, field, solverTab, t0, dt, t0 + dt, y, k0 ?? field(t0, y));
    return { stageY, k, y1 };
  };

  if (!tab.adaptive) {
    for (let j = 1; j < t.length; j++) {
      const t0 = t[j - 1], dt = t[j] - t0;
      const { stageY, k, y1 } = attempt(t0, dt, null);
      checkFinite(y1, t[j], j);
      accepted++;
      if (opts.record) steps.push({ t0, dt, stageY, k, outputs: [{ index: j, x: 1 }] });
      y = y1;
      ys.push(Float64Array.from(y1));
    }
    return { ys, nfe, accepted, rejected, steps };
  }

  const { rtol, atol } = opts;
  const errW = tab.cError as number[];
  const midW = tab.cMid as number[];
  let fcur: Float64Array = new Float64Array(n);
  f(t[0], y, fcur);
  nfe++;
  let dt = initialStep(f, t[0], y, fcur, tab.order - 1, rtol, atol, norm);
  nfe++;
  let tNow = t[0];
  // Dense output of the last accepted step.
  let last: { t0: number; dt: number; y0: Float64Array; y1: Float64Array; ymid: Float64Array; f0: Float64Array; f1: Float64Array; rec: StepRecord | null } | null = null;
  const err = new Float64Array(n), ratioV = new Float64Array(n);
  let attempts = 0;
  for (let j = 1; j < t.length; j++) {
    while (t[j] > tNow) {
      if (attempts >= maxSteps) throw new OdeError('max-steps', `more than ${maxSteps} step attempts before t = ${t[j].toPrecision(4)}`, tNow, attempts);
      if (!(dt > Math.abs(tNow) * 1e-15 + 1e-300)) throw new OdeError('step-underflow', `the step size fell to ${dt} at t = ${tNow.toPrecision(4)}`, tNow, attempts);
      attempts++;
      const { stageY, k, y1 } = attempt(tNow, dt, fcur);
      checkFinite(y1, tNow + dt, attempts);
      for (let e = 0; e < n; e++) err[e] = 0;
      for (let i = 0; i < S; i++) {
        const c = errW[i] * dt;
        if (c === 0) continue;
        for (let e = 0; e < n; e++) err[e] += k[i][e] * c;
      }
      for (let e = 0; e < n; e++) ratioV[e] = err[e] / (atol + rtol * Math.max(Math.abs(y[e]), Math.abs(y1[e])));
      const ratio = norm(ratioV);
      const accept = ratio <= 1;
      if (accept) {
        accepted++;
        const ymid = float64Ops.combine(y, k, midW, dt);
        const rec = opts.record ? { t0: tNow, dt, stageY, k, outputs: [] } : null;
        if (rec) steps.push(rec);
        last = { t0: tNow, dt, y0: y, y1, ymid, f0: k[0], f1: k[S - 1], rec };
        y = y1;
        fcur = k[S - 1];
        tNow = tNow + dt;
      } else rejected++;
      dt = optimalStepSize(dt, ratio, tab.order);
    }
    const L = last as NonNullable<typeof last>;
    const x = (t[j] - L.t0) / (tNow - L.t0);
    const [w0, w1, wm, wf0, wf1] = interpWeights(x);
    const out = new Float64Array(n);
    for (let e = 0; e < n; e++) out[e] = w0 * L.y0[e] + w1 * L.y1[e] + wm * L.ymid[e] + L.dt * (wf0 * L.f0[e] + wf1 * L.f1[e]);
    ys.push(out);
    if (L.rec) L.rec.outputs.push({ index: j, x });
  }
  return { ys, nfe, accepted, rejected, steps };
}
