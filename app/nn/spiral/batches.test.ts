/** The trainer's batches and optimiser follow ode_demo's construction (ODE_DEMO.md §1, "Training batch"). */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../math/rng';
import { getBatch } from './batches';
import { initParams, N_PARAMS, OFF_B1, OFF_B2, OFF_W1, OFF_W2 } from './mlp';
import { groundTruth, timeGrid } from './problem';
import { createRmsProp, rmspropStep } from './rmsprop';
import { SpiralTraining } from './trainer';

const truth = groundTruth();

describe('get_batch', () => {
  it('draws 20 distinct starts in [0, 989] and takes windows of 10 consecutive true states from t = 0', () => {
    const rng = mulberry32(1);
    const t = timeGrid();
    const seen = new Set<number>();
    for (let k = 0; k < 200; k++) {
      const b = getBatch(rng, truth.y, truth.t);
      expect(b.starts).toHaveLength(20);
      expect(new Set(b.starts).size).toBe(20);
      for (const s of b.starts) {
        expect(Number.isInteger(s) && s >= 0 && s <= 989).toBe(true);
        seen.add(s);
      }
      expect(Array.from(b.t)).toEqual(Array.from(t.slice(0, 10)));
      expect(b.t[0]).toBe(0);
      expect(b.t[9]).toBeCloseTo(225 / 999, 15);
      expect(b.y).toHaveLength(10);
      b.starts.forEach((s, j) => {
        expect([b.y0[2 * j], b.y0[2 * j + 1]]).toEqual([truth.y[2 * s], truth.y[2 * s + 1]]);
        for (let i = 0; i < 10; i++) expect([b.y[i][2 * j], b.y[i][2 * j + 1]]).toEqual([truth.y[2 * (s + i)], truth.y[2 * (s + i) + 1]]);
      });
    }
    // 4,000 draws reach both ends of the range and most of it: the last window may start at 989, not 990.
    expect(seen.has(0) || seen.has(1)).toBe(true);
    expect(Math.max(...seen)).toBeGreaterThanOrEqual(985);
    expect(seen.size).toBeGreaterThan(900);
  });

  it('is reproducible from the seed', () => {
    expect(getBatch(mulberry32(5), truth.y, truth.t).starts).toEqual(getBatch(mulberry32(5), truth.y, truth.t).starts);
  });
});

describe('ODEFunc initialisation and RMSprop', () => {
  it('has 252 parameters: weights with standard deviation about 0.1, biases 0', () => {
    const p = initParams(mulberry32(0));
    expect(N_PARAMS).toBe(252);
    const w = [...p.subarray(OFF_W1, OFF_B1), ...p.subarray(OFF_W2, OFF_B2)];
    const sd = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    expect(sd).toBeGreaterThan(0.085);
    expect(sd).toBeLessThan(0.115);
    expect([...p.subarray(OFF_B1, OFF_W2), ...p.subarray(OFF_B2)].every((v) => v === 0)).toBe(true);
  });

  it("takes torch's first RMSprop step: 0.01·sign(g) (no bias correction, eps outside the root)", () => {
    const opt = createRmsProp(3);
    const p = new Float64Array([1, 1, 1]);
    rmspropStep(opt, p, new Float64Array([0.5, -2e-3, 0]));
    expect(p[0]).toBeCloseTo(1 - 0.01, 6);
    expect(p[1]).toBeCloseTo(1 + 0.01, 6);
    expect(p[2]).toBe(1);
  });

  it('one training iteration uses the batch stream, so the same seed gives the same run', () => {
    const a = new SpiralTraining(truth, 4), b = new SpiralTraining(truth, 4);
    const sa = a.step(), sb = b.step();
    expect(sa.batch.starts).toEqual(sb.batch.starts);
    expect(sa.loss).toBe(sb.loss);
    expect(Array.from(a.params)).toEqual(Array.from(b.params));
  });
});
