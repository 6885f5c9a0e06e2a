/**
 * The tensor solver behind `odeintTensor` and `odeintAdjoint`: torchdiffeq 0.2.5's fixed-grid and adaptive
 * drivers (solvers.py:98-128, rk_common.py:161-369) on tuple states of tfjs tensors. The scalar pieces (the
 * tableaux, the step-size controller, the initial-step formulas, the fixed grid, nextafter) are app/solver's
 * own, so the float32 batched path makes the same decisions as the float64 one wherever float32 rounding lets
 * it (app/nn/README.md says where it does not).
 *
 * Time runs in s = t, or s = −t with g(s, y) = −f(−s, y) when t decreases (misc.py:269-293); `onStep` gets
 * real times. The error ratio is read back once per attempted step (a number is needed to accept or reject:
 * torchdiffeq does the same), and two more times for the initial step. Every step runs in its own tf.tidy
 * and the solver disposes a tensor as soon as no later step or output needs it, so memory stays flat when no
 * gradient tape is recording; under a tape, tfjs keeps what the backward pass needs (that is backprop's cost).
 */
import { initialStepFromProbe, initialStepGuess, optimalStepSize } from '../../solver/controller.ts';
import { fixedGrid, fixedGridPoints } from '../../solver/grid.ts';
import { nextDown, nextUp } from '../../solver/nextafter.ts';
import { TABLEAUX } from '../../solver/tableaux.ts';
import { BreakpointCursor, breakpointsInSolverTime } from '../../solver/breakpoints.ts';
import { OdeError, isAdaptive, type Method } from '../../solver/types.ts';
import { tf, type Tensor } from './tf.ts';
import { hermiteTensor, linearTensor, quarticEvalTensor, quarticFitTensor, rkStepTensor, type TupleField } from './rkTensor.ts';
import { readScalars, scaledBy, scaledError, tupleNorm, type State } from './tupleOps.ts';
import type { TensorStepEvent } from './types.ts';

export interface TupleSolveConfig {
  method: Method;
  rtol: number;
  atol: number;
  stepSize?: number;
  interp: 'linear' | 'cubic';
  firstStep?: number;
  stepT?: number[];
  jumpT?: number[];
  maxSteps: number;
  onStep?: (e: TensorStepEvent) => void;
  /** Members of the state that count in the error norm (default: all; the adjoint seminorm drops a_θ). */
  normMembers?: readonly number[];
  /** Name for error messages ("odeintTensor", "odeintAdjoint (backward)"). */
  label: string;
}

export interface TupleSolution {
  /** outputs[0] is y0 itself (the caller's tensors); outputs[i ≥ 1] are new tensors the caller owns. */
  outputs: State[];
  nfe: number;
  accepted: number;
  rejected: number;
}

/** Tracks the tensors the solver created, to dispose each as soon as nothing refers to it. */
class Owned {
  private live = new Set<Tensor>();
  constructor(private readonly keep: Set<Tensor>) {}
  /** Replace the live set by `now`; dispose what dropped out (unless it is kept: inputs and outputs). */
  update(now: Iterable<Tensor>): void {
    const next = new Set<Tensor>(now);
    for (const x of this.live) if (!next.has(x) && !this.keep.has(x) && !x.isDisposed) x.dispose();
    this.live = next;
  }
}

export function solveTuple(f: TupleField, y0: State, t: readonly number[], cfg: TupleSolveConfig): TupleSolution {
  const outputs: State[] = [y0];
  if (t.length === 1) return { outputs, nfe: 0, accepted: 0, rejected: 0 };
  const sign = t[1] < t[0] ? -1 : 1;
  const ts = t.map((v) => sign * v);
  let nfe = 0;
  const g: TupleField = (s, y) => {
    nfe++;
    const out = f(sign * s, y);
    return sign > 0 ? out : out.map((v) => tf.neg(v));
  };
  const counted = { nfe: () => nfe };
  const run = isAdaptive(cfg.method) ? adaptive : fixed;
  try {
    const r = run(g, y0, ts, sign, cfg, outputs, counted);
    return { outputs, nfe, accepted: r.accepted, rejected: r.rejected };
  } catch (e) {
    // A failed solve (OdeError, or an exception from the field) leaves no tensors behind.
    disposeOutputs(outputs);
    throw e;
  }
}

