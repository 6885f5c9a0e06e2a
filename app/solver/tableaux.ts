/**
 * Runge–Kutta methods as data (STYLE.md convention 2; diffrax): each method is a Butcher tableau run by the
 * one generic explicit stepper in `rk.ts`. Values and conventions are torchdiffeq 0.2.5's
 * (`_ButcherTableau(alpha, beta, c_sol, c_error)`, rk_common.py:14), evaluated in float64 exactly as the
 * Python literals are (so `1 / 5` here is the same double as torchdiffeq's `1 / 5`).
 *
 * Convention for an s-stage method: stage 0 is f(t0, y0); for i = 1..s−1, stage i is evaluated at time
 * t0 + alpha[i−1]·dt and state y0 + Σ_j k_j·(beta[i−1][j]·dt). The solution is y1 = y0 + Σ_j k_j·(cSol[j]·dt)
 * and the error estimate Σ_j k_j·(cError[j]·dt). For FSAL tableaus (the last `beta` row equals `cSol`) the
 * input of the last stage is y1 itself and its derivative is f(t1, y1), reused as the next step's stage 0.
 */
import type { Method } from './types.ts';

export interface Tableau {
  method: Method;
  /** Classical order of the solution (the controller's exponent is 1/order; misc.py:85-95). */
  order: number;
  /** Stage time fractions for stages 1..s−1 (length s−1). `alpha == 1` stages are evaluated at nextDown(t1) by adaptive solvers. */
  alpha: number[];
  /** Stage coefficients: row i−1 (length i) builds the input of stage i. */
  beta: number[][];
  /** Weights of the solution (length s). */
  cSol: number[];
  /** Weights of the error estimate b − b̂ (length s); null for fixed-grid methods. */
  cError: number[] | null;
  /** Weights of y at the step midpoint, for the quartic dense output (length s); null for fixed-grid methods. */
  cMid: number[] | null;
  /** First same as last: the last stage is f(t1, y1). */
  fsal: boolean;
  /** Number of stages s (function evaluations per step, counting the FSAL reuse as one). */
  stages: number;
}

/** Forward Euler (fixed_grid.py:6-11): y1 = y0 + dt·f(t0, y0). Order 1, 1 evaluation per step. */
const euler: Tableau = {
  method: 'euler',
  order: 1,
  alpha: [],
  beta: [],
  cSol: [1],
  cError: null,
  cMid: null,
  fsal: false,
  stages: 1,
};

/** Explicit midpoint (fixed_grid.py:14-21): y1 = y0 + dt·f(t0 + dt/2, y0 + (dt/2)·f0). Order 2. */
const midpoint: Tableau = {
  method: 'midpoint',
  order: 2,
  alpha: [1 / 2],
  beta: [[1 / 2]],
  cSol: [0, 1],
  cError: null,
  cMid: null,
  fsal: false,
  stages: 2,
};

/**
 * torchdiffeq's `rk4` (fixed_grid.py:24-29) is **Kutta's 3/8 rule** (`rk4_alt_step_func`, rk_common.py:110-118),
 * not the classic RK4 with weights 1/6, 1/3, 1/3, 1/6: nodes 0, 1/3, 2/3, 1 and weights 1/8, 3/8, 3/8, 1/8
 * (Kutta 1901; Hairer–Nørsett–Wanner I, Table II.1.1). Order 4, 4 evaluations per step.
 */
const rk4: Tableau = {
  method: 'rk4',
  order: 4,
  alpha: [1 / 3, 2 / 3, 1],
  beta: [[1 / 3], [-1 / 3, 1], [1, -1, 1]],
  cSol: [1 / 8, 3 / 8, 3 / 8, 1 / 8],
  cError: null,
  cMid: null,
  fsal: false,
  stages: 4,
};

/**
 * Bogacki–Shampine 3(2) (bosh3.py:5-22; Bogacki & Shampine 1989). Order 3 with an embedded order-2 error
 * estimate; FSAL, so 3 new evaluations per attempted step. Midpoint for the dense output: y0 + (dt/2)·k1.
 */
const bosh3: Tableau = {
  method: 'bosh3',
  order: 3,
  alpha: [1 / 2, 3 / 4, 1],
  beta: [[1 / 2], [0, 3 / 4], [2 / 9, 1 / 3, 4 / 9]],
  cSol: [2 / 9, 1 / 3, 4 / 9, 0],
  cError: [2 / 9 - 7 / 24, 1 / 3 - 1 / 4, 4 / 9 - 1 / 3, -1 / 8],
  cMid: [0, 0.5, 0, 0],
  fsal: true,
  stages: 4,
};

/**
 * Dormand–Prince 5(4) (dopri5.py:5-36; Dormand & Prince 1980), order 5 with an order-4 error estimate; FSAL,
 * so 6 new evaluations per attempted step. `cMid` is Shampine's midpoint weights halved (`DPS_C_MID`,
 * dopri5.py:27-30; Shampine 1986), giving y at t0 + dt/2 for the quartic dense output.
 */
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
  stages: 7,
};

export const TABLEAUX: Record<Method, Tableau> = { euler, midpoint, rk4, bosh3, dopri5 };
