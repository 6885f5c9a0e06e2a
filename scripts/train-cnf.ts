/**
 * Trains the CNFs the density-flow widget ships (`public/models/cnf/<set>.json`), one per FFJORD toy set,
 * in Node with tfjs's wasm backend. Seeded and reproducible: the same seed gives the same weights on the
 * same backend. Log-likelihoods go to `public/models/cnf/<set>.log.json` beside the weights.
 *
 *   npx tsx scripts/train-cnf.ts [set …] [--iters 1200] [--seed 1]
 *
 * Settings (deliberately smaller than FFJORD's `train_toy.py`, which uses 64-64-64 hidden units, T = 0.5,
 * dopri5 at tolerance 1e-5 and 10,000 iterations — two shared CPU cores allow a few minutes per set):
 * field 2→32→32→2 tanh with t concatenated to every layer, T = 1, 8 fixed 3/8-rule steps (NFE 32 per
 * solve), exact divergence, Adam lr 3e-3 decayed to 3e-4 (cosine), batch 256 fresh samples per iteration.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TF from '@tensorflow/tfjs-core';
import { mulberry32 } from '../app/math/rng.ts';
import { runInTfjsBundle } from './lib/tfjsBundle.ts';
import { sampleToy, TOY_SETS, type ToySet } from '../app/math/toy/ffjord.ts';
import { initCnf } from '../app/nn/cnf/model.ts';

export const TRAIN_SETTINGS = { dims: [2, 32, 32, 2], T: 1, steps: 8, lrMax: 3e-3, lrMin: 3e-4, batch: 256, iters: 1200, evalN: 2048 };

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.env.CNF_OUT_DIR ?? join(here, '..', 'public', 'models', 'cnf');

async function trainOne(tf: typeof TF, set: ToySet, iters: number, seed: number) {
  const { CnfTrainer } = await import('../app/nn/cnf/train.ts');
  const { tensorsToCnf } = await import('../app/nn/cnf/tensorFlow.ts');
  const S = TRAIN_SETTINGS;
  const rng = mulberry32(seed);
  const init = initCnf(S.dims, rng, S.T);
  const trainer = new CnfTrainer(tf, init, { lr: S.lrMax, steps: S.steps, trace: 'exact' });
  const heldOut = tf.tensor2d(Float32Array.from(sampleToy(set, S.evalN, mulberry32(seed + 1000))), [S.evalN, 2]);
  const log: { iter: number; trainNll: number; heldOutNll?: number }[] = [];
  const start = Date.now();
  for (let it = 1; it <= iters; it++) {
    // Cosine decay of the learning rate (Adam's lr is a public field in tfjs-core).
    (trainer as unknown as { opt: { learningRate: number } }).opt.learningRate = S.lrMin + 0.5 * (S.lrMax - S.lrMin) * (1 + Math.cos((Math.PI * (it - 1)) / iters));
    const x = tf.tensor2d(Float32Array.from(sampleToy(set, S.batch, rng)), [S.batch, 2]);
    const loss = trainer.step(x, seed * 100003 + it);
    const v = (await loss.data())[0];
    loss.dispose();
    x.dispose();
    const entry: (typeof log)[number] = { iter: it, trainNll: v };
    if (it % 100 === 0 || it === iters) {
      const e = trainer.evaluate(heldOut);
      entry.heldOutNll = (await e.data())[0];
      e.dispose();
      console.log(`${set} iter ${it} train NLL ${v.toFixed(3)} held-out NLL ${entry.heldOutNll.toFixed(3)} (${((Date.now() - start) / 1000).toFixed(0)} s)`);
    }
    log.push(entry);
  }
  const weights = await tensorsToCnf(trainer.params, S.dims, S.T);
  const final = log.at(-1)?.heldOutNll ?? NaN;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${set}.json`), JSON.stringify({ ...weights, set, seed, steps: S.steps }));
  writeFileSync(
    join(outDir, `${set}.log.json`),
    JSON.stringify({ set, seed, settings: { ...S, iters }, backend: tf.getBackend(), seconds: (Date.now() - start) / 1000, heldOutLogLikelihood: -final, log: log.filter((e) => e.heldOutNll !== undefined || e.iter % 10 === 0) }, null, 1),
  );
  trainer.dispose();
  heldOut.dispose();
  writeIndex();
}

/** `index.json` lists the shipped models, so the widget offers only sets that have weights. */
function writeIndex() {
  const sets = readdirSync(outDir)
    .filter((f) => f.endsWith('.log.json'))
    .map((f) => f.replace(/\.log\.json$/, ''))
    .sort();
  writeFileSync(join(outDir, 'index.json'), JSON.stringify({ sets }));
}

async function main() {
  const args = process.argv.slice(2);
  const num = (flag: string, d: number) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : d;
  };
  const iters = num('--iters', TRAIN_SETTINGS.iters);
  const seed = num('--seed', 1);
  const sets = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) as ToySet[];
  const tf = await import('@tensorflow/tfjs-core');
  const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
  setWasmPaths(join(process.cwd(), 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  tf.env().set('IS_TEST', true);
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  for (const set of sets.length ? sets : TOY_SETS.filter((s) => s !== 'swissroll')) {
    if (!TOY_SETS.includes(set)) throw new Error(`unknown set ${set}; one of ${TOY_SETS.join(', ')}`);
    await trainOne(tf, set, iters, seed);
  }
}

await runInTfjsBundle(import.meta.url, main, { CNF_OUT_DIR: outDir });
