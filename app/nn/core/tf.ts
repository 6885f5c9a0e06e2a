/**
 * The one door through which `app/nn` reaches tfjs. It imports tfjs-core and registers the gradient of every
 * kernel and the chained tensor methods (tfjs-core alone registers neither: the `@tensorflow/tfjs` umbrella
 * normally does it), so `tf.grad`,
 * `tf.variableGrads` and optimisers work in the site's lean tfjs-core + backends set-up.
 *
 * Load `app/nn` only from lazily loaded code, after `ensureTfBackend()` (app/runtime/tfBackend.ts) has picked
 * a backend: importing it pulls tfjs into the chunk that imports it.
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
// Two gradients (Prod, GatherV2) call chained methods such as `x.reshape(...)`, which tfjs-core alone leaves
// unregistered ("permutedX.reshape is not a function").
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';

export { tf };
export type { Tensor, Variable } from '@tensorflow/tfjs-core';

/**
 * Runs `fn`, which computes gradients of its own (a vector–Jacobian product), from inside the backward pass
 * of an outer `tf.grads`/`tf.variableGrads`, and leaves the outer gradient tape as it found it.
 *
 * Why: tfjs's `engine.gradients` treats a call made while no tape is recording (the outer backward pass runs
 * with the gradient depth back at 0) as the outermost one: it replaces `engine.state.activeTape` by a fresh
 * tape and sets it to `null` when done. The outer call then fails at its own clean-up ("Cannot read
 * properties of null (reading 'forEach')") and never frees the tensors its tape saved. Restoring the outer
 * tape after the inner call is all it takes (tfjs-core 4.22, engine.js `gradients`, `startTape`).
 */
export function withOuterTapeKept<T>(fn: () => T): T {
  const state = tf.engine().state;
  const outer = state.activeTape;
  try {
    return fn();
  } finally {
    state.activeTape = outer;
  }
}
