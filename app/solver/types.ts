/**
 * The solver contract (DESIGN.md, "The solver contract"). Other parts of the site, and checks outside the
 * project, rely on these names and defaults; the arithmetic follows torchdiffeq 0.2.5.
 */

/** `rk4` is torchdiffeq's `rk4`, which is Kutta's 3/8 rule (rk_common.py:110-118), not the classic RK4. */
export type Method = 'euler' | 'midpoint' | 'rk4' | 'bosh3' | 'dopri5';

export const METHODS: readonly Method[] = ['euler', 'midpoint', 'rk4', 'bosh3', 'dopri5'];
export const ADAPTIVE_METHODS: readonly Method[] = ['bosh3', 'dopri5'];
export const isAdaptive = (m: Method): boolean => m === 'bosh3' || m === 'dopri5';
/** Methods without an error estimate, stepped on a fixed grid: the ones the batched and GPU paths run. */
export type FixedMethod = Exclude<Method, 'bosh3' | 'dopri5'>;
export const FIXED_METHODS: readonly FixedMethod[] = METHODS.filter((m): m is FixedMethod => !isAdaptive(m));

/** Writes dy/dt at (t, y) into `dydt`. Must not keep references to `y` or `dydt`. */
export type Field = (t: number, y: Float64Array, dydt: Float64Array) => void;

export interface OdeintOptions {
  /** Default 'dopri5'. */
  method?: Method;
  /** Relative tolerance, default 1e-7 (torchdiffeq odeint.py:49). */
  rtol?: number;
  /** Absolute tolerance, default 1e-9 (torchdiffeq odeint.py:49). */
  atol?: number;
  /** Fixed-grid methods: torchdiffeq's `step_size`. Without it the grid is `t` itself. Ignored by bosh3/dopri5 (but checked). */
  stepSize?: number;
  /** Fixed-grid output interpolation, default 'linear'. 'cubic' costs one extra evaluation per output. */
  interp?: 'linear' | 'cubic';
  /** Adaptive methods: the first step (saves the 1-NFE probe); default is torchdiffeq's `_select_initial_step`. */
  firstStep?: number;
  /** Adaptive methods: times the solver must step to exactly (torchdiffeq `step_t`). */
  stepT?: number[];
  /** Adaptive methods: discontinuities, stepped to and re-evaluated past (torchdiffeq `jump_t`). */
  jumpT?: number[];
  /** Most step attempts (accepted + rejected, over the whole solve) before `OdeError('max-steps')`; default 10000. */
  maxSteps?: number;
  /** Called for every attempted step, accepted or rejected (fixed-grid steps: accepted, error ratio 0). */
  onStep?: (s: StepEvent) => void;
}

export interface StepEvent {
  /** Start and end time of the attempted step, in the caller's (un-negated) time. */
  t0: number;
  t1: number;
  accepted: boolean;
  /** RMS norm of error / (atol + rtol·max(|y0|,|y1|)); 0 for fixed-grid methods. */
  errorRatio: number;
  /** State at t0 and the proposed state at t1. Views valid only during the callback: copy to keep. */
  y0: Float64Array;
  y1: Float64Array;
  /** Function evaluations so far, this step included. */
  nfe: number;
  /**
   * Stage evaluation points of this step (times and states), for drawing; views valid during the callback. Always
   * filled by `odeint` (stage buffers are allocated only when `onStep` is given). Stage 0 is (t0, y0); for dopri5
   * the last two stages run at nextDown(t1) and the last state is y1.
   */
  stages?: { t: number; y: Float64Array }[];
}

export interface OdeSolution {
  /** `ys[i]` is the state at `t[i]`; `ys[0]` equals `y0`. */
  ys: Float64Array[];
  nfe: number;
  accepted: number;
  rejected: number;
}

export type OdeErrorCode = 'max-steps' | 'step-underflow' | 'non-finite' | 'bad-input';

/** Every way a solve can fail, with where it failed. Never a hang, never silent garbage. */
export class OdeError extends Error {
  override name = 'OdeError';
  constructor(
    public code: OdeErrorCode,
    message: string,
    /** Time reached when the solve stopped, where there is one. */
    public t?: number,
    /** Step attempts made when the solve stopped. */
    public steps?: number,
  ) {
    super(message);
  }
}
