/**
 * The shipped checkpoint (public/models/spiral/checkpoint.json) is what the trainer's "skip to the trained
 * model" loads: it must decode, its parameters must really fit the spiral when solved now, and training
 * must resume from it. A damaged file must be refused with a message naming the bad field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint';
import { groundTruth } from './problem';
import { SpiralTraining, testLoss } from './trainer';

const raw = JSON.parse(readFileSync(new URL('../../../public/models/spiral/checkpoint.json', import.meta.url), 'utf8'));
const truth = groundTruth();

describe('shipped spiral checkpoint', () => {
  const c = decodeCheckpoint(raw);

  it('fits the spiral: its test loss, solved now, is below ODE_DEMO best-test bound and matches the file', () => {
    const loss = testLoss(c.state.params, truth).loss;
    expect(loss).toBeLessThanOrEqual(0.12);
    const recorded = c.tests.find((t) => t.iteration === c.state.iteration);
    expect(recorded).toBeDefined();
    expect(Math.abs(loss - (recorded?.loss ?? NaN))).toBeLessThan(1e-4);
    expect(c.history.loss).toHaveLength(c.state.iteration);
  });

  it('resumes training exactly where the run was (same next batch as an uninterrupted run)', () => {
    const fresh = new SpiralTraining(truth, c.seed);
    for (let i = 0; i < 3; i++) fresh.step();
    const resumed = new SpiralTraining(truth, c.seed, fresh.state());
    const a = fresh.step(), b = resumed.step();
    expect(b.batch.starts).toEqual(a.batch.starts);
    expect(Array.from(resumed.params)).toEqual(Array.from(fresh.params));
    const fromFile = new SpiralTraining(truth, c.seed, c.state);
    expect(fromFile.iteration).toBe(c.state.iteration);
    expect(fromFile.step().iteration).toBe(c.state.iteration + 1);
  });

  it('round-trips through encode/decode', () => {
    const again = decodeCheckpoint(JSON.parse(JSON.stringify(encodeCheckpoint(c))));
    expect(Array.from(again.state.params)).toEqual(Array.from(c.state.params));
  });

  it('refuses damaged files with a specific message', () => {
    expect(() => decodeCheckpoint('nope')).toThrow(/not a JSON object/);
    expect(() => decodeCheckpoint({ ...raw, format: 'x' })).toThrow(/format/);
    expect(() => decodeCheckpoint({ ...raw, state: { ...raw.state, params: raw.state.params.slice(1) } })).toThrow(/state\.params must be 252/);
    expect(() => decodeCheckpoint({ ...raw, state: { ...raw.state, squareAvg: raw.state.squareAvg.map(() => 'a') } })).toThrow(/squareAvg/);
  });
});
