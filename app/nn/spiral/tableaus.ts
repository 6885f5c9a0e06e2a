/**
 * The spiral trainer's Runge–Kutta methods: the project's tableaux (`app/solver/tableaux.ts`, torchdiffeq
 * 0.2.5's constants with their sources), in the shape the trainer's own taped RK loop reads. The trainer keeps
 * its own loop because backprop needs a tape of every stage and the adjoint needs torchdiffeq's per-group
 * error norm, which `odeint` has no option for; the coefficients are shared, not copied.
 *
 * Stage i (i ≥ 1) is evaluated at y0 + dt·Σ_{j<i} beta[i-1][j]·k_j and time t0 + alpha[i-1]·dt. For FSAL
 * tableaux the last stage's input *is* y1 and its output is f(y1), reused as the next step's k_0.
 */
import { TABLEAUX, type Tableau as SolverTableau } from '../../solver/tableaux.ts';
import { isAdaptive } from '../../solver/types.ts';

export type SpiralMethod = 'dopri5' | 'bosh3' | 'rk4' | 'euler';

export interface Tableau extends Omit<SolverTableau, 'method' | 'cError' | 'cMid'> {
  method: SpiralMethod;
  /** Error weights b5 − b4 (adaptive tableaux only). */
  cError?: number[];
  /** Dense-output midpoint weights (adaptive tableaux only). */
  cMid?: number[];
  adaptive: boolean;
}

function fromSolver(method: SpiralMethod): Tableau {
  const { cError, cMid, ...rest } = TABLEAUX[method];
  return { ...rest, method, cError: cError ?? undefined, cMid: cMid ?? undefined, adaptive: isAdaptive(method) };
}

export const TABLEAUS: Record<SpiralMethod, Tableau> = {
  dopri5: fromSolver('dopri5'),
  bosh3: fromSolver('bosh3'),
  rk4: fromSolver('rk4'),
  euler: fromSolver('euler'),
};
export const SPIRAL_METHODS: readonly SpiralMethod[] = ['dopri5', 'bosh3', 'rk4', 'euler'];