/** Disposes outputs[1..] (outputs[0] is the caller's y0), each tensor once even if outputs share one. */
export function disposeOutputs(outputs: State[]): void {
  const seen = new Set<Tensor>(outputs[0]);
  for (const o of outputs.slice(1)) {
    for (const x of o) {
      if (seen.has(x)) continue;
      seen.add(x);
      if (!x.isDisposed) x.dispose();
    }
  }
}

interface Counter {
  nfe: () => number;
}

function fixed(g: TupleField, y0: State, ts: number[], sign: number, cfg: TupleSolveConfig, outputs: State[], c: Counter) {
  const tab = TABLEAUX[cfg.method];
  const n = ts.length;
  const h = cfg.stepSize;
  const steps = h === undefined ? n - 1 : fixedGridPoints(ts[0], ts[n - 1], h) - 1;
  if (steps > cfg.maxSteps) {
    throw new OdeError(
      'max-steps',
      `${cfg.label} (${cfg.method}): stepSize=${h} needs ${steps} steps on [${sign * ts[0]}, ${sign * ts[n - 1]}], more than maxSteps=${cfg.maxSteps}. Use a larger stepSize or raise maxSteps.`,
      sign * ts[0],
      0,
    );
  }
  const grid = h === undefined ? ts : Array.from(fixedGrid(ts, h));
  const keep = new Set<Tensor>(y0);
  const owned = new Owned(keep);
  let y = y0;
  let j = 1;
  try {
    for (let i = 0; i < steps; i++) {
      const t0 = grid[i];
      const t1 = grid[i + 1];
      const dt = t1 - t0;
      const res = tf.tidy(() => {
        const f0 = g(t0, y);
        const st = rkStepTensor(g, tab, t0, dt, t1, y, f0);
        const outs: State[] = [];
        while (j < n && t1 >= ts[j]) {
          outs.push(cfg.interp === 'cubic' ? hermiteTensor(t0, t1, y, f0, st.y1, g(t1, st.y1), ts[j]) : linearTensor(t0, t1, y, st.y1, ts[j]));
          j++;
        }
        cfg.onStep?.({ t0: sign * t0, t1: sign * t1, accepted: true, errorRatio: 0, y0: y, y1: st.y1, nfe: c.nfe() });
        return { y1: st.y1, outs };
      });
      for (const o of res.outs) {
        outputs.push(o);
        o.forEach((x) => keep.add(x));
      }
      y = res.y1;
      owned.update(y);
    }
  } finally {
    owned.update([]);
  }
  return { accepted: steps, rejected: 0 };
}

interface Accepted {
  y0: State;
  y1: State;
  k: State[];
  dt: number;
  coef: State[] | null;
}

