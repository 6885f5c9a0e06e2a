/**
 * Produces public/models/ch2/comparison.json: the precomputed table chapter 2's comparison widget shows
 * before the reader trains. It runs exactly the browser's code (app/nn/classify/digitRun.ts) in Node on
 * tfjs's wasm backend, round-robin one iteration per network, measuring test error every 50 iterations and
 * at the end, peak memory on iteration 1 and every 25th, and the median time of the other iterations.
 *
 * Run from the repository root: npx tsx scripts/train-comparison.ts [--seed 1] [--iterations 200] [--lr 0.005] [--out path]
 *
 * Like scripts/train-cnf.ts, it bundles itself with esbuild first: tfjs-core's gradients exist only in its
 * ES-module build, which Node cannot import directly (extensionless imports).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInTfjsBundle } from './lib/tfjsBundle.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

async function main(root: string) {
  const tf = await import('@tensorflow/tfjs-core');
  const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');
  const { parseDigits, splitDigits } = await import('../app/nn/classify/digits.ts');
  const { NET_KINDS } = await import('../app/nn/classify/digitNets.ts');
  const { createDigitRun, RUN_DEFAULTS } = await import('../app/nn/classify/digitRun.ts');
  const { addIteration, emptyRow } = await import('../app/nn/classify/comparisonSummary.ts');
  type ComparisonFile = import('../app/nn/classify/comparisonSummary.ts').ComparisonFile;

  const seed = Number(arg('seed', '1'));
  const iterations = Number(arg('iterations', '200'));
  const lr = Number(arg('lr', String(RUN_DEFAULTS.lr)));
  const out = arg('out', join(root, 'public/models/ch2/comparison.json'));

  setWasmPaths(join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/'));
  tf.env().set('PROD', true);
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');

  const split = splitDigits(parseDigits(new Uint8Array(readFileSync(join(root, 'public/data/digits/digits-8x8.bin')))));
  const runs = NET_KINDS.map((k) => createDigitRun(k, split.train, { seed, lr }));
  const rows = runs.map((r) => emptyRow(r.net.kind, r.net.params));
  const times = runs.map(() => [] as number[]);
  for (let it = 1; it <= iterations; it++) {
    for (let i = 0; i < runs.length; i++) {
      rows[i] = addIteration(rows[i], await runs[i].step(), times[i]);
      if (it % 50 === 0 || it === iterations) rows[i] = { ...rows[i], testError: await runs[i].testError(split.test) };
    }
    if (it % 50 === 0 || it === iterations) {
      console.log(`iteration ${it}: ` + rows.map((r) => `${r.kind} loss ${r.loss?.toFixed(3)} error ${r.testError === null ? '–' : (100 * r.testError).toFixed(1) + '%'}`).join(' | '));
    }
  }
  runs.forEach((r) => r.dispose());

  const file: ComparisonFile = {
    generatedBy: 'scripts/train-comparison.ts',
    command: `npx tsx scripts/train-comparison.ts --seed ${seed} --iterations ${iterations} --lr ${lr}`,
    backend: `wasm in Node ${process.version} (times from the machine that ran the script)`,
    seed,
    iterations,
    batch: RUN_DEFAULTS.batch,
    lr,
    settings: { width: RUN_DEFAULTS.net.width, blocks: RUN_DEFAULTS.net.blocks, rtol: RUN_DEFAULTS.net.rtol, atol: RUN_DEFAULTS.net.atol },
    rows,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(file, null, 2) + '\n');
  const fmt = (v: number | null, f: (x: number) => string) => (v === null ? '–' : f(v));
  console.table(
    rows.map((r) => ({
      net: r.kind,
      params: r.params,
      'test error': fmt(r.testError, (x) => `${(100 * x).toFixed(1)}%`),
      'peak kB': fmt(r.peakBytes, (x) => (x / 1024).toFixed(1)),
      'ms/iter': fmt(r.msPerIteration, (x) => x.toFixed(2)),
      nfe: fmt(r.nfe, (x) => x.toFixed(1)),
      'backward nfe': fmt(r.backwardNfe, (x) => x.toFixed(1)),
    })),
  );
  console.log(`wrote ${out}`);
}

// Computed here from the script's real location; inside the bundle it arrives through the environment.
const root = process.env.CH2_TRAIN_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..');
await runInTfjsBundle(import.meta.url, () => main(root), { CH2_TRAIN_ROOT: root });
