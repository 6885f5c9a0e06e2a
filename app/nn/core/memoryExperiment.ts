/**
 * The memory experiment of chapter 4 and `npm run bench -- memory`: ONE gradient computation of a loss of
 * y(1) through a fixed-step rk4 solve (Kutta's 3/8 rule, 4 evaluations per step) of a small tanh MLP field on
 * a small batch, either by backprop through the solver or by the adjoint. Backprop keeps every stage's
 * intermediates for the backward pass, so its memory grows with the number of steps; the adjoint keeps only
 * y at the output times and re-solves backwards, so its memory does not (Chen et al. 2018, §2 and Fig. 2's
 * "constant memory cost").
 *
 * `sample` is called at every evaluation of the vector field (pass app/runtime/tfMemory's sampler in).
 */
import { mulberry32 } from '../../math/rng.ts';
import { odeintAdjoint } from './adjoint.ts';
import { createMlp } from './mlp.ts';
import { odeintTensor } from './odeintTensor.ts';
import { tf, type Tensor } from './tf.ts';

export type GradientMode = 'backprop' | 'adjoint';

export interface MemoryExperiment {
  steps: number;
  /** Batch of 2-D states, default 16. */
  batch?: number;
  /** MLP 2 → hidden → 2, default 32. */
  hidden?: number;
  seed?: number;
}

export interface GradientRun {
  /** Evaluations of the field: forward, plus backward for the adjoint. */
  nfeForward: number;
  nfeBackward: number;
  /** Sum of |dL/dθ| over all parameters (a check that a gradient was computed). */
  gradAbsSum: number;
}

/**
 * An identity op that calls `sample` in the backward pass, when the gradient flows through it: wrapped around
 * each field evaluation, it lets the sampler see backprop's backward pass, where its peak is (the saved
 * intermediates of the whole forward pass plus the gradients being formed). It adds one state-sized copy per
 * evaluation, two orders of magnitude below what an MLP evaluation keeps.
 */
export function backwardProbe(sample: () => void): (x: Tensor) => Tensor {
  return tf.customGrad((...args: unknown[]) => ({
    value: tf.clone(args[0] as Tensor),
    gradFunc: (dy: Tensor | Tensor[]) => {
      sample();
      return [Array.isArray(dy) ? dy[0] : dy];
    },
  })) as (x: Tensor) => Tensor;
}

/** Computes the gradient once; every tensor it creates is disposed before it returns. */
export function runGradient(mode: GradientMode, e: MemoryExperiment, sample: () => void = () => {}): GradientRun {
  const rng = mulberry32(e.seed ?? 1);
  const batch = e.batch ?? 16;
  const mlp = createMlp({ sizes: [2, e.hidden ?? 32, 2], seed: e.seed ?? 1 });
  const y0 = tf.tensor2d(Array.from({ length: batch * 2 }, () => 4 * rng.next() - 2), [batch, 2]);
  const opts = { method: 'rk4' as const, stepSize: 1 / e.steps, maxSteps: Math.max(10000, e.steps), skipFiniteChecks: true };
  let nfeForward = 0;
  let nfeBackward = 0;
  const probe = backwardProbe(sample);
  const loss = (ys: Tensor) => tf.mean(tf.square(tf.slice(ys, [1], [1])));
  const grads = tf.grads((...ps: Tensor[]) => {
    if (mode === 'backprop') {
      const sol = odeintTensor((t, y) => (sample(), probe(mlp.apply(ps, t, y))), y0, [0, 1], opts);
      nfeForward = sol.nfe;
      return loss(sol.ys);
    }
    const sol = odeintAdjoint((t, y, p) => (sample(), probe(mlp.apply(p, t, y))), y0, [0, 1], ps, { ...opts, onBackward: (b) => (nfeBackward = b.nfe) });
    nfeForward = sol.nfe;
    return loss(sol.ys);
  })(mlp.params);
  sample();
  const gradAbsSum = tf.tidy(() => tf.addN(grads.map((g) => tf.sum(tf.abs(g)))).dataSync()[0]);
  tf.dispose([...grads, y0]);
  mlp.dispose();
  return { nfeForward, nfeBackward, gradAbsSum };
}
