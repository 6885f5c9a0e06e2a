/**
 * What the reader sets in the spiral trainer, as a URL schema. The run itself (parameters, history) is
 * runtime state in the widget, not here. Defaults are ode_demo's: backprop through dopri5 at torchdiffeq's
 * rtol 1e-7 (atol = rtol/100, so 1e-9 as in the demo), seed 0.
 */
import { SPIRAL_METHODS, type SpiralMethod } from '../nn/spiral/tableaus';
import type { GradMode } from '../nn/spiral/trainer';
import { bool, num, oneOf, type Values } from './urlSchema';

export const GRAD_MODES: readonly GradMode[] = ['backprop', 'adjoint'];
/** log10 of rtol: 1e-10 … 1e-3 (looser makes the learned spiral's windows too coarse to be interesting). */
export const SPIRAL_LOG_TOL = { min: -10, max: -3, default: -7 } as const;
/**
 * The tightest rtol per adaptive method: bosh3 below 1e-8 takes over 1,000 evaluations per iteration on the
 * 10-point windows (measured: ~1,140 at 1e-10), too slow to train between frames.
 */
export const SPIRAL_TOL_FLOOR: Record<'dopri5' | 'bosh3', number> = { dopri5: SPIRAL_LOG_TOL.min, bosh3: -8 };
/** atol = rtol × ATOL_RATIO keeps torchdiffeq's default pair (1e-7, 1e-9). */
export const ATOL_RATIO = 1e-2;

export const spiralTrainerSchema = {
  mode: oneOf<GradMode>(GRAD_MODES, 'backprop'),
  method: oneOf<SpiralMethod>(SPIRAL_METHODS, 'dopri5'),
  tol: num({ default: SPIRAL_LOG_TOL.default, min: SPIRAL_LOG_TOL.min, max: SPIRAL_LOG_TOL.max, note: { en: 'tol is the log10 of rtol: -7 means 1e-7', zh: 'tol 是 rtol 以 10 为底的对数：-7 表示 1e-7' } }),
  seed: num({ default: 0, min: 0, max: 2 ** 31 - 1, integer: true }),
  /** Start from the shipped checkpoint instead of from random weights. */
  trained: bool(false),
};

export type SpiralTrainerValues = Values<typeof spiralTrainerSchema>;
