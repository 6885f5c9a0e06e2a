/**
 * The adaptive driver for bosh3 and dopri5: torchdiffeq's `RKAdaptiveStepsizeODESolver` (rk_common.py:161-369)
 * on Float64Arrays. It runs in solver time s (s = t, or s = −t for decreasing t; the caller wraps the field),
 * reports real times to `onStep` through `sign`, and allocates nothing per step unless `onStep` is given.
 *
 * What it does, in torchdiffeq's order:
 * 1. f0 = f(t0, y0); unless `firstStep` is given, probe one more evaluation to choose dt0 (misc.py:36-77).
 * 2. For each output time, step `while next_t > t1` (strict) and evaluate the last accepted step's quartic at
 *    next_t (rk_common.py:243-250). Steps are never shortened to hit an output or T: the last step usually
 *    overshoots T, so f is evaluated beyond T.
 * 3. A step: t1 = t0 + dt; if a stepT (or, with priority, a jumpT) point lies strictly inside (t0, t0 + dt) the
 *    step ends there; stages with alpha = 1 run at nextDown(t1); error ratio by RMS norm; accept iff ratio ≤ 1;
 *    on acceptance fit the quartic, advance the stepT/jumpT index, and after a jump re-evaluate f1 at
 *    nextUp(t1) (1 NFE); the next dt is `optimalStepSize` of the (possibly shortened) dt (rk_common.py:273-359).
 */
import { applyStepRule, errorRatioRms, initialStepFromProbe, initialStepGuess, scaledRmsNorm, stepRule } from './controller.ts';
import { quarticEval, quarticFit } from './dense.ts';
import { nextDown, nextUp } from './nextafter.ts';
import { BreakpointCursor } from './breakpoints.ts';
import { allFinite, firstNonFiniteStage, makeRkWork, rkStep, stageTime, type RkWork } from './rk.ts';
import type { Tableau } from './tableaux.ts';
import { OdeError, type Field, type OdeSolution, type StepEvent } from './types.ts';
import { callField, stageList } from './field.ts';
import { dopri5Fit, dopri5Step } from './dopri5Fast.ts';

export interface AdaptiveConfig {
  tab: Tableau;
  rtol: number;
  atol: number;
  firstStep: number | undefined;
  /** Sorted, in solver time. */
  stepS: number[];
  jumpS: number[];
  maxSteps: number;
  onStep: ((e: StepEvent) => void) | undefined;
  /** +1 or −1: real time = sign · solver time. */
  sign: number;
  /** 'fast' uses the unrolled dopri5 step where it applies; 'generic' always the tableau-driven `rkStep`. */
  kernel: 'fast' | 'generic';
}

