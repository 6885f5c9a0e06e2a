import { mulberry32 } from '../../math/rng';
import { LIFE_MIN, LIFE_SPREAD } from './life';
import type { ParticleSim } from './types';

/** Initial states vec4(x, y, age, seed): uniform over the window, ages spread so rebirths are staggered. */
export function initialStates(o: ParticleSim): Float32Array {
  const rng = mulberry32(o.seed);
  const w = o.window;
  const a = new Float32Array(o.count * 4);
  for (let i = 0; i < o.count; i++) {
    a[4 * i] = w.xMin + rng.next() * (w.xMax - w.xMin);
    a[4 * i + 1] = w.yMin + rng.next() * (w.yMax - w.yMin);
    a[4 * i + 2] = Math.floor(rng.next() * (LIFE_MIN + LIFE_SPREAD));
    a[4 * i + 3] = rng.next();
  }
  return a;
}
