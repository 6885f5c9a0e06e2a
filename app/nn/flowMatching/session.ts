/**
 * Everything chapter 6's worker does, as plain functions of `tf` and messages, so the worker entry is a
 * thin shell (and can join a page-wide worker later): training runs by handle, flow matching or chapter 5's
 * maximum likelihood on the same network and data, and the float64 measurements (paths and dopri5
 * evaluations, exact log-likelihoods, reflow pairs, Euler samples and their energy distance to the data).
 */
import type * as TF from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../math/rng';
import { energyDistance } from '../../math/energyDistance';
import type { CnfWeights } from '../cnf/model';
import { CnfTrainer } from '../cnf/train';
import { tensorsToCnf, type Tf } from '../cnf/tensorFlow';
import { logLikelihoods } from './likelihood';
import { sampleCfmBatch } from './path';
import { reflowPairs } from './reflow';
import { eulerSamples, noise, outputTimes, samplePaths, type DopriOptions } from './sample';
import { createFmTrainer } from './train';

export interface RunSpec {
  kind: 'fm' | 'ml';
  init: CnfWeights;
  /** Data points (flat x, y); for reflow, the flow's samples x₁ paired row by row with `pairsX0`. */
  data: Float32Array;
  pairsX0?: Float32Array;
  lr: number;
  batch: number;
  seed: number;
  /** Maximum likelihood only: fixed 3/8-rule steps per solve (chapter 5). */
  mlSteps?: number;
}

export interface TrainReport {
  /** Loss of every iteration run (CFM loss, or batch NLL for maximum likelihood). */
  losses: number[];
  /** Wall time of the iterations alone, ms. */
  ms: number;
}

/** A training run: `train` does iterations until `iters` are done or `budgetMs` is spent. */
export interface Run {
  train(iters: number, budgetMs?: number): Promise<TrainReport>;
  weights(): Promise<CnfWeights>;
  dispose(): void;
}

export function createRun(tf: Tf, spec: RunSpec): Run {
  const rng = mulberry32(spec.seed);
  const n = spec.data.length / 2;
  if (n < 1) throw new Error('there are no data points to train on');
  if (spec.kind === 'fm') {
    const trainer = createFmTrainer(tf, spec.init, spec.lr);
    const pairs = spec.pairsX0 ? { x0: spec.pairsX0 } : undefined;
    return {
      train: (iters, budget) => loop(iters, budget, async () => read(trainer.step(sampleCfmBatch(spec.data, spec.batch, rng, pairs)))),
      weights: () => trainer.weights(),
      dispose: () => trainer.dispose(),
    };
  }
  const trainer = new CnfTrainer(tf, spec.init, { lr: spec.lr, steps: spec.mlSteps ?? 8, trace: 'exact' });
  let it = 0;
  return {
    train: (iters, budget) =>
      loop(iters, budget, async () => {
        const xs = new Float32Array(2 * spec.batch);
        for (let k = 0; k < spec.batch; k++) {
          const i = rng.int(n);
          xs[2 * k] = spec.data[2 * i];
          xs[2 * k + 1] = spec.data[2 * i + 1];
        }
        const x = tf.tensor2d(xs, [spec.batch, 2]);
        const v = await read(trainer.step(x, spec.seed * 7919 + it++));
        x.dispose();
        return v;
      }),
    weights: () => tensorsToCnf(trainer.params, spec.init.dims, spec.init.T),
    dispose: () => trainer.dispose(),
  };
}

async function read(s: TF.Scalar): Promise<number> {
  const v = (await s.data())[0];
  s.dispose();
  return v;
}

async function loop(iters: number, budgetMs: number | undefined, step: () => Promise<number>): Promise<TrainReport> {
  const losses: number[] = [];
  const start = performance.now();
  while (losses.length < iters && (budgetMs === undefined || performance.now() - start < budgetMs)) losses.push(await step());
  return { losses, ms: performance.now() - start };
}

/** Paths of `n` seeded noise samples through the flow, with dopri5's evaluations and the straightness. */
export function measurePaths(w: CnfWeights, n: number, seed: number, tol: DopriOptions, steps = 32) {
  return samplePaths(w, noise(n, mulberry32(seed)), outputTimes(steps), tol);
}

/**
 * Energy distance to `ref` of Euler samples with each step count, and of dopri5 samples at `tol`, all from
 * the same seeded noise.
 */
export function eulerQuality(w: CnfWeights, n: number, seed: number, stepCounts: number[], ref: ArrayLike<number>, tol: DopriOptions) {
  const x0 = noise(n, mulberry32(seed));
  const euler = stepCounts.map((steps) => ({ steps, energy: energyDistance(eulerSamples(w, x0, steps), ref) }));
  const { paths } = samplePaths(w, x0, [0, 1], tol);
  const ends = paths.filter((_, i) => i % 4 >= 2);
  return { euler, dopri5: energyDistance(ends, ref) };
}

export { logLikelihoods, reflowPairs };

/** The mean negative log-likelihood of `pts` by the exact-trace dopri5 solve of likelihood.ts. */
export function heldOutNll(w: CnfWeights, pts: ArrayLike<number>, tol: DopriOptions): { nll: number; meanNfe: number } {
  const { nll, meanNfe } = logLikelihoods(w, pts, tol);
  return { nll, meanNfe };
}

/** Reflow pairs from the flow `w`: seeded noise and where the flow takes it. */
export function makeReflowPairs(w: CnfWeights, n: number, seed: number, tol: DopriOptions) {
  return reflowPairs(w, n, mulberry32(seed), tol);
}