function adaptive(g: TupleField, y0: State, ts: number[], sign: number, cfg: TupleSolveConfig, outputs: State[], c: Counter) {
  const tab = TABLEAUX[cfg.method];
  const { rtol, atol, maxSteps } = cfg;
  const norm = (x: State) => tupleNorm(x, cfg.normMembers);
  const stepS = breakpointsInSolverTime(cfg.stepT, sign, ts[0]);
  const jumpS = breakpointsInSolverTime(cfg.jumpT, sign, ts[0]);
  const keep = new Set<Tensor>(y0);
  const owned = new Owned(keep);
  const s0 = ts[0];

  let f = tf.tidy(() => g(s0, y0));
  owned.update(f);
  try {
    let dt: number;
    if (cfg.firstStep !== undefined) dt = cfg.firstStep;
    else {
      // _select_initial_step (misc.py:36-77) with order − 1 (rk_common.py:215-218); the probe runs at t0 + h0.
      dt = tf.tidy(() => {
        const [d0, d1] = readScalars([norm(scaledBy(y0, y0, rtol, atol)), norm(scaledBy(f, y0, rtol, atol))]);
        const h0 = initialStepGuess(d0, d1);
        const fp = g(s0 + h0, y0.map((v, m) => tf.add(v, tf.mul(f[m], h0))));
        const d2 = readScalars([norm(scaledBy(fp.map((v, m) => tf.sub(v, f[m])), y0, rtol, atol))])[0] / h0;
        return initialStepFromProbe(h0, d1, d2, tab.order - 1);
      });
    }

    let y = y0;
    let tPrev = s0;
    let tCur = s0;
    let last: Accepted | null = null;
    let accepted = 0;
    let rejected = 0;
    const breaks = new BreakpointCursor(stepS, jumpS, s0);
    const liveSet = () => [...y, ...f, ...(last ? [...last.y0, ...last.y1, ...last.k.flat(), ...(last.coef?.flat() ?? [])] : [])];

    for (let j = 1; j < ts.length; j++) {
      const next = ts[j];
      while (next > tCur) {
        const attempts = accepted + rejected;
        if (attempts >= maxSteps) {
          throw new OdeError(
            'max-steps',
            `${cfg.label} (${tab.method}) stopped after maxSteps=${maxSteps} step attempts (${accepted} accepted, ${rejected} rejected) at t=${sign * tCur}, short of t=${sign * next}. Raise maxSteps or loosen rtol/atol.`,
            sign * tCur,
            attempts,
          );
        }
        if (!Number.isFinite(dt)) dt = 0; // rk_common.py:269-271: a non-finite dt becomes min_step = 0
        const t0 = tCur;
        if (!(t0 + dt > t0)) {
          throw new OdeError(
            'step-underflow',
            `${cfg.label} (${tab.method}): the step size underflowed at t=${sign * t0} after ${attempts} step attempts (dt=${dt} no longer advances t). In float32 this also happens when rtol/atol ask for more than float32 can resolve (about 1e-7 relative).`,
            sign * t0,
            attempts,
          );
        }
        const t1 = breaks.clip(t0, dt);
        if (breaks.onStep || breaks.onJump) dt = t1 - t0;
        const stepDt = dt;
        let ratio = NaN;
        const yCur = y;
        const fCur = f;
        const kept = tf.tidy((): { y1?: State; k?: State[] } => {
          const st = rkStepTensor(g, tab, t0, stepDt, nextDown(t1), yCur, fCur);
          ratio = readScalars([norm(scaledError(st.err as State, yCur, st.y1, rtol, atol))])[0];
          if (!Number.isFinite(ratio)) return {};
          const accept = ratio <= 1;
          cfg.onStep?.({ t0: sign * t0, t1: sign * t1, accepted: accept, errorRatio: ratio, y0: yCur, y1: st.y1, nfe: c.nfe() });
          return accept ? { y1: st.y1, k: st.k } : {};
        });
        if (!Number.isFinite(ratio)) {
          throw new OdeError(
            'non-finite',
            `${cfg.label} (${tab.method}): the field or the state became non-finite (NaN or ±Infinity) in the step from t=${sign * t0} to t=${sign * t1}, step attempt ${attempts + 1}.`,
            sign * t0,
            attempts + 1,
          );
        }
        if (kept.y1 && kept.k) {
          accepted++;
          last = { y0: yCur, y1: kept.y1, k: kept.k, dt: stepDt, coef: null };
          tPrev = t0;
          tCur = t1;
          y = kept.y1;
          f = kept.k[tab.stages - 1];
          const jumped = breaks.onJump;
          breaks.accept();
          if (jumped) {
            // FSAL does not hold across a discontinuity: evaluate f just past t1 (rk_common.py:343-352).
            const yNow = y;
            f = tf.tidy(() => g(nextUp(t1), yNow));
          }
          owned.update(liveSet());
        } else {
          rejected++;
        }
        dt = optimalStepSize(stepDt, ratio, tab.order);
      }
      // Output j from the quartic of the last accepted step (rk_common.py:243-250); fitted once, when first needed.
      const step = last as Accepted;
      step.coef ??= tf.tidy(() => quarticFitTensor(tab, step.y0, step.y1, step.k, step.dt));
      const coef = step.coef;
      const out = tf.tidy(() => quarticEvalTensor(coef, tPrev, tCur, next));
      out.forEach((x) => keep.add(x));
      outputs.push(out);
      owned.update(liveSet());
    }
    return { accepted, rejected };
  } finally {
    owned.update([]);
  }
}
