/** The ResNet → ODE morph's inputs: number of blocks (65 stands for "continuous", dopri5), point cloud seed and size. */
import { num } from './urlSchema';

/** Slider position past L = 64 that means the continuous limit. */
export const MORPH_CONTINUOUS = 65;

export const resnetMorphSchema = {
  /** Residual blocks L (1..64), or 65 for the ODE solved by dopri5. */
  L: num({ default: 4, min: 1, max: MORPH_CONTINUOUS, integer: true }),
  /** How many points the cloud has. */
  n: num({ default: 24, min: 1, max: 200, integer: true }),
  /** Seed of the point cloud. */
  seed: num({ default: 7, min: 0, max: 2 ** 32 - 1, integer: true }),
};
