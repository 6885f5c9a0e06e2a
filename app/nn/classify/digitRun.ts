/**
 * Trains one of the comparison networks on the 8×8 digits, one iteration per call, so a page can run it
 * between animation frames (one `await` per iteration, one asynchronous read-back of the loss).
 *
 * Loss: mean softmax cross-entropy. Optimiser: Adam (lr 3e-3 by default; Kingma & Ba 2015 defaults for
 * β₁, β₂, ε as tfjs has them). Minibatches of 64 drawn as consecutive slices of a seeded permutation per epoch.
 * Reported per iteration: loss, wall time, NFE of the forward pass, and on sampled iterations the peak extra
 * tensor memory of the whole gradient step (`step.ts`).
 */
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32, sampleWithoutReplacement } from '../../math/rng';
import type { DigitSet } from './digits';
import { PIXELS } from './digits';
import { createNet, DIGIT_NET_DEFAULTS, type Net, type NetKind, type NetSettings } from './digitNets';
import { gatherRows, optimiserStep } from './step';

export interface RunSettings {
  seed: number;
  batch: number;
  lr: number;
  /** Profile memory on iteration 1 and then every `profileEvery` iterations. */
  profileEvery: number;
  net: NetSettings;
}

export const RUN_DEFAULTS: RunSettings = { seed: 1, batch: 64, lr: 3e-3, profileEvery: 25, net: DIGIT_NET_DEFAULTS };

export interface IterationStats {
  iteration: number;
  loss: number;
  ms: number;
  nfe: number;
  /** ODE-Net: the adjoint's backward evaluations in this step. */
  backwardNfe: number | null;
  peakBytes?: number;
}

export interface DigitRun {
  net: Net;
  step(): Promise<IterationStats>;
  /** Fraction of `set` misclassified, evaluated in chunks of 120 images. */
  testError(set: DigitSet): Promise<number>;
  dispose(): void;
}

export function createDigitRun(kind: NetKind, train: DigitSet, settings: Partial<RunSettings> = {}): DigitRun {
  const s = { ...RUN_DEFAULTS, ...settings };
  const net = createNet(kind, s.seed, s.net);
  const opt = tf.train.adam(s.lr);
  const rng = mulberry32(s.seed ^ 0x9e3779b9);
  let order: number[] = [];
  let cursor = 0;
  let iteration = 0;

  const nextBatch = () => {
    if (cursor + s.batch > order.length) {
      order = sampleWithoutReplacement(rng, train.n, train.n);
      cursor = 0;
    }
    const idx = order.slice(cursor, cursor + s.batch);
    cursor += s.batch;
    return { x: gatherRows(train.x, PIXELS, idx), y: Int32Array.from(idx, (i) => train.y[i]) };
  };

  return {
    net,
    async step() {
      iteration++;
      const batch = nextBatch();
      let nfe = 0;
      const loss = () =>
        tf.tidy(() => {
          const x = tf.tensor2d(batch.x, [s.batch, PIXELS]);
          const labels = tf.oneHot(tf.tensor1d(batch.y, 'int32'), s.net.classes);
          const out = net.forward(x);
          nfe = out.nfe;
          return tf.losses.softmaxCrossEntropy(labels, out.logits) as tf.Scalar;
        });
      const profile = iteration === 1 || iteration % s.profileEvery === 0;
      const r = await optimiserStep(opt, net.variables, loss, profile);
      return { iteration, loss: r.loss, ms: r.ms, nfe, backwardNfe: net.backwardNfe(), peakBytes: r.peakBytes };
    },
    async testError(set) {
      let wrong = 0;
      for (let start = 0; start < set.n; start += 120) {
        const m = Math.min(120, set.n - start);
        const pred = tf.tidy(() => tf.argMax(net.forward(tf.tensor2d(set.x.subarray(start * PIXELS, (start + m) * PIXELS), [m, PIXELS])).logits, 1));
        const p = await pred.data();
        pred.dispose();
        for (let i = 0; i < m; i++) if (p[i] !== set.y[start + i]) wrong++;
        await tf.nextFrame();
      }
      return wrong / set.n;
    },
    dispose() {
      opt.dispose();
      net.dispose();
    },
  };
}
