/**
 * Trains the flow-matching models chapter 6 ships (`public/models/fm/<set>.json`): for each toy set, a
 * 1-rectified flow (flow matching with independent noise–data pairs) and the 2-rectified flow reflow makes
 * from it (`<set>.reflow.json`), in Node with tfjs's wasm backend. Seeded and reproducible on one backend.
 * `<set>.log.json` records the settings, the training losses and, measured on the result: dopri5's
 * evaluations per sample and Liu et al.'s straightness, before and after reflow.
 *
 *   npx tsx scripts/train-flow-matching.ts [set …] [--seed 1]
 *
 * Settings: chapter 5's network (2→32→32→2 tanh, t fed to every layer, `TRAIN_SETTINGS` of train-cnf.ts),
 * batch 256, Adam with the rate decayed by a cosine from 3e-3 to 1e-4; reflow pairs from dopri5 at
 * rtol = atol = 1e-5, the 2-rectified flow starting from the 1-rectified flow's weights (Liu et al. 2023 §2).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as TF from '@tensorflow/tfjs-core';
import { mulberry32 } from '../app/math/rng.ts';
import { runInTfjsBundle } from './lib/tfjsBundle.ts';
import { sampleToy, TOY_SETS, type ToySet } from '../app/math/toy/ffjord.ts';
import { initCnf, type CnfWeights } from '../app/nn/cnf/model.ts';

export const FM_SETTINGS = { dims: [2, 32, 32, 2], T: 1, batch: 256, lrMax: 3e-3, lrMin: 1e-4, iters: 2000, reflowIters: 1500, pairs: 2048, pairTol: 1e-5, dataN: 4096, measureN: 256, measureTol: 1e-3 };

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.env.FM_OUT_DIR ?? join(here, '..', 'public', 'models', 'fm');
const round = (w: CnfWeights) => ({ ...w, layers: w.layers.map((l) => ({ ...l, W: l.W.map((v) => +v.toPrecision(7)), b: l.b.map((v) => +v.toPrecision(7)), c: l.c.map((v) => +v.toPrecision(7)) })) });

async function trainOne(tf: typeof TF, set: ToySet, seed: number) {
  const { createFmTrainer } = await import('../app/nn/flowMatching/train.ts');
  const { sampleCfmBatch } = await import('../app/nn/flowMatching/path.ts');
  const { reflowPairs } = await import('../app/nn/flowMatching/reflow.ts');
  const { noise, samplePaths, outputTimes } = await import('../app/nn/flowMatching/sample.ts');
  const S = FM_SETTINGS;
  const rng = mulberry32(seed);
  const data = sampleToy(set, S.dataN, mulberry32(seed + 1));
  const start = Date.now();
  const run = async (init: CnfWeights, iters: number, pairs?: { x0: Float32Array; x1: Float32Array }) => {
    const trainer = createFmTrainer(tf, init, S.lrMax);
    const losses: number[] = [];
    for (let it = 0; it < iters; it++) {
      trainer.setLearningRate(S.lrMin + 0.5 * (S.lrMax - S.lrMin) * (1 + Math.cos((Math.PI * it) / iters)));
      const l = trainer.step(pairs ? sampleCfmBatch(pairs.x1, S.batch, rng, pairs) : sampleCfmBatch(data, S.batch, rng));
      losses.push((await l.data())[0]);
      l.dispose();
      if ((it + 1) % 500 === 0) console.log(`${set}${pairs ? ' reflow' : ''} iter ${it + 1} loss ${losses.at(-1)?.toFixed(4)} (${((Date.now() - start) / 1000).toFixed(0)} s)`);
    }
    const w = await trainer.weights();
    trainer.dispose();
    return { w, losses };
  };
  const first = await run(initCnf(S.dims, mulberry32(seed + 2), S.T), S.iters);
  const pairs = reflowPairs(first.w, S.pairs, mulberry32(seed + 3), { rtol: S.pairTol, atol: S.pairTol });
  const second = await run(first.w, S.reflowIters, pairs);
  const x0 = noise(S.measureN, mulberry32(seed + 4));
  const measure = (w: CnfWeights) => {
    const p = samplePaths(w, x0, outputTimes(32), { rtol: S.measureTol, atol: S.measureTol });
    return { meanNfe: p.meanNfe, straightness: p.straightness };
  };
  const before = measure(first.w);
  const after = measure(second.w);
  console.log(`${set}: NFE ${before.meanNfe.toFixed(1)} → ${after.meanNfe.toFixed(1)}, straightness ${before.straightness.toFixed(4)} → ${after.straightness.toFixed(4)}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${set}.json`), JSON.stringify({ ...round(first.w), set, seed, kind: '1-rectified' }));
  writeFileSync(join(outDir, `${set}.reflow.json`), JSON.stringify({ ...round(second.w), set, seed, kind: '2-rectified' }));
  const every = (l: number[]) => l.filter((_, i) => i % 10 === 9);
  writeFileSync(
    join(outDir, `${set}.log.json`),
    JSON.stringify({ set, seed, settings: S, backend: tf.getBackend(), seconds: (Date.now() - start) / 1000, before, after, lossEvery10: every(first.losses), reflowLossEvery10: every(second.losses) }),
  );
  const sets = readdirSync(outDir).filter((f) => f.endsWith('.log.json')).map((f) => f.replace(/\.log\.json$/, '')).sort();
  writeFileSync(join(outDir, 'index.json'), JSON.stringify({ sets }));
}

async function main() {
  const args = process.argv.slice(2);
  const i = args.indexOf('--seed');
  const seed = i >= 0 ? Number(args[i + 1]) : 1;
  const sets = args.filter((a, k) => !a.startsWith('--') && !(k > 0 && args[k - 1].startsWith('--'))) as ToySet[];
  const tf = await import('@tensorflow/tfjs-core');
  const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
  setWasmPaths(join(process.cwd(), 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  tf.env().set('PROD', true);
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  for (const set of sets.length ? sets : (['moons', '8gaussians', 'checkerboard', '2spirals'] as ToySet[])) {
    if (!TOY_SETS.includes(set)) throw new Error(`unknown set ${set}; one of ${TOY_SETS.join(', ')}`);
    await trainOne(tf, set, seed);
  }
}

await runInTfjsBundle(import.meta.url, main, { FM_OUT_DIR: outDir });
