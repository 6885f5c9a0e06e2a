/** URL schema of the backward-pass animation (chapter 4): only what the reader sets. */
import { num } from './urlSchema';

export const adjointBackwardSchema = {
  /** Contraction rate k of the spiral network; default 0.3. */
  damping: num({ default: 0.3, min: 0, max: 2 }),
  /** End time T of the forward solve; default 5. */
  T: num({ default: 5, min: 1, max: 10 }),
  /** log10 of the backward rtol; default −4. */
  btol: num({ default: -4, min: -8, max: -1, integer: true }),
  /** Target of the loss, x and y; default (0.5, 0.5). */
  tx: num({ default: 0.5, min: -3, max: 3 }),
  ty: num({ default: 0.5, min: -3, max: 3 }),
};
