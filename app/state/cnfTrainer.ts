/** The CNF trainer's user-set inputs (URL schema). Drawn points are not in the URL (too long); a seed is. */
import { num, oneOf } from './urlSchema';

export const TRAINER_SETS = ['8gaussians', 'moons', 'checkerboard', 'pinwheel', '2spirals', 'circles', 'rings', 'drawn'] as const;

export const cnfTrainerSchema = {
  set: oneOf(TRAINER_SETS, 'moons'),
  trace: oneOf(['exact', 'hutchinson'] as const, 'exact'),
  /** Fixed 3/8-rule steps per solve over [0, 1]. */
  steps: num({ default: 6, min: 2, max: 16, integer: true }),
  /** log10 of Adam's learning rate. The top of the range (1) diverges within tens of iterations on purpose. */
  lr: num({ default: -2.5, min: -4, max: 0, note: { en: 'lr is the log10 of the learning rate: -2 means 0.01', zh: 'lr 是学习率以 10 为底的对数：-2 表示 0.01' } }),
  seed: num({ default: 1, min: 0, max: 1e9, integer: true }),
};
