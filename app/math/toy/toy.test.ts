import { describe, expect, test } from 'vitest';
import { mulberry32 } from '../rng';
import { sampleToy, TOY_SETS } from './ffjord';
import { makeCircles, makeMoons, linspace } from './sklearn';

describe('FFJORD toy sets', () => {
  test.each(TOY_SETS)('%s gives n finite 2-D points and the same points for the same seed', (name) => {
    const a = sampleToy(name, 501, mulberry32(3));
    const b = sampleToy(name, 501, mulberry32(3));
    expect(a.length).toBe(1002);
    expect(a.every(Number.isFinite)).toBe(true);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(sampleToy(name, 501, mulberry32(4)))).not.toEqual(Array.from(a));
  });

  test('checkerboard points lie only on the squares of one colour', () => {
    const p = sampleToy('checkerboard', 4000, mulberry32(1));
    for (let i = 0; i < 4000; i++) {
      const parity = (Math.floor(p[2 * i] / 2) + Math.floor(p[2 * i + 1] / 2)) % 2;
      expect(Math.abs(parity)).toBe(0);
    }
  });

  test('8 gaussians: each point sits near one of the eight centres 4·u/1.414', () => {
    const p = sampleToy('8gaussians', 4000, mulberry32(2));
    let far = 0;
    for (let i = 0; i < 4000; i++) {
      const r = Math.hypot(p[2 * i], p[2 * i + 1]) * 1.414;
      // N(0, 0.5²) per coordinate: the radius stays within 4 ± 2 with overwhelming probability.
      if (Math.abs(r - 4) > 2) far++;
    }
    expect(far).toBe(0);
  });

  test('rings: radii cluster at 3, 2.25, 1.5 and 0.75 in equal shares', () => {
    const p = sampleToy('rings', 4000, mulberry32(5));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const r = Math.hypot(p[2 * i], p[2 * i + 1]);
      const d = [3, 2.25, 1.5, 0.75].map((R) => Math.abs(r - R));
      counts[d.indexOf(Math.min(...d))]++;
    }
    // 1000 per ring; N(0, 0.08²) noise can push a rare point past the midway radius (4.7 standard deviations).
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThanOrEqual(3);
  });

  test('two spirals are point-symmetric up to noise: the mean is near the origin', () => {
    const p = sampleToy('2spirals', 4000, mulberry32(6));
    let mx = 0;
    let my = 0;
    for (let i = 0; i < 4000; i++) {
      mx += p[2 * i] / 4000;
      my += p[2 * i + 1] / 4000;
    }
    expect(Math.abs(mx)).toBeLessThan(0.02);
    expect(Math.abs(my)).toBeLessThan(0.02);
  });
});

describe('scikit-learn generators', () => {
  test('noise-free moons lie on their two half circles', () => {
    const p = makeMoons(101, 0, mulberry32(1));
    let upper = 0;
    for (let i = 0; i < 101; i++) {
      const [x, y] = [p[2 * i], p[2 * i + 1]];
      const onUpper = Math.abs(Math.hypot(x, y) - 1) < 1e-12 && y >= -1e-12;
      const onLower = Math.abs(Math.hypot(x - 1, y - 0.5) - 1) < 1e-12 && y <= 0.5 + 1e-12;
      expect(onUpper || onLower).toBe(true);
      if (onUpper) upper++;
    }
    expect(upper).toBe(50);
  });

  test('noise-free circles: half on radius 1, half on radius factor', () => {
    const p = makeCircles(100, 0.5, 0, mulberry32(1));
    const radii = Array.from({ length: 100 }, (_, i) => Math.round(Math.hypot(p[2 * i], p[2 * i + 1]) * 1e9) / 1e9);
    expect(radii.filter((r) => r === 1).length).toBe(50);
    expect(radii.filter((r) => r === 0.5).length).toBe(50);
  });

  test('linspace matches NumPy with and without the endpoint', () => {
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(0, 1, 4, false)).toEqual([0, 0.25, 0.5, 0.75]);
  });
});
