/**
 * Chapter 6's widgets' user-set inputs (URL schemas). Drawn points are not in the URL (too long); a seed is.
 * Tolerances are log10 of dopri5's rtol = atol.
 */
import { num, oneOf } from './urlSchema';

/** Sets with shipped flow-matching models (public/models/fm/index.json). */
export const FM_SHIPPED_SETS = ['moons', '8gaussians', 'checkerboard', '2spirals'] as const;
export const DRAW_SETS = ['moons', '8gaussians', 'checkerboard', '2spirals', 'pinwheel', 'circles', 'rings', 'drawn'] as const;

export const drawYourDataSchema = {
  set: oneOf(DRAW_SETS, 'moons'),
  /** The time the samples are shown at, 0 (noise) to 1 (data). */
  t: num({ default: 1, min: 0, max: 1 }),
  tol: num({ default: -3, min: -6, max: -1, integer: true }),
  seed: num({ default: 1, min: 0, max: 1e9, integer: true }),
};

export const twoTrainingsSchema = {
  set: oneOf(FM_SHIPPED_SETS, 'moons'),
  seed: num({ default: 1, min: 0, max: 1e9, integer: true }),
};

export const straightenPathsSchema = {
  set: oneOf(FM_SHIPPED_SETS, 'moons'),
  t: num({ default: 1, min: 0, max: 1 }),
  tol: num({ default: -3, min: -6, max: -1, integer: true }),
  /** Adam iterations of the reflow retraining. */
  iters: num({ default: 400, min: 100, max: 3000, integer: true }),
  seed: num({ default: 1, min: 0, max: 1e9, integer: true }),
};
