import { describe, expect, it } from 'vitest';
import { divergenceBar, divergenceOf, watchLoss } from './divergence';

describe('divergence rule shared by every trainer', () => {
  it('calls the CNF trainer’s climb from 3.4 to hundreds of nats diverging', () => {
    const run = [3.4, 3.2, 3.05, 3.0, 4.5, 9, 13, 40, 120, 526];
    expect(divergenceOf(run)).toEqual({ kind: 'climbing', loss: 120, best: 3.0 });
  });

  it('raises the alarm at once for a non-finite loss', () => {
    expect(divergenceOf([2.3, 1.9, NaN])).toEqual({ kind: 'non-finite', loss: NaN });
    expect(divergenceOf([2.3, Infinity])).toEqual({ kind: 'non-finite', loss: Infinity });
    expect(divergenceOf([NaN])).toEqual({ kind: 'non-finite', loss: NaN });
  });

  it('does not call minibatch noise around a small best diverging', () => {
    // Spiral-trainer-like MSE: 0.5 down to 0.001, with spikes to 10× the best.
    const run = [0.5, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001, 0.01, 0.004, 0.012, 0.002, 0.009, 0.011, 0.01];
    expect(divergenceOf(run)).toBeNull();
  });

  it('needs several readings in a row above the bar: one bad minibatch is not enough', () => {
    expect(divergenceOf([3.4, 3.0, 20, 3.1, 25, 3.0, 30, 3.1])).toBeNull();
    expect(divergenceOf([3.4, 3.0, 20, 25, 30])).not.toBeNull();
  });

  it('sets the bar from the larger of |best| and the descent, and handles negative losses', () => {
    expect(divergenceBar(3.4, 3.0)).toBeCloseTo(12, 12);
    expect(divergenceBar(2.3, 0.05)).toBeCloseTo(0.05 + 3 * 2.25, 12);
    // A negative NLL (a concentrated density) of best −1 from a start of 2: the bar is −1 + 3·3 = 8.
    expect(divergenceBar(2, -1)).toBeCloseTo(8, 12);
  });

  it('is a fold: the incremental watch agrees with the history verdict, and a diverged run stays diverged', () => {
    let w = null as ReturnType<typeof watchLoss> | null;
    for (const l of [1, 0.5, 10, 10, 10, 0.4]) w = watchLoss(w, l);
    expect(w!.diverged).toEqual({ kind: 'climbing', loss: 10, best: 0.5 });
    expect(w!.latest).toBe(0.4);
  });
});
