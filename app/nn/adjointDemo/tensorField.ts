/**
 * The tfjs twin of field.ts: a 2→H→2 tanh network on a batch of states y of shape [B, 2],
 *
 *   f(y) = tanh(y W1ᵀ + b1) W2ᵀ + b2,   W1: [H, 2], b1: [H], W2: [2, H], b2: [2],
 *
 * with the same parameter order and row-major layout as `tanhMlpField`, so a flat float64 θ maps onto the
 * tensors one to one and tfjs gradients flatten back into the same order.
 */
import type { Rng } from '../../math/rng';
import { tf, type Tensor } from '../core/tf';

export function mlpApply(y: Tensor, params: Tensor[]): Tensor {
  const [W1, b1, W2, b2] = params;
  return tf.tidy(() => tf.add(tf.matMul(tf.tanh(tf.add(tf.matMul(y, W1, false, true), b1)), W2, false, true), b2));
}

/** Splits a flat θ (layout of field.ts) into [W1, b1, W2, b2] tensors. The caller owns (disposes) them. */
export function paramsFromFlat(theta: ArrayLike<number>, hidden: number): Tensor[] {
  const H = hidden;
  const a = Array.from(theta);
  return [
    tf.tensor2d(a.slice(0, 2 * H), [H, 2]),
    tf.tensor1d(a.slice(2 * H, 3 * H)),
    tf.tensor2d(a.slice(3 * H, 5 * H), [2, H]),
    tf.tensor1d(a.slice(5 * H, 5 * H + 2)),
  ];
}

/** A flat θ for a 2→H→2 network: weights N(0, scale²) from the seeded rng (torchdiffeq's ode_demo uses 0.1), biases 0. */
export function seededTheta(rng: Rng, hidden: number, scale = 0.1): Float64Array {
  const H = hidden;
  const theta = new Float64Array(5 * H + 2);
  for (let i = 0; i < 2 * H; i++) theta[i] = scale * rng.normal();
  for (let i = 3 * H; i < 5 * H; i++) theta[i] = scale * rng.normal();
  return theta;
}
