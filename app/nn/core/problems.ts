/**
 * Test problems in both precisions, the float64 field for app/solver's `odeint` and the tensor field for
 * `odeintTensor`, so the two paths can be compared on the same maths. Used by tests and benchmarks.
 *
 * - spiral: torchdiffeq's examples/ode_demo.py, dy/dt = (y³)·A with A = [[−0.1, 2], [−2, −0.1]] and y a row
 *   vector (reference/torchdiffeq_public.json, problem "spiral"); a batch is rows of a [B, 2] tensor.
 * - expDecay: dy/dt = −y, closed form y0·e^(−t) (problem "exp_decay").
 */
import type { Field } from '../../solver/types.ts';
import { tf, type Tensor } from './tf.ts';

export const SPIRAL_A = [
  [-0.1, 2.0],
  [-2.0, -0.1],
] as const;

/** Float64 spiral on a flat state of 2·B numbers (B independent rows). */
export const spiral64: Field = (_t, y, dydt) => {
  for (let i = 0; i < y.length; i += 2) {
    const a = y[i] ** 3;
    const b = y[i + 1] ** 3;
    dydt[i] = a * SPIRAL_A[0][0] + b * SPIRAL_A[1][0];
    dydt[i + 1] = a * SPIRAL_A[0][1] + b * SPIRAL_A[1][1];
  }
};

/** Tensor spiral: y of shape [..., 2] → (y³)·A. `A` is created by the caller (dispose it after use). */
export function spiralTensor(A: Tensor): (t: number, y: Tensor) => Tensor {
  return (_t, y) => {
    const flat = tf.reshape(tf.pow(y, 3), [-1, 2]);
    return tf.reshape(tf.matMul(flat, A), y.shape);
  };
}

export const expDecay64: Field = (_t, y, dydt) => {
  for (let i = 0; i < y.length; i++) dydt[i] = -y[i];
};

export const expDecayTensor = (_t: number, y: Tensor): Tensor => tf.neg(y);
