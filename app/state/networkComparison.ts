/** The live comparison's inputs: seed and iterations per network. */
import { num } from './urlSchema';

export const networkComparisonSchema = {
  /** Seed of the initial weights and of the minibatch order (the data split is fixed, seed 2018). */
  seed: num({ default: 1, min: 0, max: 2 ** 32 - 1, integer: true }),
  /** Training iterations per network (minibatches of 64). */
  iterations: num({ default: 300, min: 10, max: 3000, integer: true }),
};
