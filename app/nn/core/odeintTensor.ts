/**
 * `odeintTensor`: `odeint` for a batch of states held in one tfjs tensor (DESIGN.md, "The solver contract").
 * Same methods, options and defaults as app/solver's `odeint` (torchdiffeq 0.2.5's), in float32.
 *
 * - Batched over any shape: the state is the whole tensor, and the error norm is the RMS over ALL its
 *   elements, so the batch shares one step sequence (torchdiffeq's ode_demo solves its 20 samples this way).
 * - Differentiable by tfjs autodiff ("backprop through the solver"): call it inside `tf.grad`,
 *   `tf.variableGrads` or an optimiser's `minimize`, and every stage and interpolation is recorded. Step-size
 *   decisions are numbers read back from tensors, so, unlike torchdiffeq, no gradient flows through the
 *   initial-step selection: the result equals torchdiffeq's `backprop_detached_first_step` (differences in
 *   dL/dy0 of 5e-5 at rtol 1e-3 and 1e-11 at rtol 1e-9; TORCHDIFFEQ_NOTES.md §7).
 * - Memory: every step runs in its own tf.tidy; `tf.memory().numTensors` is the same before and after a
 *   call, apart from the returned `ys`.
 *
 * @example
 * const { ys, nfe } = odeintTensor((t, y) => tf.neg(y), tf.tensor2d([[1], [2]]), [0, 1], { method: 'rk4', stepSize: 0.1 });
 */
import { ODEINT_DEFAULTS } from '../../solver/odeint.ts';
import { OdeError, type Method } from '../../solver/types.ts';
import { validateOdeintInputs } from '../../solver/validate.ts';
import { disposeOutputs, solveTuple, type TupleSolveConfig } from './solveTuple.ts';
import { tf, type Tensor } from './tf.ts';
import type { TensorField, TensorOdeintOptions, TensorOdeSolution } from './types.ts';

export function odeintTensor(f: TensorField, y0: Tensor, t: ArrayLike<number>, options: TensorOdeintOptions = {}): TensorOdeSolution {
  if (typeof f !== 'function') throw new OdeError('bad-input', `f must be a function (t, y) => tensor, got ${typeof f}.`);
  const times = checkTensorInputs('odeintTensor', y0, t, options);
  const field = shapeCheckedField('odeintTensor', f, y0.shape);
  const sol = solveTuple((tt, y) => [field(tt, y[0])], [y0], times, solveConfig('odeintTensor', options));
  const ys = tf.tidy(() => tf.stack(sol.outputs.map((o) => o[0])));
  disposeOutputs(sol.outputs);
  if (!options.skipFiniteChecks) assertFiniteOutputs('odeintTensor', ys, times);
  return { ys, nfe: sol.nfe, accepted: sol.accepted, rejected: sol.rejected };
}

/** The options `solveTuple` needs, with `odeint`'s defaults filled in. */
export function solveConfig(label: string, o: TensorOdeintOptions): TupleSolveConfig {
  return {
    method: (o.method ?? ODEINT_DEFAULTS.method) as Method,
    rtol: o.rtol ?? ODEINT_DEFAULTS.rtol,
    atol: o.atol ?? ODEINT_DEFAULTS.atol,
    stepSize: o.stepSize,
    interp: o.interp ?? ODEINT_DEFAULTS.interp,
    firstStep: o.firstStep,
    stepT: o.stepT,
    jumpT: o.jumpT,
    maxSteps: o.maxSteps ?? ODEINT_DEFAULTS.maxSteps,
    onStep: o.onStep,
    label,
  };
}

/**
 * Checks the arguments with app/solver's `validateOdeintInputs` (same rules, same messages) plus what only a
 * tensor can get wrong: a non-float32 or empty y0, and NaN/Infinity in y0 (one scalar read-back, unless
 * `skipFiniteChecks`). Returns t as a plain array.
 */
export function checkTensorInputs(label: string, y0: Tensor, t: ArrayLike<number>, options: TensorOdeintOptions): number[] {
  if (!(y0 instanceof tf.Tensor)) throw new OdeError('bad-input', `${label}: y0 must be a tf.Tensor, got ${typeof y0}.`);
  if (y0.isDisposed) throw new OdeError('bad-input', `${label}: y0 has been disposed.`);
  if (y0.dtype !== 'float32') throw new OdeError('bad-input', `${label}: y0 must be float32, got ${y0.dtype}.`);
  if (y0.size === 0) throw new OdeError('bad-input', `${label}: y0 is empty (shape [${y0.shape.join(', ')}]).`);
  if (typeof options.onStep !== 'undefined' && typeof options.onStep !== 'function') {
    throw new OdeError('bad-input', `onStep must be a function, got ${typeof options.onStep}.`);
  }
  // The scalar checks are app/solver's; y0's values are checked below on the tensor itself.
  validateOdeintInputs([0], t, { ...options, onStep: undefined }, (options.method ?? ODEINT_DEFAULTS.method) as Method);
  if (!options.skipFiniteChecks) {
    const bad = tf.tidy(() => tf.logicalNot(tf.all(tf.isFinite(y0))).dataSync()[0]);
    if (bad) throw new OdeError('bad-input', `${label}: y0 contains NaN or Infinity.`);
  }
  return Array.from(t);
}

/** Wraps f so that a result of the wrong shape or type is reported as bad input naming the shapes. */
export function shapeCheckedField(label: string, f: TensorField, shape: number[]): TensorField {
  return (t, y) => {
    const out = f(t, y);
    if (!(out instanceof tf.Tensor)) throw new OdeError('bad-input', `${label}: the field must return a tf.Tensor, got ${typeof out}.`, t);
    if (out.shape.length !== shape.length || out.shape.some((d, i) => d !== shape[i])) {
      throw new OdeError('bad-input', `${label}: the field returned shape [${out.shape.join(', ')}] at t=${t}; the state has shape [${shape.join(', ')}].`, t);
    }
    return out;
  };
}

/** Throws `non-finite` naming the first output time whose state has NaN or Infinity (one read-back). */
export function assertFiniteOutputs(label: string, ys: Tensor, t: readonly number[]): void {
  const flags = tf.tidy(() => {
    const flat = tf.reshape(ys, [ys.shape[0], -1]);
    return tf.all(tf.isFinite(flat), 1).dataSync();
  });
  const j = flags.findIndex((v) => !v);
  if (j >= 0) {
    ys.dispose();
    throw new OdeError('non-finite', `${label}: the solution became non-finite (NaN or ±Infinity) by t=${t[j]} (output ${j}).`, t[j]);
  }
}
