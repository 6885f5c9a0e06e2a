/**
 * Optimisers with PyTorch's arithmetic, so training runs can be compared with torchdiffeq's examples.
 *
 * RMSprop: tfjs's `tf.train.rmsprop(lr)` is NOT torch's. tfjs (rmsprop_optimizer.js) uses decay 0.9 and
 * θ ← θ − lr·g/√(v + ε) with ε = 1e-7 inside the root; torch.optim.RMSprop (torch/optim/rmsprop.py, defaults
 * alpha = 0.99, eps = 1e-8, no momentum, not centred) does
 *
 *   v ← α·v + (1 − α)·g²,   θ ← θ − lr·g / (√v + ε)        (ε outside the root)
 *
 * The difference is not cosmetic: with ε inside the root and decay 0.9, the first steps are 3× smaller
 * (√0.1 against √0.01) and the effective step near a minimum differs. `TorchRmsprop` below is torch's.
 *
 * Adam: tfjs's update m̂/(√v̂ + ε) is torch's; only tfjs's default ε (1e-7) differs from torch's (1e-8), so
 * `torchAdam(lr)` is `tf.train.adam(lr, 0.9, 0.999, 1e-8)`.
 */
import { tf, type Tensor, type Variable } from './tf.ts';

export class TorchRmsprop {
  private readonly squareAvg = new Map<Variable, Variable>();

  /** Defaults are torch's except lr, which torch sets to 0.01 and ode_demo.py to 1e-3: always pass it. */
  constructor(
    readonly lr: number,
    readonly alpha = 0.99,
    readonly eps = 1e-8,
  ) {
    if (!(lr > 0) || !(alpha >= 0 && alpha < 1) || !(eps >= 0)) throw new Error(`TorchRmsprop: bad hyper-parameters lr=${lr}, alpha=${alpha}, eps=${eps}.`);
  }

  /** One update of each variable with its gradient (same order). Gradients are not disposed. */
  applyGradients(vars: Variable[], grads: Tensor[]): void {
    tf.tidy(() => {
      vars.forEach((v, i) => {
        const g = grads[i];
        if (!g) return;
        let s = this.squareAvg.get(v);
        if (!s) {
          s = tf.variable(tf.zerosLike(v), false);
          this.squareAvg.set(v, s);
        }
        const next = tf.add(tf.mul(s, this.alpha), tf.mul(tf.square(g), 1 - this.alpha));
        s.assign(next);
        v.assign(tf.sub(v, tf.div(tf.mul(g, this.lr), tf.add(tf.sqrt(next), this.eps))));
      });
    });
  }

  /** Computes the loss and its gradients with respect to `vars`, updates them, and returns the loss value. */
  minimize(loss: () => Tensor, vars: Variable[]): number {
    const { value, grads } = tf.variableGrads(loss as () => tf.Scalar, vars);
    this.applyGradients(vars, vars.map((v) => grads[v.name]));
    const l = value.dataSync()[0];
    tf.dispose([value, ...Object.values(grads)]);
    return l;
  }

  dispose(): void {
    for (const s of this.squareAvg.values()) s.dispose();
    this.squareAvg.clear();
  }
}

/** torch.optim.Adam's defaults (betas 0.9, 0.999; eps 1e-8) on tfjs's Adam, whose update is torch's. */
export function torchAdam(lr: number): tf.AdamOptimizer {
  return tf.train.adam(lr, 0.9, 0.999, 1e-8);
}
