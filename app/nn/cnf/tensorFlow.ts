/**
 * The CNF in tfjs: batched field, exact divergence and Hutchinson's estimator, and the augmented fixed-grid
 * integration through the generic stepper (same tableau and grid as `flowPlain.ts` and the WebGL2 program). Differentiable by tfjs
 * autodiff, so training backpropagates through the solver steps.
 *
 * `tf` is passed in (type-only import): the browser loads tfjs only through `ensureTfBackend()`, and the
 * Node training script brings its own.
 *
 * Divergence, exact: tangents e_0, e_1 pushed forward through the MLP; tr = (J e_0)_0 + (J e_1)_1.
 * Divergence, Hutchinson (FFJORD [F] §3.1): tr(J) = E[εᵀ J ε] for E[ε] = 0, Cov(ε) = I. FFJORD computes
 * εᵀJ by one vector–Jacobian product; here J ε is one forward-mode tangent, and εᵀ(Jε) = (εᵀJ)ε is the
 * same number, so the estimator and its variance are the same. ε is drawn once per solve and held fixed
 * across its steps (FFJORD's `before_odeint()`), as the estimator requires.
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { CnfWeights } from './model';
import { integrateFixedTuple } from '../core/rkGeneric';
import type { FixedMethod } from '../../solver/types.ts';

export type Tf = typeof TF;

/** The field's weights as tensors: Wt[l] is [in, out] (x @ Wt), b[l] and c[l] are [out]. */
export interface CnfTensors {
  Wt: TF.Variable[];
  b: TF.Variable[];
  c: TF.Variable[];
}

export function cnfToTensors(tf: Tf, w: CnfWeights, trainable = true): CnfTensors {
  return tf.tidy(() => {
    const Wt: TF.Variable[] = [];
    const b: TF.Variable[] = [];
    const c: TF.Variable[] = [];
    for (const layer of w.layers) {
      const { inDim, outDim } = layer;
      const t = new Float32Array(inDim * outDim);
      for (let j = 0; j < outDim; j++) for (let i = 0; i < inDim; i++) t[i * outDim + j] = layer.W[j * inDim + i];
      Wt.push(tf.variable(tf.tensor2d(t, [inDim, outDim]), trainable));
      b.push(tf.variable(tf.tensor1d(layer.b), trainable));
      c.push(tf.variable(tf.tensor1d(layer.c), trainable));
    }
    return { Wt, b, c };
  });
}

/** Reads tensors back into the JSON weight shape (async: one read per tensor). */
export async function tensorsToCnf(p: CnfTensors, dims: number[], T: number): Promise<CnfWeights> {
  const layers = [];
  for (let l = 0; l < p.Wt.length; l++) {
    const [inDim, outDim] = p.Wt[l].shape as [number, number];
    const t = await p.Wt[l].data();
    const W = new Array<number>(inDim * outDim);
    for (let j = 0; j < outDim; j++) for (let i = 0; i < inDim; i++) W[j * inDim + i] = t[i * outDim + j];
    layers.push({ W, b: Array.from(await p.b[l].data()), c: Array.from(await p.c[l].data()), inDim, outDim });
  }
  return { dims, activation: 'tanh', T, layers };
}

export function disposeCnfTensors(p: CnfTensors): void {
  [...p.Wt, ...p.b, ...p.c].forEach((v) => v.dispose());
}

export function cnfVariables(p: CnfTensors): TF.Variable[] {
  return [...p.Wt, ...p.b, ...p.c];
}

/**
 * f(z, t) [N, 2] and the divergence [N]: exact when `eps` is absent, Hutchinson's εᵀJε when `eps` [N, 2]
 * is given. `tangents` are the columns J e_0, J e_1 of the Jacobian (exact mode) or J ε (Hutchinson).
 * Call inside `tf.tidy`.
 */
