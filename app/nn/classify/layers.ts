/**
 * Small dense building blocks for chapter 2's networks, with seeded initial weights (STYLE.md, convention 4).
 *
 * - `dense`: y = x W + b, W of shape [in, out] drawn uniform on ±√(6/(in+out)) (Glorot & Bengio 2010,
 *   the Keras default), b = 0.
 * - `residualField`: the one-hidden-layer map used both as a residual block and as an ODE's vector field,
 *     f(t, h) = tanh(h W₁ + b₁ + t c₁) W₂ + b₂,
 *   where c₁ is present only for a time-dependent field (the paper's ODE-Net feeds t to f, [P] §3; a ResNet
 *   block needs no t because each block has its own weights). W₂ starts at a tenth of the Glorot scale so
 *   that an untrained block or field is close to the identity map (a common ResNet practice).
 */
import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../math/rng';

export function glorot(rng: Rng, fanIn: number, fanOut: number, scale = 1): Float32Array {
  const a = scale * Math.sqrt(6 / (fanIn + fanOut));
  const w = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < w.length; i++) w[i] = (2 * rng.next() - 1) * a;
  return w;
}

export interface Dense {
  w: tf.Variable;
  b: tf.Variable;
}

/** A trainable variable holding `values` (the temporary tensor is freed; tfjs names variables uniquely itself). */
const variable = (values: Float32Array, shape: number[]): tf.Variable => tf.tidy(() => tf.variable(tf.tensor(values, shape), true));

/** `_name` documents the layer in code; tfjs variable names must be unique page-wide, so it is not passed on. */
export function dense(rng: Rng, fanIn: number, fanOut: number, _name: string, scale = 1): Dense {
  return { w: variable(glorot(rng, fanIn, fanOut, scale), [fanIn, fanOut]), b: variable(new Float32Array(fanOut), [fanOut]) };
}

export const applyDense = (l: { w: tf.Tensor; b: tf.Tensor }, x: tf.Tensor): tf.Tensor2D => tf.add(tf.matMul(x as tf.Tensor2D, l.w as tf.Tensor2D), l.b) as tf.Tensor2D;

/** The weights of one field f(t, h); `c1` exists only when the field depends on t. */
export interface FieldParams {
  w1: tf.Variable;
  b1: tf.Variable;
  c1?: tf.Variable;
  w2: tf.Variable;
  b2: tf.Variable;
}

export function residualField(rng: Rng, dim: number, hidden: number, name: string, timeDependent: boolean): FieldParams {
  const l1 = dense(rng, dim, hidden, `${name}.1`);
  const l2 = dense(rng, hidden, dim, `${name}.2`, 0.1);
  const p: FieldParams = { w1: l1.w, b1: l1.b, w2: l2.w, b2: l2.b };
  if (timeDependent) p.c1 = variable(glorot(rng, 1, hidden), [hidden]);
  return p;
}

/** The field's parameters as a flat list, in a fixed order, for the adjoint (which takes them explicitly). */
export const fieldList = (p: FieldParams): tf.Variable[] => (p.c1 ? [p.w1, p.b1, p.c1, p.w2, p.b2] : [p.w1, p.b1, p.w2, p.b2]);

/** Evaluates f(t, h) from a parameter list in `fieldList` order (tensors, so the adjoint can pass its own). */
export function evalField(t: number, h: tf.Tensor, p: tf.Tensor[]): tf.Tensor2D {
  const timed = p.length === 5;
  const [w1, b1] = p;
  const [w2, b2] = timed ? [p[3], p[4]] : [p[2], p[3]];
  let pre = tf.add(tf.matMul(h as tf.Tensor2D, w1 as tf.Tensor2D), b1);
  if (timed) pre = tf.add(pre, tf.mul(p[2], t));
  return tf.add(tf.matMul(tf.tanh(pre) as tf.Tensor2D, w2 as tf.Tensor2D), b2) as tf.Tensor2D;
}

/** Number of scalar parameters in a list of variables. */
export const countParams = (vars: tf.Variable[]): number => vars.reduce((s, v) => s + v.size, 0);