export function integrateAdaptive(f: Field, y0: Float64Array, ts: Float64Array, cfg: AdaptiveConfig, ys: Float64Array[]): OdeSolution {
  const { tab, rtol, atol, stepS, jumpS, maxSteps, onStep, sign } = cfg;
  const fast = cfg.kernel === 'fast' && tab.method === 'dopri5';
  const step = fast ? dopri5Step : rkStep;
  const last = tab.stages - 1;
  const n = y0.length;
  const w: RkWork = makeRkWork(tab, n, onStep !== undefined);
  const mid = tab.cMid as number[];
  const y = Float64Array.from(y0);
  const f0 = w.k[0];
  const coef = new Float64Array(5 * n);
  const s0 = ts[0];
  const rule = stepRule(tab.order);

  callField(f, s0, y, f0, sign, 0);
  let nfe = 1;
  let dt: number;
  if (cfg.firstStep !== undefined) dt = cfg.firstStep;
  else {
    dt = selectInitialStep(f, w, s0, y, rtol, atol, tab.order - 1, sign);
    nfe++;
  }

  let tPrev = s0; // start of the last accepted step (its quartic lives on [tPrev, tCur])
  let tCur = s0; // current time
  let accepted = 0;
  let rejected = 0;
  const breaks = new BreakpointCursor(stepS, jumpS, s0);

  for (let i = 1; i < ts.length; i++) {
    const next = ts[i];
    while (next > tCur) {
      const attempts = accepted + rejected;
      if (attempts >= maxSteps) throw maxStepsError(tab.method, maxSteps, accepted, rejected, sign * tCur, sign * next, y, rtol, atol);
      // A non-finite dt is replaced by min_step = 0 (rk_common.py:269-271), which then fails the underflow test.
      if (!Number.isFinite(dt)) dt = 0;
      const t0 = tCur;
      if (!(t0 + dt > t0)) throw underflowError(tab.method, sign * t0, attempts, dt, y, rtol, atol);
      const t1 = breaks.clip(t0, dt);
      if (breaks.onStep || breaks.onJump) dt = t1 - t0;

      w.step[0] = t0;
      w.step[1] = dt;
      w.step[2] = nextDown(t1);
      nfe += step(f, w, y);
      // NaN or ∞ here means a stage or y1 is non-finite (errorRatioRms also checks y1).
      const ratio = errorRatioRms(w.err, y, w.y1, rtol, atol);
      if (!Number.isFinite(ratio)) throw nonFinite(w, tab.method, sign, attempts + 1, t0, y, rtol, atol);
      const accept = ratio <= 1;
      if (onStep) onStep(event(w, sign, t0, t1, accept, ratio, y, nfe));
      if (accept) {
        // The quartic is only ever evaluated for the step that ends the while loop (an output lies in it), and
        // the loop ends exactly when next ≤ t1; skipping the fit for other steps changes nothing else.
        if (next <= t1) {
          if (fast) dopri5Fit(w, dt, y, coef);
          else quarticFit(w, mid, dt, y, coef);
        }
        accepted++;
        tPrev = t0;
        tCur = t1;
        const y1 = w.y1;
        const f1 = w.k[last];
        for (let m = 0; m < n; m++) {
          y[m] = y1[m];
          f0[m] = f1[m];
        }
        const jumped = breaks.onJump;
        breaks.accept();
        if (jumped) {
          // FSAL does not hold across a discontinuity: evaluate f on the far side of t1 (rk_common.py:343-352).
          callField(f, nextUp(t1), y, f0, sign, accepted + rejected);
          nfe++;
        }
      } else {
        rejected++;
      }
      dt = applyStepRule(rule, dt, ratio);
    }
    quarticEval(coef, tPrev, tCur, next, ys[i]);
    // Finite steps can still give an overflowing quartic (its coefficients reach 32·|y|): never return it.
    if (!allFinite(ys[i])) throw denseNonFinite(tab.method, sign * next, accepted + rejected);
  }
  return { ys, nfe, accepted, rejected };
}

/**
 * torchdiffeq's `_select_initial_step` (misc.py:36-77), called with order − 1 (rk_common.py:215-218), with
 * f0 = f(t0, y0) already in w.k[0]. Makes one probe evaluation at the un-perturbed t0 + h0 (into w.k[1]) and
 * returns dt0.
 */
function selectInitialStep(f: Field, w: RkWork, s0: number, y: Float64Array, rtol: number, atol: number, order: number, sign: number): number {
  const n = y.length;
  const f0 = w.k[0];
  const d0 = scaledRmsNorm(y, y, rtol, atol);
  const d1 = scaledRmsNorm(f0, y, rtol, atol);
  const h0 = initialStepGuess(d0, d1);
  // y is finite, so only a tolerance scale far below |y| makes d0 (‖y/scale‖) overflow and h0 NaN or ∞.
  if (!Number.isFinite(h0)) throw toleranceError(w.tab.method, sign * s0, 0, y, rtol, atol);
  const yp = w.yStage[1];
  for (let m = 0; m < n; m++) yp[m] = y[m] + h0 * f0[m];
  const fp = w.k[1];
  callField(f, s0 + h0, yp, fp, sign, 0);
  let s = 0;
  for (let m = 0; m < n; m++) {
    const q = (fp[m] - f0[m]) / (atol + Math.abs(y[m]) * rtol);
    s += q * q;
  }
  const d2 = Math.sqrt(s / n) / h0;
  return initialStepFromProbe(h0, d1, d2, order);
}

