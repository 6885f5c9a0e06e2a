/**
 * Types of the batched tensor engine. Options and defaults are those of `odeint` (app/solver, DESIGN.md
 * "The solver contract"); only the step event differs: it carries tensors, not Float64Arrays, so a caller
 * that wants numbers reads them back itself (asynchronously, once per frame at most, in render code).
 */
import type { OdeintOptions } from '../../solver/types.ts';
import type { Tensor } from './tf.ts';

/** dy/dt at (t, y), any tensor shape; must return a tensor of y's shape. Runs inside the solver's tf.tidy. */
export type TensorField = (t: number, y: Tensor) => Tensor;

/** A field with explicit parameters, for the adjoint: it must compute with `params`, not with copies it closes over. */
export type ParamField = (t: number, y: Tensor, params: Tensor[]) => Tensor;

/** One attempted step. Tensors are valid only during the callback (they are disposed after it). */
export interface TensorStepEvent {
  /** Start and end time of the attempt, in the caller's (un-negated) time. */
  t0: number;
  t1: number;
  accepted: boolean;
  /** Error ratio (RMS of err / (atol + rtol·max(|y0|,|y1|)) over all elements); 0 for fixed-grid methods. */
  errorRatio: number;
  /** State at t0 and the proposed state at t1 (for a tuple state, the members in order). */
  y0: Tensor[];
  y1: Tensor[];
  /** Function evaluations so far, this step included. */
  nfe: number;
}

export interface TensorOdeintOptions extends Omit<OdeintOptions, 'onStep'> {
  onStep?: (e: TensorStepEvent) => void;
  /**
   * Skip the two read-backs that check y0 and the fixed-grid result for NaN/Infinity (default false). For hot
   * loops (a particle animation) that cannot afford a GPU sync; adaptive methods check every step anyway.
   */
  skipFiniteChecks?: boolean;
}

export interface TensorOdeSolution {
  /** Shape [t.length, ...y0.shape]; ys[0] equals y0. Owned by the caller: dispose it. */
  ys: Tensor;
  nfe: number;
  accepted: number;
  rejected: number;
}

/** What the backward pass of `odeintAdjoint` did: one entry per output interval, last interval first. */
export interface AdjointBackwardStats {
  /** Evaluations of the augmented dynamics; each is one call of f plus one vector–Jacobian product. */
  nfe: number;
  accepted: number;
  rejected: number;
  intervals: { t0: number; t1: number; nfe: number; accepted: number; rejected: number }[];
}

export interface AdjointOptions extends TensorOdeintOptions {
  /** Tolerances of the backward (adjoint) solve; default: rtol and atol (torchdiffeq adjoint.py:156-198). */
  adjointRtol?: number;
  adjointAtol?: number;
  /**
   * torchdiffeq's `adjoint_options={"norm": "seminorm"}` (adjoint.py:264-271; Kidger et al. 2021): leave the
   * parameter adjoints out of the backward error norm. Default false: max over groups of RMS.
   */
  adjointSeminorm?: boolean;
  /** Called once when the backward pass has run, with its statistics. */
  onBackward?: (stats: AdjointBackwardStats) => void;
  /** Every attempted step of the backward solves; y0/y1 are the augmented state [y, a, a_θ…]. */
  onBackwardStep?: (e: TensorStepEvent) => void;
}

export interface AdjointSolution extends TensorOdeSolution {
  /** Filled in when the backward pass runs (null until then); the same object `onBackward` receives. */
  backward: AdjointBackwardStats | null;
}
