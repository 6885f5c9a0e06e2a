/** The density-flow widget's user-set inputs (URL schema). */
import { num, oneOf } from './urlSchema';

export const DENSITY_SETS = ['8gaussians', 'moons', 'checkerboard', 'pinwheel', '2spirals', 'circles', 'rings'] as const;
export const GRID_SIZES = ['64', '128', '256'] as const;

export const densityFlowSchema = {
  set: oneOf(DENSITY_SETS, 'moons'),
  grid: oneOf(GRID_SIZES, '64'),
  /** Time as a fraction of the flow's interval [0, T]. */
  t: num({ default: 1, min: 0, max: 1 }),
  /** Which particle's ledger is shown (1-based). */
  particle: num({ default: 1, min: 1, max: 256, integer: true }),
  seed: num({ default: 7, min: 0, max: 1e9, integer: true }),
};
