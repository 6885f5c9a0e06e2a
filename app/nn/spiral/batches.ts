/**
 * ode_demo's `get_batch` (lines 45-50): 20 distinct start indices s drawn from [0, data_size − batch_time)
 * = [0, 989] without replacement; batch_y0 = true_y[s]; batch_t = t[:10] (always from 0, the dynamics are
 * autonomous); batch_y[i] = true_y[s + i], i = 0..9. The demo draws s with numpy's legacy global RNG,
 * `np.random.choice(990, 20, replace=False)`, which equals `np.random.permutation(990)[:20]`; numpy's
 * Mersenne Twister stream is not reproduced here: we take the first 20 of a seeded Fisher–Yates
 * permutation from `app/math/rng.ts` instead, the same distribution.
 */
import { sampleWithoutReplacement, type Rng } from '../../math/rng';
import { BATCH_SIZE, BATCH_TIME, DATA_SIZE } from './problem';

export interface Batch {
  starts: number[];
  /** (20, 2) flat: the initial states. */
  y0: Float64Array;
  /** batch_t: the first 10 grid times. */
  t: Float64Array;
  /** batch_y[i] is (20, 2) flat, the true states at t[i] of each window. */
  y: Float64Array[];
}

export function getBatch(rng: Rng, trueY: Float64Array, t: Float64Array, batchSize = BATCH_SIZE, batchTime = BATCH_TIME): Batch {
  const starts = sampleWithoutReplacement(rng, DATA_SIZE - batchTime, batchSize);
  const y = Array.from({ length: batchTime }, (_, i) => {
    const v = new Float64Array(2 * batchSize);
    starts.forEach((s, b) => {
      v[2 * b] = trueY[2 * (s + i)];
      v[2 * b + 1] = trueY[2 * (s + i) + 1];
    });
    return v;
  });
  return { starts, y0: Float64Array.from(y[0]), t: t.slice(0, batchTime), y };
}
