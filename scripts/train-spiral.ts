/**
 * Trains ode_demo's spiral with the project's own code (app/nn/spiral, plain float64 TypeScript) and writes
 * the checkpoint the spiral trainer's "skip to the trained model" loads: `public/models/spiral/checkpoint.json`.
 *
 *   npx tsx scripts/train-spiral.ts [--seed 0] [--iters 2000] [--mode backprop|adjoint]
 *
 * Seeded and deterministic. As in ode_demo the test loss swings from test to test (ODE_DEMO.md §2), so the
 * file keeps the state at the iteration with the lowest test loss within the run (the page says so), together
 * with the history up to that iteration, so that training resumes from it exactly. Prints its figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKPOINT_FORMAT, encodeCheckpoint, type CheckpointTest, type SpiralCheckpoint } from '../app/nn/spiral/checkpoint.ts';
import { groundTruth } from '../app/nn/spiral/problem.ts';
import { DEFAULT_SETTINGS, SpiralTraining, type GradMode, type TrainingState } from '../app/nn/spiral/trainer.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const seed = Number(arg('seed', '0'));
const iters = Number(arg('iters', '2000'));
const mode = arg('mode', 'backprop') as GradMode;
const settings = { ...DEFAULT_SETTINGS, mode };
const round = (v: number) => Number(v.toPrecision(5));

const truth = groundTruth();
const run = new SpiralTraining(truth, seed);
const loss: number[] = [], nfe: number[] = [];
const t0 = performance.now();
const first = run.test();
const tests: CheckpointTest[] = [{ iteration: 0, loss: round(first.loss), nfe: first.nfe }];
let best: { state: TrainingState; loss: number } = { state: run.state(), loss: first.loss };
for (let i = 1; i <= iters; i++) {
  const s = run.step(settings);
  loss.push(round(s.loss));
  nfe.push(s.nfeForward);
  if (i % 20 === 0) {
    const t = run.test();
    tests.push({ iteration: i, loss: round(t.loss), nfe: t.nfe });
    if (t.loss < best.loss) best = { state: run.state(), loss: t.loss };
    if (i % 200 === 0) console.log(`iter ${i}: test loss ${t.loss.toFixed(4)}, train EMA ${run.lossEma?.toFixed(5)}, forward NFE ${s.nfeForward}, test NFE ${t.nfe}`);
  }
}
const seconds = (performance.now() - t0) / 1000;
const k = best.state.iteration;
const checkpoint: SpiralCheckpoint = {
  format: CHECKPOINT_FORMAT,
  seed,
  mode,
  method: settings.method,
  rtol: settings.rtol,
  atol: settings.atol,
  trainedIterations: iters,
  state: best.state,
  history: { loss: loss.slice(0, k), nfeForward: nfe.slice(0, k) },
  tests: tests.filter((t) => t.iteration <= k),
  note: `scripts/train-spiral.ts --seed ${seed} --iters ${iters} --mode ${mode}: the state at iteration ${k}, the lowest test loss (${best.loss.toFixed(4)}) of ${iters} iterations.`,
};
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'models', 'spiral', 'checkpoint.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(encodeCheckpoint(checkpoint)) + '\n');
const late = tests.filter((t) => t.iteration >= 1000).map((t) => t.loss).sort((a, b) => a - b);
console.log(`\n${iters} iterations (${mode}, seed ${seed}) in ${seconds.toFixed(1)} s including ${tests.length} test solves`);
console.log(`final test loss ${tests.at(-1)?.loss}, median over 1000-${iters} ${late[Math.floor(late.length / 2)]}, best ${best.loss.toFixed(4)} at iteration ${k}`);
console.log(`train-loss EMA at ${iters}: ${run.lossEma?.toFixed(5)}; forward NFE mean over the last 100: ${(nfe.slice(-100).reduce((a, b) => a + b, 0) / 100).toFixed(1)}`);
console.log(`wrote ${out}`);
