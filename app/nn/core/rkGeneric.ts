/**
 * The one generic Runge–Kutta stepper of the batched paths, generic over storage through a passed-in ops
 * object (STYLE.md convention 3): the tensor solver (`rkTensor.ts`, tuple states of tensors from app/nn's
 * tfjs) and the CNF and planar-flow integrators (tuples [z, A] with a tfjs handed in by their caller) all
 * step through it, with any tableau of app/solver/tableaux.ts. Arithmetic as torchdiffeq's
 * `_runge_kutta_step` (rk_common.py:43-90) and app/solver/rk.ts:
 *
 *   k_0 = f(t0, y0) (given),  y_i = y0 + Σ_{j<i} k_j·(β_ij·dt),  k_i = f(t0 + α_i·dt, y_i)
 *   y1 = y_last (FSAL tableaus) or y0 + Σ_j k_j·(c_j·dt),   err = Σ_j k_j·(ĉ_j·dt)
 *
 * Stages with α_i = 1 run at `tLast` (adaptive solvers pass nextDown(t1), rk_common.py:72-76; fixed grids
 * pass t1).
 */
import type { Tableau } from '../../solver/tableaux.ts';
import { TABLEAUX } from '../../solver/tableaux.ts';
import type { FixedMethod } from '../../solver/types.ts';
import type * as TF from '@tensorflow/tfjs-core';

/** The arithmetic the stepper needs on a state S. */
export interface StageOps<S> {
  /** y0 + Σ_j ks[j]·(coeffs[j]·dt). */
  combine(y0: S, ks: S[], coeffs: readonly number[], dt: number): S;
  /** Σ_j ks[j]·(coeffs[j]·dt). */
  weightedSum(ks: S[], coeffs: readonly number[], dt: number): S;
}

export interface RkStepResult<S> {
  y1: S;
  /** Stage derivatives k_0 … k_{s−1}; for FSAL tableaus the last one is f(t1⁻, y1). */
  k: S[];
  /** Error estimate (adaptive tableaus only). */
  err: S | null;
  /** Stage inputs y_0 = y0, y_1 … y_{s−1} (for FSAL tableaus the last is y1): the tape of reverse mode. */
  stageY: S[];
}

/** One step of `tab` from (t0, y0) with k_0 = f0 already evaluated: s − 1 further evaluations of f. */
export function rkStepWith<S>(ops: StageOps<S>, f: (t: number, y: S) => S, tab: Tableau, t0: number, dt: number, tLast: number, y0: S, f0: S): RkStepResult<S> {
  const k: S[] = [f0];
  const stageY: S[] = [y0];
  let yLast = y0;
  for (let i = 1; i < tab.stages; i++) {
    const alpha = tab.alpha[i - 1];
    const ti = alpha === 1 ? tLast : t0 + alpha * dt;
    yLast = ops.combine(y0, k, tab.beta[i - 1], dt);
    stageY.push(yLast);
    k.push(f(ti, yLast));
  }
  const y1 = tab.fsal ? yLast : ops.combine(y0, k, tab.cSol, dt);
  const err = tab.cError ? ops.weightedSum(k, tab.cError, dt) : null;
  return { y1, k, err, stageY };
}

/**
 * `StageOps` on Float64Arrays, allocating a new array per result (for taped solvers that keep every stage,
 * the spiral trainer's `rk.ts`; the allocation-free float64 stepper for `odeint` is app/solver/rk.ts).
 * y0 + Σ_j k_j·(w_j·dt), zero weights skipped, in the order torchdiffeq sums them.
 */
export const float64Ops: StageOps<Float64Array> = {
  combine: (y0, ks, coeffs, dt) => addWeighted(Float64Array.from(y0), ks, coeffs, dt),
  weightedSum: (ks, coeffs, dt) => addWeighted(new Float64Array(ks[0].length), ks, coeffs, dt),
};

/** Adds Σ_j k_j·(w_j·dt) into `out` term by term (zero weights skipped), in torchdiffeq's order; returns `out`. */
function addWeighted(out: Float64Array, ks: readonly Float64Array[], coeffs: readonly number[], dt: number): Float64Array {
  for (let j = 0; j < coeffs.length && j < ks.length; j++) {
    const c = coeffs[j] * dt;
    if (c === 0) continue;
    const kj = ks[j];
    for (let e = 0; e < out.length; e++) out[e] += kj[e] * c;
  }
  return out;
}

/** A tuple of tensors, the state type of every tensor path. */
export type TensorTuple = TF.Tensor[];

/**
 * `StageOps` on tuples of tensors for a given tfjs: member by member, zero coefficients skipped (rk_common.py:79
 * forms beta·dt first) and the terms summed by one AddN kernel (tfjs's per-kernel overhead dominates on small
 * batches). Creates tensors: call inside the caller's tf.tidy.
 */
/** The four tfjs ops the tuple arithmetic uses: pass these, not the whole tfjs namespace, so bundles keep only them. */
export type TupleArith = Pick<typeof TF, 'mul' | 'add' | 'addN' | 'zerosLike'>;

export function tensorTupleOps(tf: TupleArith): StageOps<TensorTuple> {
  return {
    combine(y0, ks, coeffs, dt) {
      return y0.map((y, m) => {
        const terms: TF.Tensor[] = [y];
        for (let j = 0; j < coeffs.length; j++) if (coeffs[j] !== 0) terms.push(tf.mul(ks[j][m], coeffs[j] * dt));
        return terms.length === 1 ? y : terms.length === 2 ? tf.add(terms[0], terms[1]) : tf.addN(terms);
      });
    },
    weightedSum(ks, coeffs, dt) {
      return ks[0].map((k0, m) => {
        const terms: TF.Tensor[] = [];
        for (let j = 0; j < coeffs.length; j++) if (coeffs[j] !== 0) terms.push(tf.mul(ks[j][m], coeffs[j] * dt));
        return terms.length === 0 ? tf.zerosLike(k0) : terms.length === 1 ? terms[0] : tf.addN(terms);
      });
    },
  };
}

/**
 * `steps` equal fixed-grid steps of `method` from t0 to t1 on a tuple state (the CNF's [z, A], the planar
 * flow's [z, log q]). NFE = stages·steps. Call inside `tf.tidy` (or under a gradient tape).
 */
export function integrateFixedTuple(tf: typeof TF, f: (t: number, y: TensorTuple) => TensorTuple, y0: TensorTuple, t0: number, t1: number, steps: number, method: FixedMethod = 'rk4'): TensorTuple {
  const ops = tensorTupleOps(tf);
  const tab = TABLEAUX[method];
  const h = (t1 - t0) / steps;
  let y = y0;
  for (let s = 0; s < steps; s++) {
    const t = t0 + s * h;
    y = rkStepWith(ops, f, tab, t, h, t + h, y, f(t, y)).y1;
  }
  return y;
}
