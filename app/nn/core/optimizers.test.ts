/**
 * TorchRmsprop follows torch.optim.RMSprop's update (torch/optim/rmsprop.py: v ← αv + (1−α)g²,
 * θ ← θ − lr·g/(√v + ε)), here written out in float64 as the reference, on L(θ) = Σ (θ − c)²/2 + θ₀θ₁,
 * whose gradient is known in closed form. tfjs's own rmsprop differs; the test shows by how much.
 */
import { beforeAll, expect, test } from 'vitest';
import { TorchRmsprop, torchAdam } from './optimizers.ts';
import { useTestBackend } from './testBackend.ts';
import type { Tensor, tf as TF } from './tf.ts';

let tf: typeof TF;
beforeAll(async () => {
  tf = await useTestBackend('wasm');
});

const C = [0.5, -1.5];
const grad64 = (th: number[]) => [th[0] - C[0] + th[1], th[1] - C[1] + th[0]];
const lossT = (th: Tensor) => tf.add(tf.mul(tf.sum(tf.square(tf.sub(th, tf.tensor1d(C)))), 0.5), tf.prod(th));

function torchReference(steps: number, lr: number, alpha = 0.99, eps = 1e-8): number[] {
  const th = [1, 2];
  const v = [0, 0];
  for (let s = 0; s < steps; s++) {
    const g = grad64(th);
    for (let i = 0; i < 2; i++) {
      v[i] = alpha * v[i] + (1 - alpha) * g[i] * g[i];
      th[i] -= (lr * g[i]) / (Math.sqrt(v[i]) + eps);
    }
  }
  return th;
}

test('TorchRmsprop reproduces torch.optim.RMSprop step by step; tfjs rmsprop does not', () => {
  const theta = tf.variable(tf.tensor1d([1, 2]));
  const opt = new TorchRmsprop(1e-2);
  const before = tf.memory().numTensors;
  for (let s = 0; s < 50; s++) opt.minimize(() => lossT(theta), [theta]);
  expect(tf.memory().numTensors).toBe(before + 1); // its one square-average variable
  const ref = torchReference(50, 1e-2);
  Array.from(theta.dataSync()).forEach((v, i) => expect(v).toBeCloseTo(ref[i], 5));

  const other = tf.variable(tf.tensor1d([1, 2]));
  const tfOpt = tf.train.rmsprop(1e-2);
  for (let s = 0; s < 50; s++) tfOpt.minimize(() => lossT(other) as TF.Scalar, false, [other])?.dispose();
  const diff = Math.max(...Array.from(other.dataSync()).map((v, i) => Math.abs(v - ref[i])));
  console.log('after 50 steps, tfjs rmsprop differs from torch by', diff);
  expect(diff).toBeGreaterThan(1e-2);
  tf.dispose([theta, other]);
  opt.dispose();
  tfOpt.dispose();
});

test('torchAdam is tfjs Adam with torch defaults: m̂/(√v̂ + 1e-8)', () => {
  const theta = tf.variable(tf.tensor1d([1, 2]));
  const opt = torchAdam(1e-2);
  const th = [1, 2];
  const m = [0, 0];
  const v = [0, 0];
  for (let s = 1; s <= 30; s++) {
    opt.minimize(() => lossT(theta) as TF.Scalar, false, [theta])?.dispose();
    const g = grad64(th);
    for (let i = 0; i < 2; i++) {
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      th[i] -= (1e-2 * (m[i] / (1 - 0.9 ** s))) / (Math.sqrt(v[i] / (1 - 0.999 ** s)) + 1e-8);
    }
  }
  Array.from(theta.dataSync()).forEach((x, i) => expect(x).toBeCloseTo(th[i], 5));
  theta.dispose();
  opt.dispose();
});

test('training a neural ODE with the adjoint and TorchRmsprop: the loss falls and numTensors stays flat', async () => {
  const { createMlp } = await import('./mlp.ts');
  const { odeintAdjoint } = await import('./adjoint.ts');
  // Fit the flow of dy/dt = [y1, −y0] (a rotation) from three starts, as ode_demo fits its spiral.
  const t = [0, 0.3, 0.6];
  const starts = [[1, 0], [0, 1], [-0.7, 0.4]];
  const target = tf.tensor3d(t.map((s) => starts.map(([a, b]) => [a * Math.cos(s) + b * Math.sin(s), -a * Math.sin(s) + b * Math.cos(s)])));
  const y0 = tf.tensor2d(starts);
  const mlp = createMlp({ sizes: [2, 16, 2], seed: 4, init: { normalStd: 0.1 } });
  const opt = new TorchRmsprop(1e-2);
  const losses: number[] = [];
  let afterFirst = 0;
  for (let it = 0; it < 30; it++) {
    losses.push(opt.minimize(() => tf.mean(tf.abs(tf.sub(odeintAdjoint(mlp.paramField, y0, t, mlp.params, { rtol: 1e-5, atol: 1e-7 }).ys, target))), mlp.params));
    if (it === 0) afterFirst = tf.memory().numTensors;
  }
  console.log('loss', losses[0].toFixed(4), '→', losses[losses.length - 1].toFixed(4));
  expect(losses[losses.length - 1]).toBeLessThan(0.5 * losses[0]);
  expect(tf.memory().numTensors).toBe(afterFirst);
  opt.dispose();
  mlp.dispose();
  tf.dispose([target, y0]);
});
