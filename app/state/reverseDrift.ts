/** URL schema of the reverse-drift and checkpointing demo (chapter 4). */
import { num } from './urlSchema';

export const reverseDriftSchema = {
  /** Contraction rate of the fast direction; default 6. */
  k: num({ default: 6, min: 1, max: 10 }),
  /** Stored interior checkpoints; default 0 (Algorithm 1 as printed). */
  checkpoints: num({ default: 0, min: 0, max: 16, integer: true }),
  /** log10 of the tolerance of both solves; default −6. */
  tol: num({ default: -6, min: -10, max: -3, integer: true }),
};
