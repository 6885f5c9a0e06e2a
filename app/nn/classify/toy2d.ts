/**
 * Seeded 2-D two-class data sets for the plane-warp widget. Plain TypeScript.
 * Shapes follow scikit-learn's generators as FFJORD's toy data uses them (fact sheet, FFJORD toy sets):
 * moons = make_moons(noise) (two interleaved half circles of radius 1, the second shifted by (1, −0.5)),
 * circles = make_circles(factor 0.5, noise), and two interleaved spirals.
 * Each is centred and scaled to lie roughly in [−2, 2]².
 */
import type { Rng } from '../../math/rng';

export type ToySet = 'moons' | 'circles' | 'spirals';
export const TOY_SETS: readonly ToySet[] = ['moons', 'circles', 'spirals'];

export interface Points2D {
  /** n × 2 coordinates, interleaved. */
  x: Float32Array;
  /** n labels, 0 or 1. */
  y: Float32Array;
  n: number;
}

/** `n` points, half in each class, alternating class 0 / class 1, with Gaussian noise of std `noise`. */
export function makeToy(kind: ToySet, n: number, rng: Rng, noise = 0.1): Points2D {
  const x = new Float32Array(2 * n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 2;
    const u = rng.next();
    let px: number;
    let py: number;
    if (kind === 'moons') {
      const a = Math.PI * u;
      // make_moons: outer (cos a, sin a), inner (1 − cos a, 0.5 − sin a); centred by (−0.5, −0.25), ×1.4.
      px = c === 0 ? Math.cos(a) : 1 - Math.cos(a);
      py = c === 0 ? Math.sin(a) : 0.5 - Math.sin(a);
      px = (px - 0.5) * 1.4;
      py = (py - 0.25) * 1.4;
    } else if (kind === 'circles') {
      const a = 2 * Math.PI * u;
      const r = c === 0 ? 1.6 : 0.8; // factor 0.5 between the radii
      px = r * Math.cos(a);
      py = r * Math.sin(a);
    } else {
      // Two arms: r grows linearly with angle over 1.5 turns; the second arm is the first rotated by π.
      const a = 3 * Math.PI * Math.sqrt(u) + 0.3;
      const r = (a / (3 * Math.PI)) * 1.9;
      const s = c === 0 ? 1 : -1;
      px = s * r * Math.cos(a);
      py = s * r * Math.sin(a);
    }
    x[2 * i] = px + noise * rng.normal();
    x[2 * i + 1] = py + noise * rng.normal();
    y[i] = c;
  }
  return { x, y, n };
}

/** Fraction of points whose class-1 probability falls on the side of their label. */
export function accuracyOf(prob: ArrayLike<number>, labels: ArrayLike<number>): number {
  let ok = 0;
  for (let i = 0; i < labels.length; i++) if (prob[i] > 0.5 === labels[i] > 0.5) ok++;
  return ok / labels.length;
}
