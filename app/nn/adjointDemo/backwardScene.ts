/**
 * Everything the backward-pass animation draws, computed up front (compute first, then draw): the stored
 * forward path and its step marks, then Algorithm 1's backward solve with its step marks and dense samples
 * of [z, a, a_θ], for the spiral network of `field.ts` and the loss L = ½‖z(T) − target‖².
 */
import { adjoint, forward, lossValue, type Problem, type StepMark } from './algorithm1';
import { forwardAt } from './drift';
import { spiralField, spiralTheta } from './field';

export interface BackwardSetup {
  /** Contraction rate k of the spiral network (W2 = [[−k, −2], [2, −k]]). */
  damping: number;
  /** End time T of the forward solve (t0 = 0). */
  T: number;
  /** log10 of the backward solve's rtol (atol = rtol/100). */
  btolExp: number;
  /** Target of the loss L = ½‖z(T) − target‖²; default BACKWARD_TARGET. */
  target?: readonly [number, number];
}

export const BACKWARD_DEFAULTS: BackwardSetup = { damping: 0.3, T: 5, btolExp: -4 };
export const BACKWARD_Z0 = Float64Array.from([2, 0]);
export const BACKWARD_TARGET = Float64Array.from([0.5, 0.5]);
/** The forward solve's tolerances (dopri5): tight, so what the reader changes is the backward one. */
export const FORWARD_TOL = { rtol: 1e-7, atol: 1e-9 };

export interface BackwardScene {
  problem: Problem;
  paramNames: readonly string[];
  loss: number;
  /** Forward path sampled densely (increasing t), and the forward solver's accepted step ends. */
  forwardPath: StepMark[];
  forwardSteps: StepMark[];
  forwardNfe: number;
  /** Backward samples and accepted step ends of [z, a, a_θ] (decreasing t). */
  backwardPath: StepMark[];
  backwardSteps: StepMark[];
  backwardNfe: number;
  dLdz0: Float64Array;
  dLdTheta: Float64Array;
  /** |ẑ(0) − z(0)|: the drift of the backward reconstruction at t0. */
  drift0: number;
}

export function backwardProblem(s: BackwardSetup): Problem {
  const target = s.target ? Float64Array.from(s.target) : BACKWARD_TARGET;
  return { field: spiralField(), theta: spiralTheta(s.damping), z0: BACKWARD_Z0, ts: [0, s.T], targets: [null, target] };
}

export function computeBackwardScene(s: BackwardSetup, samples = 240): BackwardScene {
  const p = backwardProblem(s);
  // One forward solve on a dense output grid: the outputs do not change the steps (torchdiffeq interpolates),
  // so its first and last outputs are exactly those of the solve on [0, T].
  const dense = Array.from({ length: samples + 1 }, (_, i) => (s.T * i) / samples);
  dense[samples] = s.T;
  const fw = forward({ ...p, ts: dense, targets: dense.map(() => null) }, FORWARD_TOL);
  const path = fw;
  const zs = [fw.zs[0], fw.zs[samples]];
  const rtol = 10 ** s.btolExp;
  const adj = adjoint(p, zs, { rtol, atol: rtol / 100, checkpoint: false, record: true, samplesPerInterval: samples });
  return {
    problem: p,
    paramNames: p.field.paramNames,
    loss: lossValue(zs, p.targets),
    forwardPath: dense.map((t, i) => ({ t, y: path.zs[i] })),
    forwardSteps: [{ t: 0, y: p.z0 }, ...fw.steps],
    forwardNfe: fw.nfe,
    backwardPath: adj.samples,
    backwardSteps: [{ t: s.T, y: adj.samples[0].y }, ...adj.steps],
    backwardNfe: adj.nfe,
    dLdz0: adj.dLdz0,
    dLdTheta: adj.dLdTheta,
    drift0: Math.hypot(adj.zBack0[0] - p.z0[0], adj.zBack0[1] - p.z0[1]),
  };
}

/** The backward sample at time t (samples are decreasing in t): nearest-below linear interpolation. */
export function backwardAt(scene: BackwardScene, t: number): Float64Array {
  const b = scene.backwardPath;
  if (t >= b[0].t) return b[0].y;
  for (let i = 1; i < b.length; i++) {
    if (t >= b[i].t) {
      const u = (b[i - 1].t - t) / (b[i - 1].t - b[i].t);
      return b[i - 1].y.map((v, k) => v + u * (b[i].y[k] - v));
    }
  }
  return b[b.length - 1].y;
}

/** |z_back(t) − z_fwd(t)| at time t. */
export function driftAt(scene: BackwardScene, t: number): number {
  const zb = backwardAt(scene, t);
  const zf = forwardAt(scene.forwardPath, t);
  return Math.hypot(zb[0] - zf[0], zb[1] - zf[1]);
}