export function fieldAndDivergence(tf: Tf, p: CnfTensors, t: number, z: TF.Tensor2D, eps?: TF.Tensor2D): { f: TF.Tensor2D; div: TF.Tensor1D; tangents: TF.Tensor2D[] } {
  const L = p.Wt.length;
  let h: TF.Tensor2D = z;
  // Tangents: exact mode carries e_0 and e_1, Hutchinson carries ε. At the input they are constant, so the
  // first layer's tangent is a row of Wt (exact) or ε Wt (Hutchinson).
  let tans: TF.Tensor2D[] = [];
  for (let l = 0; l < L; l++) {
    const Wt = p.Wt[l];
    const a = tf.add(tf.add(tf.matMul(h, Wt), p.b[l]), tf.mul(p.c[l], t)) as TF.Tensor2D;
    let g: TF.Tensor2D[];
    if (l === 0) {
      g = eps ? [tf.matMul(eps, Wt)] : [tf.slice(Wt, [0, 0], [1, -1]) as TF.Tensor2D, tf.slice(Wt, [1, 0], [1, -1]) as TF.Tensor2D];
    } else {
      g = tans.map((d) => tf.matMul(d, Wt));
    }
    if (l === L - 1) {
      h = a;
      tans = g;
    } else {
      h = tf.tanh(a);
      const dth = tf.sub(1, tf.square(h));
      tans = g.map((d) => tf.mul(dth, d) as TF.Tensor2D);
    }
  }
  let div: TF.Tensor1D;
  if (eps) {
    div = tf.sum(tf.mul(eps, tans[0]), 1) as TF.Tensor1D;
    return { f: h, div, tangents: tans };
  }
  const n = z.shape[0];
  // Exact: the first-layer tangents were broadcast rows; for L = 1 they still are, so broadcast to [n, 2].
  // d0 = J e_0 (the first column of ∂f/∂z), d1 = J e_1.
  const d0 = tf.broadcastTo(tans[0], [n, 2]) as TF.Tensor2D;
  const d1 = tf.broadcastTo(tans[1], [n, 2]) as TF.Tensor2D;
  div = tf.add(tf.reshape(tf.slice(d0, [0, 0], [-1, 1]), [n]), tf.reshape(tf.slice(d1, [0, 1], [-1, 1]), [n])) as TF.Tensor1D;
  return { f: h, div, tangents: [d0, d1] };
}

/**
 * Integrates (z, A) from t0 to t1 in `steps` fixed-grid steps of `method` (torchdiffeq's `rk4`, the 3/8 rule,
 * by default) through the generic stepper (`core/rkGeneric.ts`); returns z(t1) [N, 2] and A(t1) [N] with
 * A(t0) = 0 and dA/dt = divergence. `eps` selects Hutchinson, held fixed for the whole solve. Call inside
 * `tf.tidy` (or `tf.grad`). NFE = stages·steps.
 */
export function integrateAugTensor(tf: Tf, p: CnfTensors, z0: TF.Tensor2D, t0: number, t1: number, steps: number, eps?: TF.Tensor2D, method: FixedMethod = 'rk4'): { z: TF.Tensor2D; A: TF.Tensor1D } {
  const F = (t: number, [z]: TF.Tensor[]) => {
    const r = fieldAndDivergence(tf, p, t, z as TF.Tensor2D, eps);
    return [r.f, r.div];
  };
  const [z, A] = integrateFixedTuple(tf, F, [z0, tf.zeros([z0.shape[0]])], t0, t1, steps, method);
  return { z: z as TF.Tensor2D, A: A as TF.Tensor1D };
}

/** log N(z; 0, I) for rows of z [N, 2]. */
export function logStdNormalTensor(tf: Tf, z: TF.Tensor2D): TF.Tensor1D {
  return tf.sub(tf.mul(tf.sum(tf.square(z), 1), -0.5), Math.log(2 * Math.PI)) as TF.Tensor1D;
}

/**
 * log p_t(x) for rows of x [N, 2]: integrate back from t to 0 (A(t) = 0), then log N(z(0)) + A(0).
 * `steps` is the number of steps used for this interval.
 */
export function logDensityTensor(tf: Tf, p: CnfTensors, x: TF.Tensor2D, t: number, steps: number, eps?: TF.Tensor2D): TF.Tensor1D {
  if (steps === 0 || t === 0) return logStdNormalTensor(tf, x);
  const { z, A } = integrateAugTensor(tf, p, x, t, 0, steps, eps);
  return tf.add(logStdNormalTensor(tf, z), A) as TF.Tensor1D;
}