// Errors are built out of line, keeping the step loop small enough for the JIT to inline its helpers.

function maxStepsError(method: string, maxSteps: number, accepted: number, rejected: number, t: number, target: number, y: Float64Array, rtol: number, atol: number): OdeError {
  const why = toleranceBelowPrecision(y, rtol, atol) ? ` rtol=${rtol} and atol=${atol} are below float64's precision (machine epsilon 2.2e-16 relative to |y| = ${maxAbs(y).toPrecision(3)}): use rtol of 1e-14 or more.` : ' Raise maxSteps or loosen rtol/atol.';
  return new OdeError(
    'max-steps',
    `odeint (${method}) stopped after maxSteps=${maxSteps} step attempts (${accepted} accepted, ${rejected} rejected) at t=${t}, short of t=${target}.${why}`,
    t,
    accepted + rejected,
  );
}

/** Machine epsilon of float64, 2^-52: the relative rounding one arithmetic step can make. */
const EPS = 2 ** -52;

const maxAbs = (y: Float64Array): number => y.reduce((m, v) => Math.max(m, Math.abs(v)), 0);

/**
 * Whether the tolerance asks for less error than float64 can represent at this state: every component's
 * allowance atol + rtol·|y| is below one rounding, EPS·|y| (with |y| the largest component). No step meets it.
 */
function toleranceBelowPrecision(y: Float64Array, rtol: number, atol: number): boolean {
  const big = maxAbs(y);
  return big > 0 && atol + rtol * big < EPS * big;
}

function toleranceError(method: string, t: number, attempts: number, y: Float64Array, rtol: number, atol: number): OdeError {
  return new OdeError(
    'bad-input',
    `odeint (${method}): rtol=${rtol} and atol=${atol} are below float64's precision (it keeps about 16 significant digits, machine epsilon 2.2e-16; |y| is ${maxAbs(y).toPrecision(3)} at t=${t}), so no step can meet them. Use rtol of 1e-14 or more.`,
    t,
    attempts,
  );
}

function underflowError(method: string, t: number, attempts: number, dt: number, y: Float64Array, rtol: number, atol: number): OdeError {
  if (toleranceBelowPrecision(y, rtol, atol)) return toleranceError(method, t, attempts, y, rtol, atol);
  return new OdeError(
    'step-underflow',
    `odeint (${method}): the step size underflowed at t=${t} after ${attempts} step attempts (dt=${dt} no longer advances t). The solution may blow up or the problem may be too stiff here.`,
    t,
    attempts,
  );
}

function denseNonFinite(method: string, t: number, attempts: number): OdeError {
  return new OdeError(
    'non-finite',
    `odeint (${method}): the dense-output interpolation overflowed to a non-finite value at t=${t}, after ${attempts} step attempts (the state is too close to float64's largest number, 1.8e308).`,
    t,
    attempts,
  );
}

function nonFinite(w: RkWork, method: string, sign: number, attempts: number, t0: number, y: Float64Array, rtol: number, atol: number): OdeError {
  // Every stage, y1 and the error estimate finite, yet a non-finite ratio: err / (atol + rtol·|y|) overflowed,
  // so the tolerance scale is the cause.
  if (firstNonFiniteStage(w) < 0 && allFinite(w.y1) && allFinite(w.err)) return toleranceError(method, sign * t0, attempts, y, rtol, atol);
  const j = firstNonFiniteStage(w);
  const t = sign * (j >= 0 ? stageTime(w, j) : t0);
  const what = j >= 0 ? `the field returned a non-finite value (NaN or ±Infinity) at t=${t}` : `the state overflowed to a non-finite value near t=${t}`;
  return new OdeError('non-finite', `odeint (${method}): ${what}, in step attempt ${attempts}.`, t, attempts);
}

function event(w: RkWork, sign: number, t0: number, t1: number, accepted: boolean, errorRatio: number, y0: Float64Array, nfe: number): StepEvent {
  return { t0: sign * t0, t1: sign * t1, accepted, errorRatio, y0, y1: w.y1, nfe, stages: stageList(w, sign, y0) };
}
