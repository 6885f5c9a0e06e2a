/**
 * Planar normalizing flow against planar continuous normalizing flow, trained to match a target density
 * given up to a constant, p(z) ∝ exp(−U(z)), by minimising KL(q‖p) ([P] §4.1, Figure 4's set-up):
 *
 *   KL(q‖p) = E_{z₀∼N(0,I)}[log q(z_K) + U(z_K)] + log Z,   Z = ∫ exp(−U).
 *
 * - Planar NF, K layers ([P] Eq. 7; Rezende and Mohamed 2015): z ← z + û·tanh(wᵀz + b),
 *   log q ← log q − log|1 + ûᵀψ|, ψ = (1 − tanh²)·w, with û = u + (m(wᵀu) − wᵀu)·w/‖w‖² and
 *   m(x) = −1 + softplus(x), which keeps wᵀû > −1 so every layer is invertible (their App. A).
 * - Planar CNF, M units ([P] Eq. 9–10): dz/dt = Σ_m u_m(t)·tanh(w_m(t)ᵀz + b_m(t)),
 *   d log q/dt = −Σ_m (1 − tanh²)·u_m(t)ᵀw_m(t). The paper makes the parameters functions of t through a
 *   small hypernetwork; here each is affine in t (θ(t) = θ + t·θ′), the smallest time dependence, so a unit
 *   has 10 parameters against a planar layer's 5. Integrated over [0, 1] with fixed 3/8-rule steps of the
 *   generic stepper.
 *
 * The targets are the energies U1–U3 of Rezende and Mohamed (2015, Table 1).
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { Rng } from '../../math/rng';
import type { Tf } from './tensorFlow';
import { integrateFixedTuple } from '../core/rkGeneric';
import type { FixedMethod } from '../../solver/types.ts';

export const TARGETS = ['ring', 'wave', 'split'] as const;
export type Target = (typeof TARGETS)[number];
export const TARGET_LABELS: Record<Target, string> = { ring: 'U1: broken ring', wave: 'U2: sine wave', split: 'U3: split wave' };

/** U(z) for rows of z, plain numbers (for the grid and for log Z). */
export function energy(target: Target, x: number, y: number): number {
  const w1 = Math.sin((2 * Math.PI * x) / 4);
  switch (target) {
    case 'ring': {
      const r = Math.hypot(x, y);
      return 0.5 * ((r - 2) / 0.4) ** 2 - Math.log(Math.exp(-0.5 * ((x - 2) / 0.6) ** 2) + Math.exp(-0.5 * ((x + 2) / 0.6) ** 2));
    }
    case 'wave':
      return 0.5 * ((y - w1) / 0.4) ** 2;
    case 'split': {
      const w2 = 3 * Math.exp(-0.5 * ((x - 1) / 0.6) ** 2);
      return -Math.log(Math.exp(-0.5 * ((y - w1) / 0.35) ** 2) + Math.exp(-0.5 * ((y - w1 + w2) / 0.35) ** 2) + 1e-300);
    }
  }
}

/** The same energies on tensors [N, 2] → [N]. */
export function energyTensor(tf: Tf, target: Target, z: TF.Tensor2D): TF.Tensor1D {
  const n = z.shape[0];
  const x = tf.reshape(tf.slice(z, [0, 0], [-1, 1]), [n]);
  const y = tf.reshape(tf.slice(z, [0, 1], [-1, 1]), [n]);
  const w1 = tf.sin(tf.mul(x, (2 * Math.PI) / 4));
  const sq = (a: TF.Tensor, s: number) => tf.mul(tf.square(tf.div(a, s)), -0.5);
  switch (target) {
    case 'ring': {
      const r = tf.sqrt(tf.add(tf.add(tf.square(x), tf.square(y)), 1e-12));
      return tf.sub(tf.neg(sq(tf.sub(r, 2), 0.4)), tf.logSumExp(tf.stack([sq(tf.sub(x, 2), 0.6), sq(tf.add(x, 2), 0.6)], 1), 1)) as TF.Tensor1D;
    }
    case 'wave':
      return tf.neg(sq(tf.sub(y, w1), 0.4)) as TF.Tensor1D;
    case 'split': {
      const w2 = tf.mul(tf.exp(sq(tf.sub(x, 1), 0.6)), 3);
      return tf.neg(tf.logSumExp(tf.stack([sq(tf.sub(y, w1), 0.35), sq(tf.add(tf.sub(y, w1), w2), 0.35)], 1), 1)) as TF.Tensor1D;
    }
  }
}

/** log Z = log ∫ exp(−U) by the midpoint rule on [−extent, extent]² (the targets live well inside ±4). */
export function logPartition(target: Target, n = 400, extent = 5): number {
  const h = (2 * extent) / n;
  let s = 0;
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) s += Math.exp(-energy(target, -extent + (i + 0.5) * h, -extent + (j + 0.5) * h));
  return Math.log(s * h * h);
}

export interface PlanarParams {
  /** [K or M, 2] */
  u: TF.Variable;
  w: TF.Variable;
  /** [K or M] */
  b: TF.Variable;
  /** CNF only: time slopes θ′. */
  du?: TF.Variable;
  dw?: TF.Variable;
  db?: TF.Variable;
}

