import { describe, expect, it } from 'vitest';
import { addIteration, emptyRow } from './comparisonSummary';

describe('comparison row summary', () => {
  it('keeps the median time of un-profiled iterations, the largest peak, and mean NFE', () => {
    const times: number[] = [];
    let row = emptyRow('odenet', 100);
    row = addIteration(row, { iteration: 1, loss: 2, ms: 500, nfe: 20, backwardNfe: 26, peakBytes: 4000 }, times);
    row = addIteration(row, { iteration: 2, loss: 1.5, ms: 30, nfe: 26, backwardNfe: 32 }, times);
    row = addIteration(row, { iteration: 3, loss: 1.2, ms: 10, nfe: 26, backwardNfe: 32 }, times);
    row = addIteration(row, { iteration: 4, loss: 1.1, ms: 20, nfe: 32, backwardNfe: 38, peakBytes: 6000 }, times);
    row = addIteration(row, { iteration: 5, loss: 1, ms: 40, nfe: 26, backwardNfe: 32 }, times);
    expect(row.iterations).toBe(5);
    expect(row.loss).toBe(1);
    // Profiled iterations (1 and 4) are left out of the time: median of 30, 10, 40 is 30.
    expect(row.msPerIteration).toBe(30);
    expect(row.peakBytes).toBe(6000);
    expect(row.nfe).toBeCloseTo((20 + 26 + 26 + 32 + 26) / 5, 12);
    expect(row.backwardNfe).toBeCloseTo((26 + 32 + 32 + 38 + 32) / 5, 12);
  });

  it('gives the MLP no NFE', () => {
    const row = addIteration(emptyRow('mlp', 10), { iteration: 1, loss: 1, ms: 1, nfe: 0, backwardNfe: null }, []);
    expect(row.nfe).toBeNull();
    expect(row.backwardNfe).toBeNull();
  });
});
