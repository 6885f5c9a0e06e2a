/**
 * One gradient computation of a small network's loss through a fixed-step solve, by backprop through the
 * solver or by the adjoint, with its peak memory measured from tfjs's own accounting.
 *
 * Set-up: a 2→H→2 tanh network (weights N(0, 0.1²) from a seeded rng, biases 0, as torchdiffeq's ode_demo
 * initialises), a batch of B states drawn uniformly from [−2, 2]², t from 0 to 1 in `steps` steps of rk4
 * (Kutta's 3/8 rule, 4 evaluations per step), loss = mean of z(1)².
 *
 * Peak memory: `tf.memory().numBytes` is sampled at every evaluation of the vector field (forward and, for
 * the adjoint, backward), in backprop's backward pass through each evaluation (an identity probe, where
 * backprop's peak is: every saved intermediate plus the gradients being formed), and once more when the
 * gradients exist, and the maximum is kept; the figure is
 * that peak minus the bytes allocated before the call. tf.profile would give the same peak on short runs
 * but overflows the stack on long ones (STACK.md, tfjs).
 */
import { mulberry32 } from '../../math/rng';
import { tf, type Tensor } from '../core/tf';
import { odeintAdjoint, odeintTensor } from '../index';
import { backwardProbe } from '../core/memoryExperiment';
import { mlpApply, paramsFromFlat, seededTheta } from './tensorField';

export type GradMode = 'backprop' | 'adjoint';

export interface MemorySetup {
  steps: number;
  batch: number;
  hidden: number;
  seed: number;
}

export const MEMORY_DEFAULTS: Omit<MemorySetup, 'steps'> = { batch: 16, hidden: 32, seed: 1 };

export interface MemoryMeasurement {
  mode: GradMode;
  steps: number;
  /** Peak bytes above the baseline while the gradient was computed. */
  peakBytes: number;
  /** Wall time of the gradient computation, ms (shown, never asserted). */
  ms: number;
  /** Evaluations of f: forward, and for the adjoint also backward (augmented: f + VJP each). */
  nfe: number;
  /** Tensors alive after the call minus before (0 when nothing leaks). */
  leakedTensors: number;
}

/** Runs one gradient and measures it. Synchronous compute; the caller reads nothing back from the GPU. */
export function measureGradient(mode: GradMode, s: MemorySetup): MemoryMeasurement {
  const rng = mulberry32(s.seed);
  const theta = seededTheta(rng, s.hidden);
  const y0data = Array.from({ length: s.batch * 2 }, () => 4 * rng.next() - 2);
  const before = tf.memory();
  let peak = before.numBytes;
  const sample = () => {
    const b = tf.memory().numBytes;
    if (b > peak) peak = b;
  };
  const start = performance.now();
  const params = paramsFromFlat(theta, s.hidden);
  const y0 = tf.tensor2d(y0data, [s.batch, 2]);
  let nfe = 0;
  const opts = { method: 'rk4' as const, stepSize: 1 / s.steps, skipFiniteChecks: true };
  const probe = backwardProbe(sample);
  const grads: Tensor[] = tf.tidy(() => {
    if (mode === 'backprop') {
      return tf.grads((...ps: Tensor[]) => {
        const sol = odeintTensor((_t, y) => { sample(); return probe(mlpApply(y, ps)); }, y0, [0, 1], opts);
        nfe = sol.nfe;
        return tf.mean(tf.square(tf.slice(sol.ys, [1], [1])));
      })(params);
    }
    return tf.grads((...ps: Tensor[]) => {
      const sol = odeintAdjoint((_t, y, p) => { sample(); return probe(mlpApply(y, p)); }, y0, [0, 1], ps, {
        ...opts,
        onBackward: (b) => (nfe += b.nfe),
      });
      nfe += sol.nfe;
      return tf.mean(tf.square(tf.slice(sol.ys, [1], [1])));
    })(params);
  });
  sample();
  const ms = performance.now() - start;
  grads.forEach((g) => g.dispose());
  params.forEach((p) => p.dispose());
  y0.dispose();
  return { mode, steps: s.steps, peakBytes: peak - before.numBytes, ms, nfe, leakedTensors: tf.memory().numTensors - before.numTensors };
}

/** The step counts the meter walks through, up to `maxSteps`. */
export function stepSeries(maxSteps: number): number[] {
  const base = [5, 10, 20, 40, 60, 80, 100, 150, 200, 300, 400, 600, 800, 1000];
  return base.filter((n) => n <= maxSteps);
}
