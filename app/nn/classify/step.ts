/**
 * One optimiser step with tfjs's own memory accounting, shared by chapter 2's trainers.
 *
 * Peak memory of a gradient step is measured with `tf.profile`: the largest `numBytes` the engine held after
 * any kernel of the step (forward, backward and the optimiser update), minus what it held before. That counts
 * tensor bytes only (weights, activations, gradients, optimiser moments created in the step), which is what the
 * paper's O(L) vs O(1) memory column is about. tf.profile records every kernel, so it is used on sampled
 * iterations only (STACK.md: it overflows the stack past ~150,000 kernels; a step here runs a few thousand).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';

export interface StepResult {
  /** The loss before the update, read back asynchronously. */
  loss: number;
  /** Wall time of the step, read-back included, in ms. */
  ms: number;
  /** Peak extra tensor bytes during the step, when it was profiled. */
  peakBytes?: number;
}

/** Runs `opt.minimize(loss)` once; profiles it for peak memory when `profile` is set. */
export async function optimiserStep(opt: tf.Optimizer, vars: tf.Variable[], loss: () => tf.Scalar, profile = false): Promise<StepResult> {
  const start = performance.now();
  let cost: tf.Scalar;
  let peakBytes: number | undefined;
  if (profile) {
    const before = tf.memory().numBytes;
    let out: tf.Scalar | null = null;
    const info = await tf.profile(() => {
      out = tf.tidy(() => opt.minimize(loss, true, vars) as tf.Scalar);
      return out;
    });
    cost = out as unknown as tf.Scalar;
    peakBytes = Math.max(0, info.peakBytes - before);
  } else {
    cost = tf.tidy(() => opt.minimize(loss, true, vars) as tf.Scalar);
  }
  const value = (await cost.data())[0];
  cost.dispose();
  return { loss: value, ms: performance.now() - start, peakBytes };
}

/** Copies rows `idx` of an n × dim matrix into a new Float32Array (a minibatch). */
export function gatherRows(src: Float32Array, dim: number, idx: ArrayLike<number>): Float32Array {
  const out = new Float32Array(idx.length * dim);
  for (let i = 0; i < idx.length; i++) out.set(src.subarray(idx[i] * dim, (idx[i] + 1) * dim), i * dim);
  return out;
}
