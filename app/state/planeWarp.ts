/** The plane-warp widget's inputs: data set, seeds, training length and the depth shown. */
import { bool, num, oneOf } from './urlSchema';

export const planeWarpSchema = {
  data: oneOf(['moons', 'circles', 'spirals'] as const, 'moons'),
  /** Seed of the data and of the initial weights. */
  seed: num({ default: 1, min: 0, max: 2 ** 32 - 1, integer: true }),
  /** Training stops by itself after this many iterations (each model). */
  iterations: num({ default: 300, min: 1, max: 5000, integer: true }),
  /** Depth shown, as a fraction of the way through the network (0 = input, 1 = output). */
  depth: num({ default: 1, min: 0, max: 1 }),
  /** Sweep the depth back and forth by itself. */
  sweep: bool(true),
};
