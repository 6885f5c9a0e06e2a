/**
 * Butcher tableaux for the spiral trainer's own Runge–Kutta loop, as data (STYLE.md, convention 2), with the
 * constants of torchdiffeq 0.2.5 (reference/TORCHDIFFEQ_NOTES.md §2–3):
 *
 * - dopri5: dopri5.py:5-36, order 5, FSAL, dense-output midpoint `DPS_C_MID` (Shampine's coefficients / 2).
 * - bosh3: bosh3.py:5-22, order 3, FSAL, midpoint `[0, 1/2, 0, 0]`.
 * - rk4: torchdiffeq's `rk4`, i.e. Kutta's 3/8 rule (rk_common.py:110-118), fixed grid.
 * - euler: fixed grid.
 *
 * Stage i (i ≥ 1) is evaluated at y0 + dt·Σ_{j<i} beta[i-1][j]·k_j and time t0 + alpha[i-1]·dt. For FSAL
 * tableaux the last stage's input *is* y1 and its output is f(y1), reused as the next step's k_0.
 */
export type SpiralMethod = 'dopri5' | 'bosh3' | 'rk4' | 'euler';

export interface Tableau {
  method: SpiralMethod;
  /** Order of the solution (used by the step-size controller as torchdiffeq's `order`). */
  order: number;
  alpha: number[];
  beta: number[][];
  /** Solution weights (ignored for FSAL tableaux, where y1 is the last stage's input). */
  cSol: number[];
  /** Error weights b5 − b4 (adaptive tableaux only). */
  cError?: number[];
  /** Dense-output midpoint weights (adaptive tableaux only). */
  cMid?: number[];
  fsal: boolean;
  adaptive: boolean;
}

const dopri5: Tableau = {
  method: 'dopri5',
  order: 5,
  alpha: [1 / 5, 3 / 10, 4 / 5, 8 / 9, 1, 1],
  beta: [
    [1 / 5],
    [3 / 40, 9 / 40],
    [44 / 45, -56 / 15, 32 / 9],
    [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
    [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
    [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
  ],
  cSol: [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84, 0],
  cError: [
    35 / 384 - 1951 / 21600,
    0,
    500 / 1113 - 22642 / 50085,
    125 / 192 - 451 / 720,
    -2187 / 6784 - -12231 / 42400,
    11 / 84 - 649 / 6300,
    -1 / 60,
  ],
  cMid: [
    6025192743 / 30085553152 / 2,
    0,
    51252292925 / 65400821598 / 2,
    -2691868925 / 45128329728 / 2,
    187940372067 / 1594534317056 / 2,
    -1776094331 / 19743644256 / 2,
    11237099 / 235043384 / 2,
  ],
  fsal: true,
  adaptive: true,
};

const bosh3: Tableau = {
  method: 'bosh3',
  order: 3,
  alpha: [1 / 2, 3 / 4, 1],
  beta: [[1 / 2], [0, 3 / 4], [2 / 9, 1 / 3, 4 / 9]],
  cSol: [2 / 9, 1 / 3, 4 / 9, 0],
  cError: [2 / 9 - 7 / 24, 1 / 3 - 1 / 4, 4 / 9 - 1 / 3, -1 / 8],
  cMid: [0, 0.5, 0, 0],
  fsal: true,
  adaptive: true,
};

const rk4: Tableau = {
  method: 'rk4',
  order: 4,
  alpha: [1 / 3, 2 / 3, 1],
  beta: [[1 / 3], [-1 / 3, 1], [1, -1, 1]],
  cSol: [1 / 8, 3 / 8, 3 / 8, 1 / 8],
  fsal: false,
  adaptive: false,
};

const euler: Tableau = { method: 'euler', order: 1, alpha: [], beta: [], cSol: [1], fsal: false, adaptive: false };

export const TABLEAUS: Record<SpiralMethod, Tableau> = { dopri5, bosh3, rk4, euler };
export const SPIRAL_METHODS: readonly SpiralMethod[] = ['dopri5', 'bosh3', 'rk4', 'euler'];
