/**
 * Reverse drift and checkpointing ([P] §6; fact sheet pitfall 2). Algorithm 1 needs z(t) on the way back
 * and gets it by integrating z backwards from z(t_N). For a contracting system that is an expanding one:
 * whatever the forward solve lost of z(t0) (a fast mode that decayed below the tolerance) the backward solve
 * cannot recover, and its own errors grow like e^{k(t_N − t)}. Storing z at a few output times and
 * restarting the backward z from them (checkpoints, as torchdiffeq does at every output time) cuts each
 * stretch of backward integration, and the error falls roughly like e^{−k T/(c+1)}·tolerance for c
 * checkpoints, at the price of c stored states.
 */
import { adjoint, forward, type AdjointResult, type Problem, type SolveOptions, type StepMark } from './algorithm1';
import { tanhMlpField, type ParamField } from './field';
import { maxRelError } from './relError';

export interface DriftSetup {
  /** Contraction rate of the fast direction (per unit time). */
  k: number;
  /** End time t_N (t0 = 0). */
  T: number;
  /** Stored interior states between t0 and t_N; 0 is Algorithm 1 as printed. */
  checkpoints: number;
  /** Tolerance of both solves (rtol); atol is rtol/1000. */
  tol: number;
}

export const DRIFT_DEFAULTS: DriftSetup = { k: 6, T: 4, checkpoints: 0, tol: 1e-6 };

/** A 2→2→2 tanh network with a slow direction (rate 0.5) and a fast one (rate k), lightly coupled. */
export function stiffTheta(k: number): Float64Array {
  //               W1          b1     W2                      b2
  return Float64Array.from([1, 0, 0, 1, 0, 0, -0.5, -0.4, 0.4, -k, 0, 0]);
}

export const DRIFT_Z0 = Float64Array.from([1.5, 1.5]);
export const DRIFT_TARGET = Float64Array.from([0.4, -0.2]);

export function driftProblem(setup: DriftSetup, field: ParamField = tanhMlpField(2)): Problem {
  const n = setup.checkpoints + 1;
  const ts = Array.from({ length: n + 1 }, (_, i) => (setup.T * i) / n);
  ts[n] = setup.T;
  const targets: (Float64Array | null)[] = ts.map((_, i) => (i === n ? DRIFT_TARGET : null));
  return { field, theta: stiffTheta(setup.k), z0: DRIFT_Z0, ts, targets };
}

export interface DriftResult {
  problem: Problem;
  /** Forward states at the output times (the stored checkpoints, with z0 and z(t_N)). */
  zs: Float64Array[];
  /** The forward path, densely sampled for drawing. */
  forwardPath: StepMark[];
  /** The backward reconstruction of z, densely sampled, decreasing t. */
  backwardPath: StepMark[];
  adjoint: AdjointResult;
  /** ‖ẑ(t0) − z(t0)‖: how far the backward solve lands from where the forward one started. */
  reconstructionError: number;
  /** Largest |z_back(t) − z_fwd(t)| over the sampled times. */
  maxDrift: number;
}

/** Forward and backward solves for one setting (a few ms: fine within one frame). */
export function runDrift(setup: DriftSetup, field?: ParamField, samplesPerUnit = 40): DriftResult {
  const p = driftProblem(setup, field);
  const opts: SolveOptions = { rtol: setup.tol, atol: setup.tol * 1e-3 };
  const { zs } = forward(p, opts);
  const nSamples = Math.max(8, Math.round(setup.T * samplesPerUnit));
  const dense = Array.from({ length: nSamples + 1 }, (_, i) => (setup.T * i) / nSamples);
  const fw = forward({ ...p, ts: dense, targets: dense.map(() => null) }, opts);
  const forwardPath = dense.map((t, i) => ({ t, y: fw.zs[i] }));
  const perInterval = Math.max(2, Math.round(nSamples / (p.ts.length - 1)));
  const adj = adjoint(p, zs, { ...opts, checkpoint: true, samplesPerInterval: perInterval });
  const D = p.field.dim;
  const backwardPath = adj.samples.map((s) => ({ t: s.t, y: s.y.slice(0, D) }));
  let maxDrift = 0;
  for (const b of backwardPath) {
    const fz = forwardAt(forwardPath, b.t);
    maxDrift = Math.max(maxDrift, Math.hypot(b.y[0] - fz[0], b.y[1] - fz[1]));
  }
  const reconstructionError = Math.hypot(adj.zBack0[0] - p.z0[0], adj.zBack0[1] - p.z0[1]);
  return { problem: p, zs, forwardPath, backwardPath, adjoint: adj, reconstructionError, maxDrift };
}

/** Linear interpolation in a densely sampled path (increasing t). */
export function forwardAt(path: StepMark[], t: number): Float64Array {
  if (t <= path[0].t) return path[0].y;
  for (let i = 1; i < path.length; i++) {
    if (t <= path[i].t) {
      const u = (t - path[i - 1].t) / (path[i].t - path[i - 1].t);
      return path[i - 1].y.map((v, k) => v + u * (path[i].y[k] - v));
    }
  }
  return path[path.length - 1].y;
}


/** The checkpoint counts the widget's error curve samples. */
export const CHECKPOINT_SERIES = [0, 1, 2, 3, 4, 6, 8, 12, 16];

/**
 * A reference dL/dθ and dL/dz0 for the drift problem: the adjoint with z restarted from the forward solve at
 * 64 evenly spaced times and both solves at rtol 1e-10 (checked against finite differences in the tests).
 */
export function referenceGradient(setup: Pick<DriftSetup, 'k' | 'T'>, field?: ParamField): { dLdz0: Float64Array; dLdTheta: Float64Array } {
  const p = driftProblem({ ...setup, checkpoints: 63, tol: 1e-10 }, field);
  const opts: SolveOptions = { rtol: 1e-10, atol: 1e-13 };
  const { zs } = forward(p, opts);
  const r = adjoint(p, zs, { ...opts, checkpoint: true });
  return { dLdz0: r.dLdz0, dLdTheta: r.dLdTheta };
}

/** One point of the error-against-checkpoints curve. */
export interface DriftPoint {
  checkpoints: number;
  reconstructionError: number;
  /** Relative error of dL/dθ against `referenceGradient`. */
  gradientError: number;
  backwardNfe: number;
}

export function driftPoint(setup: DriftSetup, ref: { dLdTheta: Float64Array }): DriftPoint {
  const p = driftProblem(setup);
  const opts: SolveOptions = { rtol: setup.tol, atol: setup.tol * 1e-3 };
  const { zs } = forward(p, opts);
  const r = adjoint(p, zs, { ...opts, checkpoint: true });
  return {
    checkpoints: setup.checkpoints,
    reconstructionError: Math.hypot(r.zBack0[0] - p.z0[0], r.zBack0[1] - p.z0[1]),
    gradientError: maxRelError(r.dLdTheta, ref.dLdTheta),
    backwardNfe: r.nfe,
  };
}
