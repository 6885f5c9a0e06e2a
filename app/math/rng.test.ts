import { describe, expect, it } from 'vitest';
import { mulberry32, sampleWithoutReplacement } from './rng';

describe('seeded RNG', () => {
  it('repeats exactly for the same seed and differs for another', () => {
    const a = mulberry32(7), b = mulberry32(7), c = mulberry32(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws normals with mean 0 and variance 1 (within 4 standard errors over 20,000 draws)', () => {
    const r = mulberry32(1);
    const n = 20000;
    const xs = Array.from({ length: n }, () => r.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it('samples k distinct indices in range', () => {
    const s = sampleWithoutReplacement(mulberry32(3), 990, 20);
    expect(new Set(s).size).toBe(20);
    expect(s.every((i) => Number.isInteger(i) && i >= 0 && i < 990)).toBe(true);
  });
});
