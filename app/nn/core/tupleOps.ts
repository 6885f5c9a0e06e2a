/**
 * Arithmetic on tuple states (lists of tensors), the only state type of the tensor solver: `odeintTensor`
 * solves a 1-tuple, the adjoint's backward pass solves [y, a, a_θ1, a_θ2, …] (torchdiffeq adjoint.py:35-153).
 * All functions create new tensors and must run inside a caller's tf.tidy.
 */
import { tf, type Tensor } from './tf.ts';
import { tensorTupleOps } from './rkGeneric.ts';

export type State = Tensor[];

const ops = tensorTupleOps({ mul: tf.mul, add: tf.add, addN: tf.addN, zerosLike: tf.zerosLike });

/** y0 + Σ_j ks[j]·(coeffs[j]·dt), member by member (`tensorTupleOps`, the one implementation). */
export const combine = ops.combine;

/** Σ_j ks[j]·(coeffs[j]·dt) member by member (the error estimate, rk_common.py:89). */
export const weightedSum = ops.weightedSum;

/** RMS over all elements, sqrt(mean(x²)): torchdiffeq's default norm (misc.py:22-23). */
export function rms(x: Tensor): Tensor {
  return tf.sqrt(tf.mean(tf.square(x)));
}

/**
 * Norm of a tuple: the maximum over the chosen members of each member's RMS (torchdiffeq `_mixed_norm`,
 * misc.py:30-33). For a 1-tuple it is the plain RMS over all elements (the batch shares one step sequence,
 * as in ode_demo). With `members` = all of [y, a, a_θ…] it is torchdiffeq's default adjoint norm
 * (adjoint.py:247-254: max of |vjp_t| = 0, rms(y), rms(a), and each parameter tensor's RMS); with
 * `members` = [0, 1] it is the seminorm.
 */
export function tupleNorm(x: State, members?: readonly number[]): Tensor {
  const idx = members ?? x.map((_, i) => i);
  if (idx.length === 1) return rms(x[idx[0]]);
  return tf.max(tf.stack(idx.map((i) => rms(x[i]))));
}

/** err / (atol + rtol·max(|y0|, |y1|)) member by member (misc.py:80-82). */
export function scaledError(err: State, y0: State, y1: State, rtol: number, atol: number): State {
  return err.map((e, m) => tf.div(e, tf.add(atol, tf.mul(rtol, tf.maximum(tf.abs(y0[m]), tf.abs(y1[m]))))));
}

/** x / (atol + |y|·rtol) member by member: the scale of the initial-step selection (misc.py:60-62). */
export function scaledBy(x: State, y: State, rtol: number, atol: number): State {
  return x.map((v, m) => tf.div(v, tf.add(atol, tf.mul(tf.abs(y[m]), rtol))));
}

/** Reads scalar tensors back as numbers with one synchronous read (one GPU sync instead of several). */
export function readScalars(xs: Tensor[]): number[] {
  if (xs.length === 1) return [xs[0].dataSync()[0]];
  const packed = tf.stack(xs);
  const v = Array.from(packed.dataSync());
  packed.dispose();
  return v;
}

/** Disposes every tensor of `xs` that is not in `keep` (compared by identity). */
export function disposeExcept(xs: readonly Tensor[], keep: ReadonlySet<Tensor>): void {
  for (const x of xs) if (!keep.has(x) && !x.isDisposed) x.dispose();
}
