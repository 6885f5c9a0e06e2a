/**
 * Trains the planar NF and the planar CNF side by side in the page's tfjs worker (a `TfHandler`,
 * ../workerHandler.ts), one Adam step each per iteration on fresh N(0, I) batches, and reports the KL
 * estimates and sample histograms.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../math/rng';
import type { TfHandler } from '../workerHandler';
import { disposePlanar, initPlanar, klLoss, logPartition, planarCnf, planarNf, planarVariables, type PlanarParams } from './planar';
import { HIST_EXTENT, HIST_N, MAX_ITERS, PLANAR_BATCH, PLANAR_EVAL_EVERY, PLANAR_LR, PLANAR_STEPS, type FromPlanarWorker, type ModelReport, type PlanarConfig, type ToPlanarWorker } from './planarProtocol';

function histogram(z: Float32Array): Float32Array {
  const h = new Float32Array(HIST_N * HIST_N);
  const cell = (2 * HIST_EXTENT) / HIST_N;
  const n = z.length / 2;
  for (let i = 0; i < n; i++) {
    const c = Math.floor((z[2 * i] + HIST_EXTENT) / cell);
    const r = Math.floor((HIST_EXTENT - z[2 * i + 1]) / cell);
    if (c >= 0 && c < HIST_N && r >= 0 && r < HIST_N) h[r * HIST_N + c] += 1 / (n * cell * cell);
  }
  return h;
}

export const planarFlowHandler: TfHandler<ToPlanarWorker, FromPlanarWorker> = {
  create(tf, backend, post) {
  post({ kind: 'ready', backend: backend.name, reason: backend.reason });
  let run = 0;
  let paused = false;

  async function train(cfg: PlanarConfig, id: number) {
    const rng = mulberry32(cfg.seed);
    const nf = initPlanar(tf, cfg.K, false, rng);
    const cnf = initPlanar(tf, cfg.M, true, rng);
    const optNf = tf.train.adam(PLANAR_LR);
    const optCnf = tf.train.adam(PLANAR_LR);
    const logZ = logPartition(cfg.target);
    const forwardNf = (p: PlanarParams, z: TF.Tensor2D) => planarNf(tf, p, z);
    const forwardCnf = (p: PlanarParams, z: TF.Tensor2D) => planarCnf(tf, p, z, PLANAR_STEPS);
    const report = async (p: PlanarParams, fwd: typeof forwardNf, seed: number): Promise<ModelReport> => {
      const z0 = tf.randomNormal([4096, 2], 0, 1, 'float32', seed) as TF.Tensor2D;
      const [zs, loss] = tf.tidy(() => {
        const out = fwd(p, z0);
        return [out.z, klLoss(tf, cfg.target, out)];
      });
      const kl = (await loss.data())[0] + logZ;
      const hist = histogram((await zs.data()) as Float32Array);
      tf.dispose([z0, zs, loss]);
      return { kl, hist };
    };
    try {
      for (let iter = 0; id === run && iter <= MAX_ITERS; iter++) {
        if (iter % PLANAR_EVAL_EVERY === 0 || iter === MAX_ITERS) {
          const a = await report(nf, forwardNf, cfg.seed * 31 + iter);
          const b = await report(cnf, forwardCnf, cfg.seed * 31 + iter);
          if (id !== run) break;
          post({ kind: 'eval', iter, logZ, nf: a, cnf: b }, [a.hist.buffer, b.hist.buffer]);
        }
        if (iter === MAX_ITERS) break;
        while (paused && id === run) await new Promise((r) => setTimeout(r, 50));
        if (id !== run) break;
        const z0 = tf.randomNormal([PLANAR_BATCH, 2], 0, 1, 'float32', cfg.seed * 7 + 2 * iter) as TF.Tensor2D;
        const l1 = optNf.minimize(() => klLoss(tf, cfg.target, forwardNf(nf, z0)), true, planarVariables(nf)) as TF.Scalar;
        const l2 = optCnf.minimize(() => klLoss(tf, cfg.target, forwardCnf(cnf, z0)), true, planarVariables(cnf)) as TF.Scalar;
        const [a, b] = [(await l1.data())[0], (await l2.data())[0]];
        tf.dispose([z0, l1, l2]);
        post({ kind: 'iter', iter: iter + 1, nf: a + logZ, cnf: b + logZ });
        await new Promise((r) => setTimeout(r, 0));
      }
    } finally {
      disposePlanar(nf);
      disposePlanar(cnf);
      optNf.dispose();
      optCnf.dispose();
    }
  }

  return {
    onMessage(m) {
      if (m.kind === 'pause') paused = true;
      else if (m.kind === 'resume') paused = false;
      else {
        const id = ++run;
        train(m.config, id).catch((err: unknown) => post({ kind: 'error', message: err instanceof Error ? err.message : String(err) }));
      }
    },
    close() {
      run++;
    },
  };
  },
};
