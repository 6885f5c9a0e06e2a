/**
 * The one generic explicit Runge–Kutta stepper (STYLE.md; diffrax's `AbstractERK`): every method in
 * `tableaux.ts` is run by `rkStep`, on Float64Arrays, in place, allocating nothing per step.
 *
 * Arithmetic follows torchdiffeq's `_runge_kutta_step` (rk_common.py:43-90): the stage input is
 * y_i = y0 + Σ_j k_j·(beta_ij·dt) with `beta_ij·dt` formed first (line 79); stage i runs at t0 + alpha_i·dt,
 * except that `alpha_i == 1` stages run at the time the caller passes as `tLast` (adaptive solvers pass
 * nextDown(t1), lines 72-76; fixed-grid rk4 passes t1 itself, fixed_grid.py:24-29). For FSAL tableaus the
 * input of the last stage is y1 (lines 83-87); otherwise y1 = y0 + Σ_j k_j·(dt·cSol_j). The error estimate
 * is Σ_j k_j·(dt·cError_j) (line 89).
 */
import type { Tableau } from './tableaux.ts';
import type { Field } from './types.ts';

/** Buffers for one solve: allocated once, reused by every step. */
export interface RkWork {
  readonly n: number;
  readonly tab: Tableau;
  /** All stage derivatives, stage j at [j·n, (j+1)·n). Stage 0 must hold f(t0, y0) before `rkStep`. */
  readonly kFlat: Float64Array;
  /** Views of `kFlat`, one per stage, handed to the field to write into. */
  readonly k: Float64Array[];
  /** Input state of stage i (i ≥ 1). All share one scratch buffer unless stages are recorded; for FSAL the last is `y1`. */
  readonly yStage: Float64Array[];
  /** Proposed state at t1. */
  readonly y1: Float64Array;
  /** Error estimate of the last step (adaptive tableaus only; zero-length otherwise). */
  readonly err: Float64Array;
  /** Per-step scratch: beta_ij·dt for the current stage. */
  readonly coef: Float64Array;
  /** Scratch for the dense output's midpoint state. */
  readonly yMid: Float64Array;
  /**
   * The step to take, [t0, dt, tLast], set by the driver before each `rkStep`. Passed in a typed array rather than
   * as arguments so that V8 does not box three doubles per step into heap numbers when the stepper is not inlined.
   */
  readonly step: Float64Array;
}

/**
 * Allocates the buffers for an n-dimensional solve with tableau `tab`. With `recordStages` every stage gets
 * its own input buffer, so all stage states of a step can be shown (chapter 1 draws them); without it they
 * share one.
 */
export function makeRkWork(tab: Tableau, n: number, recordStages: boolean): RkWork {
  const s = tab.stages;
  const kFlat = new Float64Array(s * n);
  const k = Array.from({ length: s }, (_, j) => kFlat.subarray(j * n, (j + 1) * n));
  const y1 = new Float64Array(n);
  const shared = new Float64Array(n);
  const yStage = Array.from({ length: s }, (_, i) => {
    if (i === s - 1 && tab.fsal) return y1;
    return recordStages && i > 0 ? new Float64Array(n) : shared;
  });
  return { n, tab, kFlat, k, yStage, y1, err: new Float64Array(tab.cError ? n : 0), coef: new Float64Array(s), yMid: new Float64Array(n), step: new Float64Array(3) };
}

/**
 * One step from (t0, y0) of size dt, with t0, dt and tLast (the time of alpha = 1 stages) in `w.step` and
 * `w.k[0]` already holding f(t0, y0). Fills the other stages, `w.y1` and (for tableaus with an error estimate)
 * `w.err`. Returns the number of field evaluations made (stages − 1). The field is called in place: f(t, y_i, k_i).
 */
export function rkStep(f: Field, w: RkWork, y0: Float64Array): number {
  const { n, tab, kFlat, k, yStage, y1, err, coef } = w;
  const t0 = w.step[0];
  const dt = w.step[1];
  const tLast = w.step[2];
  const s = tab.stages;
  const { alpha, beta } = tab;
  for (let i = 1; i < s; i++) {
    const a = alpha[i - 1];
    const ti = a === 1 ? tLast : t0 + a * dt;
    const row = beta[i - 1];
    for (let j = 0; j < i; j++) coef[j] = row[j] * dt;
    const yi = yStage[i];
    for (let m = 0; m < n; m++) {
      let acc = 0;
      for (let j = 0, o = m; j < i; j++, o += n) acc += kFlat[o] * coef[j];
      yi[m] = y0[m] + acc;
    }
    f(ti, yi, k[i]);
  }
  if (!tab.fsal) combine(w, tab.cSol, dt, y0, y1);
  if (tab.cError) combine(w, tab.cError, dt, null, err);
  return s - 1;
}

/**
 * One fixed-grid step of y from t0 to t0 + dt, in place: k_0 = f(t0, y), the other stages through `rkStep`
 * (α = 1 stages at t0 + dt, as the fixed-grid driver passes t1), then y ← y1. For batched callers that step
 * many small states through one work area (the particle view's JS path, the CNF's float64 reference).
 * Returns the number of field evaluations (the tableau's stages).
 */
export function fixedStepInPlace(f: Field, w: RkWork, t0: number, dt: number, y: Float64Array): number {
  f(t0, y, w.k[0]);
  w.step[0] = t0;
  w.step[1] = dt;
  w.step[2] = t0 + dt;
  const nfe = 1 + rkStep(f, w, y);
  y.set(w.y1);
  return nfe;
}

/**
 * Time at which stage i of the step in `w.step` was evaluated, in solver time: the same expression the steppers
 * use (t0 + alpha·dt, or tLast where alpha = 1). Computed on demand, for `onStep` and error messages, so the
 * steppers store nothing per stage.
 */
export function stageTime(w: RkWork, i: number): number {
  const t0 = w.step[0];
  if (i === 0) return t0;
  const a = w.tab.alpha[i - 1];
  return a === 1 ? w.step[2] : t0 + a * w.step[1];
}

/** out = base + Σ_j k_j·(dt·weights_j), or just the sum when base is null. */
export function combine(w: RkWork, weights: number[], dt: number, base: Float64Array | null, out: Float64Array): void {
  const { n, kFlat, coef } = w;
  const s = weights.length;
  for (let j = 0; j < s; j++) coef[j] = dt * weights[j];
  for (let m = 0; m < n; m++) {
    let acc = 0;
    for (let j = 0, o = m; j < s; j++, o += n) acc += kFlat[o] * coef[j];
    out[m] = base ? base[m] + acc : acc;
  }
}

/** Index of the first stage whose derivative has a non-finite entry, or −1. Used only to explain a failure. */
export function firstNonFiniteStage(w: RkWork): number {
  const { n, kFlat, tab } = w;
  for (let j = 0; j < tab.stages; j++) {
    for (let m = 0; m < n; m++) if (!Number.isFinite(kFlat[j * n + m])) return j;
  }
  return -1;
}

export function allFinite(y: Float64Array): boolean {
  for (let m = 0; m < y.length; m++) if (!Number.isFinite(y[m])) return false;
  return true;
}
