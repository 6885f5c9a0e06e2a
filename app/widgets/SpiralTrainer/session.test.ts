/** The trainer's session: time-boxed training stops where asked, tests every 20 iterations, resumes a checkpoint. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groundTruth } from '../../nn/spiral/problem';
import { DEFAULT_SETTINGS } from '../../nn/spiral/trainer';
import { SpiralSession, TEST_FREQ } from './session';

const truth = groundTruth();

describe('SpiralSession', () => {
  it('trains up to the stop, records one history entry per iteration and a test every 20', () => {
    const s = new SpiralSession(truth, 0, { kind: 'scratch' });
    expect(s.tests.map((t) => t.iteration)).toEqual([0]);
    let guard = 0;
    while (s.iteration < 45 && guard++ < 1000) s.advance(DEFAULT_SETTINGS, 5, 45);
    expect(s.iteration).toBe(45);
    expect(s.loss).toHaveLength(45);
    expect(s.nfeForward).toHaveLength(45);
    expect(s.tests.map((t) => t.iteration)).toEqual([0, TEST_FREQ, 2 * TEST_FREQ]);
    expect(s.advance(DEFAULT_SETTINGS, 5, 45)).toBe(0);
    expect(s.msPerIteration).toBeGreaterThan(0);
  });

  it('records backward evaluations only for adjoint iterations', () => {
    const s = new SpiralSession(truth, 1, { kind: 'scratch' });
    s.stepOnce(DEFAULT_SETTINGS);
    s.stepOnce({ ...DEFAULT_SETTINGS, mode: 'adjoint' });
    expect(s.nfeBackward[0]).toBe(0);
    expect(s.nfeBackward[1]).toBeGreaterThanOrEqual(126);
  });

  it('starts from the shipped checkpoint with its history', () => {
    const json = JSON.parse(readFileSync(new URL('../../../public/models/spiral/checkpoint.json', import.meta.url), 'utf8'));
    const s = SpiralSession.fromCheckpointJson(truth, json);
    expect(s.iteration).toBe(json.state.iteration);
    expect(s.loss).toHaveLength(json.state.iteration);
    expect(s.prediction.loss).toBeLessThanOrEqual(0.12);
    expect(() => SpiralSession.fromCheckpointJson(truth, { format: 'x' })).toThrow(/damaged/);
  });
});
