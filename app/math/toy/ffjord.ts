/**
 * FFJORD's 2-D toy densities, generated as `lib/toy_data.py` in rtqichen/ffjord (commit 994864a) does
 * (fact sheet [F]). Each returns `n` points as a flat Float64Array [x0, y0, x1, y1, …], seeded by `rng`.
 *
 * - `swissroll`: make_swiss_roll(noise=1.0), columns [0, 2], divided by 5.
 * - `circles`: make_circles(factor=0.5, noise=0.08) times 3.
 * - `rings`: four circles of radius 1, 0.75, 0.5, 0.25 (n/4 points each, the remainder on the smallest),
 *   angles linspace(0, 2π, endpoint=False), times 3, shuffled, plus N(0, 0.08²).
 * - `moons`: make_moons(noise=0.1) times 2, plus (−1, −0.2).
 * - `8gaussians`: centres (±1, 0), (0, ±1), (±1/√2, ±1/√2) times 4, each point a random centre plus
 *   N(0, 0.5²), the whole divided by 1.414.
 * - `pinwheel`: 5 arms, features (r, s) ~ N(0, diag(0.3², 0.1²)), r += 1, angle = 2πk/5 + 0.25·e^r,
 *   rotated by [[cos, −sin], [sin, cos]] applied as a row vector, times 2, shuffled. n is rounded down to
 *   a multiple of 5 in FFJORD; here the last arm takes the remainder so exactly n points come back.
 * - `2spirals`: u ~ U[0,1), s = √u · 3π (540°); (−s cos s + 0.5 v, s sin s + 0.5 w) with v, w ~ U[0,1);
 *   the mirror image (−x, −y) for the other half; divided by 3; plus N(0, 0.1²).
 * - `checkerboard`: x1 ~ U[−2, 2); x2 = U[0,1) − 2·B + (⌊x1⌋ mod 2), B ~ Bernoulli(½); times 2.
 */
import type { Rng } from '../rng';
import { linspace, makeCircles, makeMoons, makeSwissRoll, shuffleRows } from './sklearn';

export const TOY_SETS = ['8gaussians', 'moons', 'checkerboard', 'pinwheel', '2spirals', 'circles', 'rings', 'swissroll'] as const;
export type ToySet = (typeof TOY_SETS)[number];

/** Names for the reader. */
export const TOY_LABELS: Record<ToySet, string> = {
  '8gaussians': '8 Gaussians',
  moons: 'Two moons',
  checkerboard: 'Checkerboard',
  pinwheel: 'Pinwheel',
  '2spirals': 'Two spirals',
  circles: 'Two circles',
  rings: 'Rings',
  swissroll: 'Swiss roll',
};

export function sampleToy(name: ToySet, n: number, rng: Rng): Float64Array {
  switch (name) {
    case 'swissroll': {
      const xyz = makeSwissRoll(n, 1.0, rng);
      const out = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        out[2 * i] = xyz[3 * i] / 5;
        out[2 * i + 1] = xyz[3 * i + 2] / 5;
      }
      return out;
    }
    case 'circles':
      return makeCircles(n, 0.5, 0.08, rng).map((v) => v * 3);
    case 'rings': {
      const q = Math.floor(n / 4);
      const counts = [q, q, q, n - 3 * q];
      const radii = [1, 0.75, 0.5, 0.25];
      const out = new Float64Array(2 * n);
      let i = 0;
      counts.forEach((c, k) => {
        for (const s of linspace(0, 2 * Math.PI, c, false)) {
          out[2 * i] = 3 * radii[k] * Math.cos(s);
          out[2 * i + 1] = 3 * radii[k] * Math.sin(s);
          i++;
        }
      });
      shuffleRows(out, 2, rng);
      for (let j = 0; j < out.length; j++) out[j] += 0.08 * rng.normal();
      return out;
    }
    case 'moons': {
      const out = makeMoons(n, 0.1, rng);
      for (let i = 0; i < n; i++) {
        out[2 * i] = out[2 * i] * 2 - 1;
        out[2 * i + 1] = out[2 * i + 1] * 2 - 0.2;
      }
      return out;
    }
    case '8gaussians': {
      const r = 1 / Math.SQRT2;
      const centres = [[1, 0], [-1, 0], [0, 1], [0, -1], [r, r], [r, -r], [-r, r], [-r, -r]];
      const out = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        const px = rng.normal() * 0.5;
        const py = rng.normal() * 0.5;
        const c = centres[rng.int(8)];
        out[2 * i] = (px + 4 * c[0]) / 1.414;
        out[2 * i + 1] = (py + 4 * c[1]) / 1.414;
      }
      return out;
    }
    case 'pinwheel': {
      const classes = 5;
      const per = Math.floor(n / classes);
      const out = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        const k = Math.min(Math.floor(i / Math.max(per, 1)), classes - 1);
        const fr = rng.normal() * 0.3 + 1;
        const ft = rng.normal() * 0.1;
        const a = (2 * Math.PI * k) / classes + 0.25 * Math.exp(fr);
        const c = Math.cos(a);
        const s = Math.sin(a);
        out[2 * i] = 2 * (fr * c + ft * s);
        out[2 * i + 1] = 2 * (-fr * s + ft * c);
      }
      return shuffleRows(out, 2, rng);
    }
    case '2spirals': {
      const half = Math.floor(n / 2);
      const out = new Float64Array(2 * n);
      for (let i = 0; i < half; i++) {
        const s = Math.sqrt(rng.next()) * 3 * Math.PI;
        const x = -Math.cos(s) * s + rng.next() * 0.5;
        const y = Math.sin(s) * s + rng.next() * 0.5;
        out[2 * i] = x / 3;
        out[2 * i + 1] = y / 3;
        out[2 * (half + i)] = -x / 3;
        out[2 * (half + i) + 1] = -y / 3;
      }
      // FFJORD returns 2·⌊n/2⌋ points; an odd n gets one more from the first arm.
      if (n % 2 === 1) {
        const s = Math.sqrt(rng.next()) * 3 * Math.PI;
        out[2 * (n - 1)] = (-Math.cos(s) * s + rng.next() * 0.5) / 3;
        out[2 * (n - 1) + 1] = (Math.sin(s) * s + rng.next() * 0.5) / 3;
      }
      for (let j = 0; j < out.length; j++) out[j] += 0.1 * rng.normal();
      return out;
    }
    case 'checkerboard': {
      const out = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        const x1 = rng.next() * 4 - 2;
        const x2 = rng.next() - rng.int(2) * 2 + (((Math.floor(x1) % 2) + 2) % 2);
        out[2 * i] = 2 * x1;
        out[2 * i + 1] = 2 * x2;
      }
      return out;
    }
  }
}
