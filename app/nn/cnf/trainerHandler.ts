/**
 * Trains the CNF in the page's tfjs worker (a `TfHandler`, ../workerHandler.ts): one Adam step through a solve
 * of a few dozen network evaluations is tens of milliseconds of synchronous tfjs (wasm) work, which would
 * stutter the page on the main thread. The handler owns every tensor it makes; the page only posts commands.
 *
 * Per iteration it reports the batch loss; every EVAL_EVERY iterations the exact NLL of a fixed evaluation
 * batch and Hutchinson's statistics at those points; every DENSITY_EVERY iterations log p on a grid.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../math/rng';
import type { TfHandler } from '../workerHandler';
import { initCnf } from './model';
import { CnfTrainer } from './train';
import { logDensityTensor } from './tensorFlow';
import { hutchinsonStats } from './hutchinson';
import { DENSITY_EVERY, DENSITY_EXTENT, DENSITY_GRID, EVAL_EVERY, TRAINER_BATCH, TRAINER_DIMS, type FromWorker, type ToWorker, type TrainConfig } from './trainerProtocol';

function gridTensor(tf: typeof TF) {
  const n = DENSITY_GRID;
  const pts = new Float32Array(2 * n * n);
  const dx = (2 * DENSITY_EXTENT) / n;
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) {
      pts[2 * (j * n + i)] = -DENSITY_EXTENT + (i + 0.5) * dx;
      pts[2 * (j * n + i) + 1] = DENSITY_EXTENT - (j + 0.5) * dx;
    }
  return tf.tensor2d(pts, [n * n, 2]);
}

/** All training state lives in the closure of one connection: one run at a time, replaced by the next `start`. */
export const cnfTrainerHandler: TfHandler<ToWorker, FromWorker> = {
  create(tf, backend, post) {
  post({ kind: 'ready', backend: backend.name, reason: backend.reason });
  let run = 0;
  let paused = false;
  const sleep = () => new Promise((r) => setTimeout(r, 0));

  async function train(config: TrainConfig, id: number) {
    const rng = mulberry32(config.seed);
    const trainer = new CnfTrainer(tf, initCnf(TRAINER_DIMS, rng, 1), { lr: config.lr, steps: config.steps, trace: config.trace });
    const n = config.data.length / 2;
    const evalN = Math.min(256, n);
    const evalIdx = Array.from({ length: evalN }, (_, i) => Math.floor((i * n) / evalN));
    const evalX = tf.tensor2d(Float32Array.from(evalIdx.flatMap((i) => [config.data[2 * i], config.data[2 * i + 1]])), [evalN, 2]);
    const grid = gridTensor(tf);
    try {
      for (let iter = 0; id === run; iter++) {
        if (iter % EVAL_EVERY === 0) {
          const e = trainer.evaluate(evalX);
          const nll = (await e.data())[0];
          e.dispose();
          const hutch = await hutchinsonStats(tf, trainer.params, 1, evalX, 32, config.seed * 7919 + iter);
          if (id !== run) break;
          post({ kind: 'eval', iter, nll, hutch });
        }
        if (iter % DENSITY_EVERY === 0) {
          const lp = tf.tidy(() => logDensityTensor(tf, trainer.params, grid, 1, config.steps));
          const logp = (await lp.data()) as Float32Array;
          lp.dispose();
          if (id !== run) break;
          post({ kind: 'density', iter, size: DENSITY_GRID, extent: DENSITY_EXTENT, logp }, [logp.buffer]);
        }
        while (paused && id === run) await new Promise((r) => setTimeout(r, 50));
        if (id !== run) break;
        const start = performance.now();
        const idx = Array.from({ length: TRAINER_BATCH }, () => rng.int(n));
        const x = tf.tensor2d(Float32Array.from(idx.flatMap((i) => [config.data[2 * i], config.data[2 * i + 1]])), [TRAINER_BATCH, 2]);
        const l = trainer.step(x, config.seed * 104729 + iter);
        const loss = (await l.data())[0];
        l.dispose();
        x.dispose();
        post({ kind: 'iter', iter: iter + 1, loss, nfe: trainer.nfe, ms: performance.now() - start });
        await sleep();
      }
    } finally {
      trainer.dispose();
      evalX.dispose();
      grid.dispose();
    }
  }

  return {
    onMessage(m) {
      if (m.kind === 'pause') paused = true;
      else if (m.kind === 'resume') paused = false;
      else if (m.kind === 'start') {
        const id = ++run;
        paused = false;
        train(m.config, id).catch((err: unknown) => post({ kind: 'error', message: err instanceof Error ? err.message : String(err) }));
      }
    },
    close() {
      run++;
    },
  };
  },
};