export function initPlanar(tf: Tf, units: number, continuous: boolean, rng: Rng): PlanarParams {
  const r = (n: number, s: number) => Float32Array.from({ length: n }, () => s * rng.normal());
  const v = (data: Float32Array, shape: number[]) => tf.variable(tf.tensor(data, shape));
  const p: PlanarParams = { u: v(r(2 * units, 0.1), [units, 2]), w: v(r(2 * units, 0.5), [units, 2]), b: v(r(units, 0.1), [units]) };
  if (continuous) {
    p.du = v(new Float32Array(2 * units), [units, 2]);
    p.dw = v(new Float32Array(2 * units), [units, 2]);
    p.db = v(new Float32Array(units), [units]);
  }
  return p;
}

export function planarVariables(p: PlanarParams): TF.Variable[] {
  return [p.u, p.w, p.b, ...(p.du && p.dw && p.db ? [p.du, p.dw, p.db] : [])];
}

export function disposePlanar(p: PlanarParams): void {
  planarVariables(p).forEach((v) => v.dispose());
}

/** Discrete planar flow: returns z_K [N, 2] and log q(z_K) [N]. */
export function planarNf(tf: Tf, p: PlanarParams, z0: TF.Tensor2D): { z: TF.Tensor2D; logq: TF.Tensor1D } {
  const K = p.u.shape[0];
  const n = z0.shape[0];
  let z = z0;
  let logq = tf.sub(tf.mul(tf.sum(tf.square(z0), 1), -0.5), Math.log(2 * Math.PI)) as TF.Tensor1D;
  for (let k = 0; k < K; k++) {
    const u = tf.reshape(tf.slice(p.u, [k, 0], [1, 2]), [2]);
    const w = tf.reshape(tf.slice(p.w, [k, 0], [1, 2]), [2]);
    const b = tf.slice(p.b, [k], [1]);
    const wu = tf.sum(tf.mul(w, u));
    const m = tf.sub(tf.softplus(wu), 1);
    const uh = tf.add(u, tf.mul(tf.div(tf.sub(m, wu), tf.sum(tf.square(w))), w));
    const a = tf.add(tf.reshape(tf.matMul(z, tf.reshape(w, [2, 1])), [n]), b);
    const th = tf.tanh(a);
    z = tf.add(z, tf.mul(tf.reshape(th, [n, 1]), tf.reshape(uh, [1, 2]))) as TF.Tensor2D;
    const psiU = tf.mul(tf.sub(1, tf.square(th)), tf.sum(tf.mul(w, uh)));
    logq = tf.sub(logq, tf.log(tf.add(tf.abs(tf.add(psiU, 1)), 1e-8))) as TF.Tensor1D;
  }
  return { z, logq };
}

/** The planar CNF's field and divergence at time t. */
function planarField(tf: Tf, p: PlanarParams, t: number, z: TF.Tensor2D): { f: TF.Tensor2D; div: TF.Tensor1D } {
  const u = p.du ? tf.add(p.u, tf.mul(p.du, t)) : p.u;
  const w = p.dw ? tf.add(p.w, tf.mul(p.dw, t)) : p.w;
  const b = p.db ? tf.add(p.b, tf.mul(p.db, t)) : p.b;
  const th = tf.tanh(tf.add(tf.matMul(z, w, false, true), b)); // [N, M]
  const f = tf.matMul(th, u) as TF.Tensor2D; // Σ_m u_m tanh(·)
  const uw = tf.sum(tf.mul(u, w), 1); // [M]
  const div = tf.sum(tf.mul(tf.sub(1, tf.square(th)), uw), 1) as TF.Tensor1D;
  return { f, div };
}

/**
 * Planar CNF over [0, 1] in `steps` fixed-grid steps of `method` (the 3/8 rule by default) through the generic
 * stepper (`core/rkGeneric.ts`): z(1) and log q(z(1)), with d log q/dt = −div.
 */
export function planarCnf(tf: Tf, p: PlanarParams, z0: TF.Tensor2D, steps: number, method: FixedMethod = 'rk4'): { z: TF.Tensor2D; logq: TF.Tensor1D } {
  const logq0 = tf.sub(tf.mul(tf.sum(tf.square(z0), 1), -0.5), Math.log(2 * Math.PI));
  const F = (t: number, [z]: TF.Tensor[]) => {
    const r = planarField(tf, p, t, z as TF.Tensor2D);
    return [r.f, tf.neg(r.div)];
  };
  const [z, logq] = integrateFixedTuple(tf, F, [z0, logq0], 0, 1, steps, method);
  return { z: z as TF.Tensor2D, logq: logq as TF.Tensor1D };
}

/** The KL(q‖p) objective without log Z: mean of log q(z) + U(z) over the batch. */
export function klLoss(tf: Tf, target: Target, out: { z: TF.Tensor2D; logq: TF.Tensor1D }): TF.Scalar {
  return tf.mean(tf.add(out.logq, energyTensor(tf, target, out.z))) as TF.Scalar;
}
