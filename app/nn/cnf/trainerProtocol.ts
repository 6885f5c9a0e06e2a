/** Messages between the CNF trainer widget and its worker. */
import type { HutchinsonStats } from './hutchinson';

export interface TrainConfig {
  /** Training points, x/y pairs. */
  data: Float32Array;
  trace: 'exact' | 'hutchinson';
  steps: number;
  lr: number;
  seed: number;
}

export type ToWorker = { kind: 'start'; config: TrainConfig } | { kind: 'pause' } | { kind: 'resume' };

export type FromWorker =
  | { kind: 'ready'; backend: string; reason: string }
  | { kind: 'iter'; iter: number; loss: number; nfe: number; ms: number }
  | { kind: 'eval'; iter: number; nll: number; hutch: HutchinsonStats }
  | { kind: 'density'; iter: number; size: number; extent: number; logp: Float32Array }
  | { kind: 'error'; message: string };

/** Settings fixed in the widget (documented in the chapter): field 2→32→32→2 tanh, batch 128, T = 1. */
export const TRAINER_DIMS = [2, 32, 32, 2];
export const TRAINER_BATCH = 128;
export const EVAL_EVERY = 10;
export const DENSITY_EVERY = 30;
export const DENSITY_GRID = 40;
export const DENSITY_EXTENT = 4;
