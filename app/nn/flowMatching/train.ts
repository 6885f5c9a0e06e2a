/**
 * Flow-matching training in tfjs: the network is chapter 5's CNF field (`../cnf/tensorFlow.ts` weights,
 * t fed to every layer), and one step is one Adam update on the CFM loss of one batch (`path.ts`). No ODE is
 * solved: one forward and one backward pass of the network per step, against chapter 5's maximum-likelihood
 * step, which backpropagates through a whole solve of the field and its trace.
 *
 * `tf` is passed in (type-only import), as in chapter 5, so the worker and the Node script bring their own.
 */
import type * as TF from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { cnfToTensors, cnfVariables, disposeCnfTensors, tensorsToCnf, type CnfTensors, type Tf } from '../cnf/tensorFlow';
import type { CnfWeights } from '../cnf/model';
import type { CfmBatch } from './path';

/** v(x, t) for rows x [N, 2] at per-row times t [N, 1]: a_l = h W_l + b_l + t c_l, tanh between layers. */
export function velocityTensor(tf: Tf, p: CnfTensors, x: TF.Tensor2D, t: TF.Tensor2D): TF.Tensor2D {
  const L = p.Wt.length;
  let h: TF.Tensor2D = x;
  for (let l = 0; l < L; l++) {
    const a = tf.add(tf.add(tf.matMul(h, p.Wt[l]), p.b[l]), tf.mul(t, p.c[l])) as TF.Tensor2D;
    h = l === L - 1 ? a : tf.tanh(a);
  }
  return h;
}

/** Mean over rows of ‖v(x_t, t) − u‖². Call inside tf.tidy or a gradient. */
export function cfmLossTensor(tf: Tf, p: CnfTensors, xt: TF.Tensor2D, t: TF.Tensor2D, u: TF.Tensor2D): TF.Scalar {
  return tf.mean(tf.sum(tf.square(tf.sub(velocityTensor(tf, p, xt, t), u)), 1));
}

export interface FmTrainer {
  readonly params: CnfTensors;
  /** One Adam step on the batch; returns its loss (a scalar the caller reads back and disposes). */
  step(batch: CfmBatch): TF.Scalar;
  /** Sets Adam's learning rate (for schedules; tfjs's Adam keeps it in a public field). */
  setLearningRate(lr: number): void;
  /** The current weights in the shared JSON shape. */
  weights(): Promise<CnfWeights>;
  dispose(): void;
}

export function createFmTrainer(tf: Tf, init: CnfWeights, lr: number): FmTrainer {
  const params = cnfToTensors(tf, init);
  const vars = cnfVariables(params);
  const opt = tf.train.adam(lr);
  return {
    params,
    step(batch) {
      const n = batch.t.length;
      const [xt, t, u] = [tf.tensor2d(batch.xt, [n, 2]), tf.tensor2d(batch.t, [n, 1]), tf.tensor2d(batch.u, [n, 2])];
      const loss = opt.minimize(() => cfmLossTensor(tf, params, xt, t, u), true, vars) as TF.Scalar;
      tf.dispose([xt, t, u]);
      return loss;
    },
    setLearningRate(lr) {
      (opt as unknown as { learningRate: number }).learningRate = lr;
    },
    weights: () => tensorsToCnf(params, init.dims, init.T),
    dispose() {
      disposeCnfTensors(params);
      opt.dispose();
    },
  };
}
