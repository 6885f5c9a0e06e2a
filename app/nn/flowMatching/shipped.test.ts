/**
 * The shipped flow-matching models (public/models/fm, scripts/train-flow-matching.ts), measured afresh in
 * float64: reflow straightens them and cuts dopri5's evaluations; their exact-trace likelihood agrees with
 * Hutchinson's estimate; and the chapter quotes the training log's figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { energyDistance } from '../../math/energyDistance';
import { sampleToy, type ToySet } from '../../math/toy/ffjord';
import { validateCnf, type CnfWeights } from '../cnf/model';
import { logLikelihoods } from './likelihood';
import { eulerSamples, noise, outputTimes, samplePaths } from './sample';

const root = join(__dirname, '../../..');
const dir = join(root, 'public/models/fm');
const sets = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { sets: string[] }).sets;
const load = (file: string): CnfWeights => {
  const v = validateCnf(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  if (!v.ok) throw new Error(`${file}: ${v.error}`);
  return v.value;
};

describe('reflow on the shipped models', () => {
  test.each(sets)('%s: lowers the mean straightness and dopri5’s evaluations per sample (rtol = atol = 1e-3)', (set) => {
    const x0 = noise(256, mulberry32(2024));
    const tol = { rtol: 1e-3, atol: 1e-3 };
    const before = samplePaths(load(`${set}.json`), x0, outputTimes(32), tol);
    const after = samplePaths(load(`${set}.reflow.json`), x0, outputTimes(32), tol);
    console.log(`${set}: straightness ${before.straightness.toFixed(4)} → ${after.straightness.toFixed(4)}, NFE per sample ${before.meanNfe.toFixed(2)} → ${after.meanNfe.toFixed(2)}`);
    expect(after.straightness).toBeLessThan(before.straightness / 10);
    expect(after.meanNfe).toBeLessThan(before.meanNfe);
  });

  test.each(sets)('%s: one Euler step after reflow lands far nearer the data than before (energy distance)', (set) => {
    const x0 = noise(512, mulberry32(7));
    const data = sampleToy(set as ToySet, 1024, mulberry32(8));
    const e = (file: string) => energyDistance(eulerSamples(load(file), x0, 1), data);
    const [before, after] = [e(`${set}.json`), e(`${set}.reflow.json`)];
    console.log(`${set}: energy distance, 1 Euler step, ${before.toFixed(4)} → ${after.toFixed(4)}`);
    expect(after).toBeLessThan(before / 4);
  });
});

test('the exact-trace NLL of a shipped model agrees with its Hutchinson estimate within two standard errors', () => {
  const w = load('moons.json');
  const pts = sampleToy('moons', 96, mulberry32(99));
  const tol = { rtol: 1e-6, atol: 1e-6 };
  const exact = logLikelihoods(w, pts, tol).nll;
  // K Gaussian ε per point, each held for its whole solve; the SE comes from the spread across draws only.
  const K = 6;
  const rng = mulberry32(100);
  const n = pts.length / 2;
  const draws = Array.from({ length: K }, () => logLikelihoods(w, pts, tol, noise(n, rng)).logp);
  let est = 0;
  let varSum = 0;
  for (let i = 0; i < n; i++) {
    const xs = draws.map((d) => -d[i]);
    const m = xs.reduce((a, b) => a + b, 0) / K;
    est += m / n;
    varSum += xs.reduce((a, b) => a + (b - m) ** 2, 0) / (K - 1) / K;
  }
  const se = Math.sqrt(varSum) / n;
  console.log(`moons: exact NLL ${exact.toFixed(4)}, Hutchinson ${est.toFixed(4)} ± ${se.toFixed(4)} (SE)`);
  expect(se).toBeGreaterThan(0);
  expect(Math.abs(est - exact)).toBeLessThan(2 * se);
});

test('the chapter quotes the two-moons training log', () => {
  const log = JSON.parse(readFileSync(join(dir, 'moons.log.json'), 'utf8')) as { before: { meanNfe: number; straightness: number }; after: { meanNfe: number; straightness: number } };
  const mdx = readFileSync(join(root, 'content/en/flow-matching.mdx'), 'utf8');
  const quote = (k: string) => Number(new RegExp(`data-quote="${k}">([\\d.]+)<`).exec(mdx)?.[1]);
  const sig = (v: number, d: number) => Number(v.toPrecision(d));
  expect(quote('moons-straightness-before')).toBe(sig(log.before.straightness, 3));
  expect(quote('moons-straightness-after')).toBe(sig(log.after.straightness, 2));
  expect(quote('moons-nfe-before')).toBe(sig(log.before.meanNfe, 3));
  expect(quote('moons-nfe-after')).toBe(sig(log.after.meanNfe, 3));
});
