/** URL schema of the gradient check (chapter 4). */
import { num } from './urlSchema';

export const gradientCheckSchema = {
  /** Contraction rate k of the spiral network; default 0.3 (the backward-pass animation's field). */
  damping: num({ default: 0.3, min: 0, max: 2 }),
  /** End time T; default 5. */
  T: num({ default: 5, min: 1, max: 10 }),
  /** log10 of the adjoint's backward rtol; default −6. */
  btol: num({ default: -6, min: -12, max: -2, integer: true }),
};
