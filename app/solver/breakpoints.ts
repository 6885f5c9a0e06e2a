/**
 * torchdiffeq's `step_t` / `jump_t` (rk_common.py:223-241, 293-312, 343-352), shared by the float64 driver
 * (`adaptive.ts`) and the tensor driver (app/nn/core/solveTuple.ts): both are lists of times, in solver time,
 * that a step must end on exactly. A `jump_t` point (a discontinuity of f) takes priority over a `step_t`
 * point, and after an accepted step onto it f is re-evaluated just past it (FSAL does not hold across it).
 */

/** The list in solver time s = sign·t, sorted, keeping only points ≥ s0 (torchdiffeq's `_sort_tvals`). */
export function breakpointsInSolverTime(list: readonly number[] | undefined, sign: number, s0: number): number[] {
  return (list ?? [])
    .map((v) => sign * v)
    .filter((v) => v >= s0)
    .sort((a, b) => a - b);
}

/** First index with list[i] > s (Python's bisect right), clamped to the last index (rk_common.py:224-225). */
function startIndex(list: readonly number[], s: number): number {
  let i = 0;
  while (i < list.length && list[i] <= s) i++;
  return Math.min(i, list.length - 1);
}

/**
 * Where the solver stands in the two lists. One per solve, mutated in place, so the per-step calls allocate
 * nothing. Call `clip` for every attempted step and `accept` for every accepted one.
 */
export class BreakpointCursor {
  private stepIdx: number;
  private jumpIdx: number;
  /** Set by `clip`: the attempted step ends on a step_t point (and not on a jump_t point). */
  onStep = false;
  /** Set by `clip`: the attempted step ends on a jump_t point. */
  onJump = false;

  constructor(
    private readonly stepS: readonly number[],
    private readonly jumpS: readonly number[],
    s0: number,
  ) {
    this.stepIdx = startIndex(stepS, s0);
    this.jumpIdx = startIndex(jumpS, s0);
  }

  /**
   * The end of a step of size dt from t0: t0 + dt, or the next breakpoint when it lies strictly inside
   * (t0, t0 + dt). The caller then takes dt = t1 − t0 when `onStep || onJump`.
   */
  clip(t0: number, dt: number): number {
    let t1 = t0 + dt;
    this.onStep = false;
    this.onJump = false;
    if (this.stepS.length > 0) {
      const loc = this.stepS[this.stepIdx];
      if (t0 < loc && loc < t0 + dt) {
        this.onStep = true;
        t1 = loc;
      }
    }
    if (this.jumpS.length > 0) {
      const loc = this.jumpS[this.jumpIdx];
      // Against the step as already shortened to a step_t point, as torchdiffeq does (dt = t1 − t0 first).
      if (t0 < loc && loc < t0 + (this.onStep ? t1 - t0 : dt)) {
        this.onStep = false;
        this.onJump = true;
        t1 = loc;
      }
    }
    return t1;
  }

  /** After an accepted step: move past the breakpoint it ended on (the index advances only on acceptance). */
  accept(): void {
    if (this.onStep && this.stepIdx !== this.stepS.length - 1) this.stepIdx++;
    if (this.onJump && this.jumpIdx !== this.jumpS.length - 1) this.jumpIdx++;
  }
}
