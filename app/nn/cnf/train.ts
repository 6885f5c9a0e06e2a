/**
 * Maximum-likelihood training of a CNF ([P] §4, FFJORD [F] §2): minimise the negative log-likelihood
 * −(1/N) Σ log p_T(x_i), each log p_T(x_i) from one backward solve of the augmented state (z, A), with
 * gradients by backpropagation through the fixed-grid 3/8-rule steps (no adjoint; at this size the stored
 * stages are a few hundred kilobytes). Adam, as FFJORD's `train_toy.py`.
 *
 * One `step` is one Adam update on one batch; it returns the batch's NLL as a scalar tensor the caller
 * reads back (asynchronously in the browser) and disposes.
 */
import type * as TF from '@tensorflow/tfjs-core';
// Gradients are registered by this side-effect module (the tfjs umbrella package does it; core alone does not).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { cnfToTensors, cnfVariables, disposeCnfTensors, logDensityTensor, type CnfTensors, type Tf } from './tensorFlow';
import type { CnfWeights } from './model';

export interface TrainOptions {
  /** Adam learning rate (FFJORD's default 1e-3). */
  lr: number;
  /** Fixed 3/8-rule steps over [0, T]; NFE per solve = 4·steps. */
  steps: number;
  /** 'exact' divergence or Hutchinson's estimator with Gaussian ε. */
  trace: 'exact' | 'hutchinson';
}

export class CnfTrainer {
  readonly params: CnfTensors;
  private readonly opt: TF.AdamOptimizer;
  private readonly vars: TF.Variable[];

  constructor(
    private readonly tf: Tf,
    readonly init: CnfWeights,
    readonly options: TrainOptions,
  ) {
    this.params = cnfToTensors(tf, init);
    this.vars = cnfVariables(this.params);
    this.opt = tf.train.adam(options.lr);
  }

  /** NFE of one training solve (forward; backpropagation re-uses the stored stages). */
  get nfe(): number {
    return 4 * this.options.steps;
  }

  /**
   * One Adam step on the batch `x` [N, 2]; `seed` draws Hutchinson's ε (ignored for the exact trace).
   * Returns the batch NLL (a scalar the caller owns).
   */
  step(x: TF.Tensor2D, seed: number): TF.Scalar {
    const { tf, params, options } = this;
    const eps = options.trace === 'hutchinson' ? (tf.randomNormal(x.shape, 0, 1, 'float32', seed) as TF.Tensor2D) : undefined;
    const loss = this.opt.minimize(() => tf.neg(tf.mean(logDensityTensor(tf, params, x, this.init.T, options.steps, eps))) as TF.Scalar, true, this.vars);
    eps?.dispose();
    return loss as TF.Scalar;
  }

  /** NLL with the exact divergence, no update (for held-out batches). */
  evaluate(x: TF.Tensor2D): TF.Scalar {
    const { tf, params, options } = this;
    return tf.tidy(() => tf.neg(tf.mean(logDensityTensor(tf, params, x, this.init.T, options.steps))) as TF.Scalar);
  }

  dispose(): void {
    disposeCnfTensors(this.params);
    this.opt.dispose();
  }
}
