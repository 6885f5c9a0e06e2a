/**
 * Chapter 6's widgets' user-set inputs (URL schemas). The reader's drawing is in the URL as its pointer
 * samples, packed (app/state/drawnPoints.ts); preset data as its name and seed. Tolerances are log10 of
 * dopri5's rtol = atol.
 */
import { num, oneOf } from './urlSchema';
import { drawing } from './drawnPoints';

/** Sets with shipped flow-matching models (public/models/fm/index.json). */
export const FM_SHIPPED_SETS = ['moons', '8gaussians', 'checkerboard', '2spirals'] as const;
export const DRAW_SETS = ['moons', '8gaussians', 'checkerboard', '2spirals', 'pinwheel', 'circles', 'rings', 'drawn'] as const;

export const drawYourDataSchema = {
  set: oneOf(DRAW_SETS, 'moons'),
  /** The time the samples are shown at, 0 (noise) to 1 (data). */
  t: num({ default: 1, min: 0, max: 1 }),
  tol: num({ default: -3, min: -6, max: -1, integer: true }),
  seed: num({ default: 1, min: 0, max: 1e9, integer: true }),
  /** The drawing (used when `set` is `drawn`): its pointer samples, base64url-packed. */
  pts: drawing(),
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
