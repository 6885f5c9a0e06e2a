/**
 * What the reader sets in the tolerance explorer: the solver and the tolerance (log10 rtol; atol = rtol/100).
 */
import { num, oneOf, type Values } from './urlSchema';

export const EXPLORER_METHODS = ['dopri5', 'bosh3'] as const;
export type ExplorerMethod = (typeof EXPLORER_METHODS)[number];
/** log10 rtol range of the slider and of the sweep: 1e-10 … 1e-2, default 1e-5. */
export const EXPLORER_LOG_TOL = { min: -10, max: -2, default: -5 } as const;

export const toleranceExplorerSchema = {
  method: oneOf<ExplorerMethod>(EXPLORER_METHODS, 'dopri5'),
  tol: num({ default: EXPLORER_LOG_TOL.default, min: EXPLORER_LOG_TOL.min, max: EXPLORER_LOG_TOL.max }),
};

export type ToleranceExplorerValues = Values<typeof toleranceExplorerSchema>;
