/**
 * Seeded randomness, passed in rather than global (STYLE.md, convention 4; d3-force's injected source).
 * `mulberry32` is Tommy Ettinger's 32-bit generator (public domain): period 2^32, passes PractRand to
 * 2^32 outputs; plenty for pictures, batches and initial weights, not for cryptography.
 */

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Standard normal N(0, 1) by the Box–Muller transform. */
  normal(): number;
  /** Integer uniform on [0, n). */
  int(n: number): number;
  /** The 32-bit state, to fork or store. */
  readonly seed: number;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  let spare: number | null = null;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
    get seed() {
      return a;
    },
  };
}

/** Fisher–Yates: the first `k` entries of a seeded permutation of 0..n-1 (k distinct indices). */
export function sampleWithoutReplacement(rng: Rng, n: number, k: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, k);
}
