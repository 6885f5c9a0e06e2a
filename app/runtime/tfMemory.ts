/**
 * Peak tensor memory of a computation, for chapter 4's memory meter and the memory benchmark.
 *
 * `measurePeakBytes` samples `tf.memory().numBytes` wherever the computation calls `sample()` — put it in the
 * vector field, which runs between kernels at every evaluation, forward and (for the adjoint) backward — plus
 * once before and once after, and keeps the maximum. It works for solves of any length. `tf.profile` tracks
 * every allocation exactly but fails with "Maximum call stack size exceeded" past ~150,000 kernels (STACK.md:
 * gradients through 1,000 RK4 steps of a small MLP), so `profilePeakBytes` is only for short runs, to
 * cross-check the sampled figure. The sampled peak can only be lower than the true one (it misses
 * temporaries that live and die between two samples): the benchmark prints both side by side.
 *
 * DOM-free and tfjs-free at run time: pass the tf namespace in (only its types are imported here).
 */
import type * as TF from '@tensorflow/tfjs-core';

export interface PeakBytes<T> {
  result: T;
  /** Highest `numBytes` seen, minus the bytes allocated before the call. */
  peakBytes: number;
  /** `numBytes` before the call. */
  baselineBytes: number;
  /** How many samples were taken (calls of `sample` plus the two around the call). */
  samples: number;
}

/** Runs `fn(sample)` and reports the peak of `tf.memory().numBytes` over the samples, above the baseline. */
export function measurePeakBytes<T>(tf: Pick<typeof TF, 'memory'>, fn: (sample: () => void) => T): PeakBytes<T> {
  const baselineBytes = tf.memory().numBytes;
  let peak = baselineBytes;
  let samples = 1;
  const sample = () => {
    samples++;
    const b = tf.memory().numBytes;
    if (b > peak) peak = b;
  };
  const result = fn(sample);
  sample();
  return { result, peakBytes: peak - baselineBytes, baselineBytes, samples };
}

/**
 * The exact peak from `tf.profile` (every kernel's allocation), above the bytes allocated before the call.
 * Short runs only (see above). `fn` must return the tensors it creates; they are disposed here.
 */
export async function profilePeakBytes(tf: Pick<typeof TF, 'memory' | 'profile' | 'dispose'>, fn: () => TF.TensorContainer): Promise<{ peakBytes: number; kernels: number }> {
  const baseline = tf.memory().numBytes;
  const info = await tf.profile(fn);
  tf.dispose(info.result as TF.TensorContainer);
  return { peakBytes: info.peakBytes - baseline, kernels: info.kernels.length };
}
