/**
 * Which solves of the convergence study blew up. Its own module, without the solver, so the figure's main
 * thread code can use it while the study itself runs in the solve worker (convergence.ts imports odeint).
 */
import type { Series } from './convergence';

/**
 * Errors at or above this are blow-ups, not truncation: a step too large for the method (Euler or the
 * midpoint rule on Van der Pol at h ≥ 2 reach 10^27 and 10^80). The problems' solutions are of order 1, so an
 * error of 1,000 means the solve has left them. Such points are not fitted, and the plot marks them at the
 * top edge of its error axis instead of stretching the axis over eighty decades.
 */
export const BLOW_UP = 1e3;

/** Whether an error is a blow-up (≥ BLOW_UP, or not finite). */
export const isBlowUp = (error: number): boolean => !(error < BLOW_UP);

/** The solves of `series` whose error is a blow-up (≥ BLOW_UP, or not finite), and the largest such error. */
export function blowUps(series: Series[]): { count: number; worst: number } {
  const errs = series.flatMap((s) => s.points.map((p) => p.error)).filter(isBlowUp);
  return { count: errs.length, worst: errs.length ? Math.max(...errs) : 0 };
}
