/** The morph's seeded point cloud: `n` points uniform in the disc of radius 1.3 around the origin. */
import { mulberry32 } from '../../math/rng';

export function pointCloud(n: number, seed: number): number[][] {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const r = 1.3 * Math.sqrt(rng.next());
    const a = 2 * Math.PI * rng.next();
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}
