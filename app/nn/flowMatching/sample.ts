/**
 * Sampling a flow-matching model, noise at t = 0 to data at t = 1, in float64 on the CPU (app/solver):
 * dopri5 one sample at a time, so each sample's evaluations are its own (torchdiffeq would share one step
 * sequence across a batch), and Euler with a fixed number of steps. Also Liu et al.'s straightness of the
 * sampled paths (arXiv 2209.03003),
 *
 *   S = ∫₀¹ E ‖(X₁ − X₀) − v(X_t, t)‖² dt,
 *
 * zero exactly when every path is a straight line travelled at constant speed. Here the expectation is the
 * mean over samples and the integral the trapezoid rule over the output times.
 */
import { odeint } from '../../solver';
import type { CnfWeights } from '../cnf/model';
import { velocityFn } from './fieldPlain';

export interface DopriOptions {
  rtol: number;
  atol: number;
}

export interface SampledPaths {
  /** Output times, increasing from 0 to 1. */
  times: number[];
  /** [sample][time][x, y] flattened: sample k at time i is (paths[2(k·T + i)], paths[2(k·T + i) + 1]). */
  paths: Float32Array;
  /** Field evaluations of each sample's solve. */
  nfe: Float64Array;
  meanNfe: number;
  /** Liu et al.'s straightness S of these paths (0 = straight at constant speed). */
  straightness: number;
}

/** Evenly spaced output times 0, 1/k, …, 1. */
export function outputTimes(k: number): number[] {
  return Array.from({ length: k + 1 }, (_, i) => i / k);
}

/** Solves every sample x₀ (flat [x, y] rows) from t = 0 to 1 with dopri5 at the given tolerance. */
export function samplePaths(w: CnfWeights, x0: ArrayLike<number>, times: number[], tol: DopriOptions): SampledPaths {
  const v = velocityFn(w);
  const field = (t: number, y: Float64Array, dy: Float64Array) => v(t, y[0], y[1], dy);
  const n = x0.length / 2;
  const T = times.length;
  const paths = new Float32Array(2 * n * T);
  const nfe = new Float64Array(n);
  const vel = new Float64Array(2);
  let sumS = 0;
  for (let k = 0; k < n; k++) {
    const sol = odeint(field, [x0[2 * k], x0[2 * k + 1]], times, { method: 'dopri5', rtol: tol.rtol, atol: tol.atol });
    nfe[k] = sol.nfe;
    const dx = sol.ys[T - 1][0] - sol.ys[0][0];
    const dy = sol.ys[T - 1][1] - sol.ys[0][1];
    for (let i = 0; i < T; i++) {
      const [x, y] = sol.ys[i];
      paths[2 * (k * T + i)] = x;
      paths[2 * (k * T + i) + 1] = y;
      v(times[i], x, y, vel);
      const g = (dx - vel[0]) ** 2 + (dy - vel[1]) ** 2;
      const wgt = i === 0 ? times[1] - times[0] : i === T - 1 ? times[T - 1] - times[T - 2] : times[i + 1] - times[i - 1];
      sumS += (g * wgt) / 2;
    }
  }
  return { times, paths, nfe, meanNfe: nfe.reduce((a, b) => a + b, 0) / n, straightness: sumS / n };
}

/** Euler with `steps` equal steps from t = 0 to 1: the end points, flat [x, y]. NFE = steps per sample. */
export function eulerSamples(w: CnfWeights, x0: ArrayLike<number>, steps: number): Float64Array {
  const v = velocityFn(w);
  const out = Float64Array.from(x0);
  const vel = new Float64Array(2);
  const h = 1 / steps;
  for (let k = 0; k < out.length / 2; k++) {
    let x = out[2 * k];
    let y = out[2 * k + 1];
    for (let s = 0; s < steps; s++) {
      v(s * h, x, y, vel);
      x += h * vel[0];
      y += h * vel[1];
    }
    out[2 * k] = x;
    out[2 * k + 1] = y;
  }
  return out;
}

/** `n` standard-normal points in the plane, flat [x, y]. */
export function noise(n: number, rng: { normal(): number }): Float64Array {
  return Float64Array.from({ length: 2 * n }, () => rng.normal());
}
