/**
 * The 8×8 handwritten digits (UCI, CC BY 4.0; public/data/digits/LICENSE) as arrays ready for training.
 * The file is 1,797 records of 65 bytes (64 pixels in 0..16, then the label); scripts/data/digits.ts
 * writes it. Plain TypeScript: no tfjs, so it runs in Node tests and in the browser alike.
 */
import { mulberry32, sampleWithoutReplacement } from '../../math/rng';

/** Under the site's base path (vite.config.ts), so a build served from a sub-path finds it (`/` outside Vite, e.g. under tsx). */
export const DIGITS_URL = `${import.meta.env?.BASE_URL ?? '/'}data/digits/digits-8x8.bin`;
export const PIXELS = 64;
export const CLASSES = 10;
const RECORD = PIXELS + 1;

export interface DigitSet {
  /** n × 64 pixels scaled to [0, 1] (divided by 16, the largest count). */
  x: Float32Array;
  /** n labels 0..9. */
  y: Int32Array;
  n: number;
}

export interface DigitSplit {
  train: DigitSet;
  test: DigitSet;
}

/** Parses the byte file; throws with the reason if its length or a label is wrong. */
export function parseDigits(bytes: Uint8Array): DigitSet {
  if (bytes.length === 0 || bytes.length % RECORD !== 0) throw new Error(`digit file has ${bytes.length} bytes, not a multiple of ${RECORD}`);
  const n = bytes.length / RECORD;
  const x = new Float32Array(n * PIXELS);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < PIXELS; p++) x[i * PIXELS + p] = bytes[i * RECORD + p] / 16;
    const label = bytes[i * RECORD + PIXELS];
    if (label >= CLASSES) throw new Error(`digit ${i}: label ${label} is not 0..9`);
    y[i] = label;
  }
  return { x, y, n };
}

function subset(all: DigitSet, idx: number[]): DigitSet {
  const x = new Float32Array(idx.length * PIXELS);
  const y = new Int32Array(idx.length);
  idx.forEach((j, i) => {
    x.set(all.x.subarray(j * PIXELS, (j + 1) * PIXELS), i * PIXELS);
    y[i] = all.y[j];
  });
  return { x, y, n: idx.length };
}

/**
 * A seeded split: `testCount` images (default 360, a fifth of 1,797) held out for the test error, the rest
 * for training. The same seed gives the same split everywhere (browser, Node script, tests).
 */
export function splitDigits(all: DigitSet, seed = 2018, testCount = 360): DigitSplit {
  const perm = sampleWithoutReplacement(mulberry32(seed), all.n, all.n);
  return { test: subset(all, perm.slice(0, testCount)), train: subset(all, perm.slice(testCount)) };
}

/** Fetches and parses the shipped file (browser). */
export async function loadDigits(fetchImpl: typeof fetch = fetch): Promise<DigitSplit> {
  const res = await fetchImpl(DIGITS_URL);
  if (!res.ok) throw new Error(`could not load ${DIGITS_URL}: HTTP ${res.status}`);
  return splitDigits(parseDigits(new Uint8Array(await res.arrayBuffer())));
}
