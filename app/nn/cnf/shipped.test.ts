import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { validateCnf } from './model';
import { gridMass, logDensityGridPlain } from './flowPlain';

const dir = join(__dirname, '../../../public/models/cnf');
const shipped = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { sets: string[] }).sets;

test('models are shipped, each with its training log', () => {
  expect(shipped.length).toBeGreaterThanOrEqual(2);
  for (const set of shipped) {
    const log = JSON.parse(readFileSync(join(dir, `${set}.log.json`), 'utf8')) as { heldOutLogLikelihood: number; seed: number };
    expect(Number.isFinite(log.heldOutLogLikelihood)).toBe(true);
    expect(Number.isInteger(log.seed)).toBe(true);
  }
});

test.each(shipped)("the shipped %s model's density on a grid integrates to 1 within 2%", (set) => {
  const parsed = validateCnf(JSON.parse(readFileSync(join(dir, `${set}.json`), 'utf8')));
  expect(parsed.ok).toBe(true);
  if (!parsed.ok) return;
  // Float64, 12 steps over [0, T] (the widget's grid), on [−6, 6]² at 0.12 spacing.
  const g = { size: 100, extent: 6 };
  const lp = logDensityGridPlain(parsed.value, g, parsed.value.T, 12);
  expect(Math.abs(gridMass(lp, g) - 1)).toBeLessThan(0.02);
});
