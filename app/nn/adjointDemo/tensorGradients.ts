/**
 * The gradient check's tfjs columns, in float32 on whatever backend runs: backprop through `odeintTensor`
 * (tfjs autodiff records every stage) and `odeintAdjoint` (torchdiffeq's odeint_adjoint), for the spiral
 * network and loss of the backward-pass animation: z0 = (2, 0), L = ½‖z(T) − (0.5, 0.5)‖².
 * Each returns the flat gradient [dL/dz0, dL/dθ] read back with one asynchronous `data()`.
 */
import { odeintAdjoint, odeintTensor } from '../index';
import { tf, type Tensor } from '../core/tf';
import { BACKWARD_TARGET, BACKWARD_Z0 } from './backwardScene';
import { spiralTheta } from './field';
import { mlpApply, paramsFromFlat } from './tensorField';

/** float32 cannot meet tolerances much below its unit roundoff (6e-8): the tfjs solves use these. */
export const F32_FORWARD = { rtol: 1e-6, atol: 1e-8 };
/** The tightest backward rtol the float32 adjoint is asked for (tighter is clipped to this). */
export const F32_MIN_RTOL = 1e-6;

export interface TensorGradient {
  gradient: Float64Array;
  forwardNfe: number;
  /** Backward evaluations (adjoint only). */
  backwardNfe?: number;
  ms: number;
}

function lossOf(ys: Tensor): Tensor {
  return tf.tidy(() => {
    const zT = tf.slice(ys, [ys.shape[0] - 1], [1]);
    return tf.mul(0.5, tf.sum(tf.square(tf.sub(zT, tf.tensor2d([Array.from(BACKWARD_TARGET)])))));
  });
}

async function readFlat(grads: Tensor[]): Promise<Float64Array> {
  const flat = tf.tidy(() => tf.concat(grads.map((g) => tf.reshape(g, [-1]))));
  grads.forEach((g) => g.dispose());
  const data = await flat.data();
  flat.dispose();
  return Float64Array.from(data);
}

/** Backprop through the solver: tf.grads over a function that calls odeintTensor. */
export async function backpropTensor(damping: number, T: number): Promise<TensorGradient> {
  const start = performance.now();
  let forwardNfe = 0;
  const inputs = [tf.tensor2d([Array.from(BACKWARD_Z0)]), ...paramsFromFlat(spiralTheta(damping), 2)];
  const grads = tf.tidy(() =>
    tf.grads((z0: Tensor, W1: Tensor, b1: Tensor, W2: Tensor, b2: Tensor) => {
      const sol = odeintTensor((_t, y) => mlpApply(y, [W1, b1, W2, b2]), z0, [0, T], F32_FORWARD);
      forwardNfe = sol.nfe;
      return lossOf(sol.ys);
    })(inputs),
  );
  inputs.forEach((t) => t.dispose());
  const gradient = await readFlat(grads);
  return { gradient, forwardNfe, ms: performance.now() - start };
}

/** The adjoint: tf.grads through odeintAdjoint, backward rtol 10^btolExp clipped to F32_MIN_RTOL. */
export async function adjointTensor(damping: number, T: number, btolExp: number): Promise<TensorGradient & { rtolUsed: number }> {
  const start = performance.now();
  const rtolUsed = Math.max(10 ** btolExp, F32_MIN_RTOL);
  let forwardNfe = 0;
  let backwardNfe = 0;
  const inputs = [tf.tensor2d([Array.from(BACKWARD_Z0)]), ...paramsFromFlat(spiralTheta(damping), 2)];
  const grads = tf.tidy(() =>
    tf.grads((z0: Tensor, W1: Tensor, b1: Tensor, W2: Tensor, b2: Tensor) => {
      const sol = odeintAdjoint((_t, y, params) => mlpApply(y, params), z0, [0, T], [W1, b1, W2, b2], {
        ...F32_FORWARD,
        adjointRtol: rtolUsed,
        adjointAtol: rtolUsed / 100,
        onBackward: (s) => (backwardNfe = s.nfe),
      });
      forwardNfe = sol.nfe;
      return lossOf(sol.ys);
    })(inputs),
  );
  inputs.forEach((t) => t.dispose());
  const gradient = await readFlat(grads);
  return { gradient, forwardNfe, backwardNfe, ms: performance.now() - start, rtolUsed };
}
