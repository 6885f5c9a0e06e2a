/** The crossing demo's inputs: seed of the initial weights and training length. */
import { num } from './urlSchema';

export const crossingDemoSchema = {
  seed: num({ default: 3, min: 0, max: 2 ** 32 - 1, integer: true }),
  /** Training stops by itself after this many iterations of each model. */
  iterations: num({ default: 200, min: 1, max: 3000, integer: true }),
};
