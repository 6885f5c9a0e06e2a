/** Messages between the planar-flow widget and its worker. */
import type { Target } from './planar';

export interface PlanarConfig {
  target: Target;
  K: number;
  M: number;
  seed: number;
}

export type ToPlanarWorker = { kind: 'start'; config: PlanarConfig } | { kind: 'pause' } | { kind: 'resume' };

export interface ModelReport {
  /** KL(q‖p) estimate: batch mean of log q + U, plus log Z. */
  kl: number;
  /** 2-D histogram of 4,096 samples on the display grid, normalised to a density. */
  hist: Float32Array;
}

export type FromPlanarWorker =
  | { kind: 'ready'; backend: string; reason: string }
  | { kind: 'iter'; iter: number; nf: number; cnf: number }
  | { kind: 'eval'; iter: number; logZ: number; nf: ModelReport; cnf: ModelReport }
  | { kind: 'error'; message: string };

/** Fixed settings: batch 256 per step, Adam lr 1e-2 for both, CNF with 8 steps of the 3/8 rule over [0, 1]. */
export const PLANAR_BATCH = 256;
export const PLANAR_LR = 1e-2;
export const PLANAR_STEPS = 8;
export const PLANAR_EVAL_EVERY = 25;
export const HIST_N = 48;
export const HIST_EXTENT = 4;
export const MAX_ITERS = 1500;
