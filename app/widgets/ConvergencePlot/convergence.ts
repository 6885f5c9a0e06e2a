/**
 * The convergence study behind the plot (diffrax's `test_ode_order`, drawn): solve the same problem with
 * ever smaller steps, measure the error at t1 against the closed form (or a tight Dopri5 reference), and
 * fit the slope of log error against log step size. A method of order p has global error ∝ h^p, so the
 * slopes come out near 1 (Euler), 2 (midpoint), 4 (RK4) and 5 (Dopri5).
 *
 * Dopri5 has no fixed step: it is run at tolerances 1e-3 … 1e-11 and placed at its mean accepted step
 * (t1 − t0)/accepted. Against function evaluations (NFE ∝ 1/h) the slopes are the negatives of the orders.
 */
import { odeint } from '../../solver';
import { OdeError, type Field, type Method } from '../../solver/types';
import { BLOW_UP } from './blowUps';

export interface ConvergenceProblem {
  field: Field;
  t0: number;
  t1: number;
  y0: readonly number[];
  exact?: (t: number, y0: readonly number[], t0: number) => number[];
}

export interface ConvergencePoint {
  /** Step size (fixed methods) or mean accepted step (Dopri5). */
  h: number;
  nfe: number;
  error: number;
  /** The tolerance, for Dopri5 points. */
  tol?: number;
}

export interface Series {
  method: Method;
  points: ConvergencePoint[];
  /** Least-squares slope of log10 error against log10 h over the fitted points, and against log10 NFE. */
  slopeH: number | null;
  slopeNfe: number | null;
  /** Which points the fit used (the asymptotic range, above the rounding floor). */
  fitted: boolean[];
}

export const FIXED_METHODS: Method[] = ['euler', 'midpoint', 'rk4'];
/** Steps per interval for the fixed methods: 4, 8, … 1024. */
export const STEP_COUNTS = [4, 8, 16, 32, 64, 128, 256, 512, 1024];
/** Dopri5 tolerances (rtol = atol), 1e-3 … 1e-11. */
export const TOLERANCES = [1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11];
/** Errors below this are rounding, not truncation: they are drawn but not fitted. */
export const ERROR_FLOOR = 1e-11;

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

/** y(t1): the closed form, or Dopri5 at rtol = 1e-13, atol = 1e-14 when there is none. */
export function referenceEnd(p: ConvergenceProblem): number[] {
  if (p.exact) return p.exact(p.t1, p.y0, p.t0);
  const sol = odeint(p.field, p.y0, [p.t0, p.t1], { method: 'dopri5', rtol: 1e-13, atol: 1e-14, maxSteps: 100000 });
  return Array.from(sol.ys[1]);
}

/** Least-squares slope of y on x. */
export function fitSlope(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxx > 0 ? sxy / sxx : null;
}

/**
 * Fits over the points whose error is above the rounding floor and whose step is small enough to be in
 * the asymptotic range: the smaller-step half of the usable points (at least 3 when there are 3).
 */
function fit(points: ConvergencePoint[]): Pick<Series, 'slopeH' | 'slopeNfe' | 'fitted'> {
  const usable = points.map((p) => Number.isFinite(p.error) && p.error > ERROR_FLOOR && p.error < BLOW_UP);
  const idx = points.map((_, i) => i).filter((i) => usable[i]);
  idx.sort((a, b) => points[a].h - points[b].h);
  const take = idx.slice(0, Math.max(Math.min(3, idx.length), Math.ceil(idx.length / 2)));
  const fitted = points.map((_, i) => take.includes(i));
  const lx = take.map((i) => Math.log10(points[i].h));
  const ln = take.map((i) => Math.log10(points[i].nfe));
  const le = take.map((i) => Math.log10(points[i].error));
  return { slopeH: fitSlope(lx, le), slopeNfe: fitSlope(ln, le), fitted };
}

/** `ref` is y(t1) from `referenceEnd`; pass it when running the methods one at a time, to compute it once. */
export function convergenceStudy(p: ConvergenceProblem, methods: Method[] = [...FIXED_METHODS, 'dopri5'], ref: number[] = referenceEnd(p)): Series[] {
  const span = Math.abs(p.t1 - p.t0);
  return methods.map((method) => {
    const points: ConvergencePoint[] = [];
    const add = (run: () => { ys: Float64Array[]; nfe: number; accepted: number }, h: (accepted: number) => number, tol?: number) => {
      try {
        const sol = run();
        points.push({ h: h(sol.accepted), nfe: sol.nfe, error: maxAbsDiff(sol.ys[1], ref), tol });
      } catch (err) {
        if (!(err instanceof OdeError)) throw err;
        // A blown-up run (Euler on a stiff problem at a large step) has no finite error: leave it out.
      }
    };
    if (method === 'dopri5' || method === 'bosh3') {
      for (const tol of TOLERANCES) add(() => odeint(p.field, p.y0, [p.t0, p.t1], { method, rtol: tol, atol: tol, maxSteps: 20000 }), (acc) => span / acc, tol);
    } else {
      for (const n of STEP_COUNTS) add(() => odeint(p.field, p.y0, [p.t0, p.t1], { method, stepSize: span / n }), () => span / n);
    }
    return { method, points, ...fit(points) };
  });
}
