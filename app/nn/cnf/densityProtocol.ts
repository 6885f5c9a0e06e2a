/** Messages between the density-flow widget and its tfjs handler in the page's worker (densityHandler.ts). */
import type { GridSpec } from './flowPlain';
import type { CnfWeights } from './model';

export type ToDensity =
  /** Compute every frame on tfjs (the fallback path), reporting each as it is done. */
  | { kind: 'frames'; job: number; weights: CnfWeights; grid: GridSpec; frames: number; particles0: Float32Array; chunk: number }
  /** Recompute the last frame on every `stride`-th pixel and compare with the fused program's `lastFrame`. */
  | { kind: 'check'; job: number; weights: CnfWeights; grid: GridSpec; frames: number; stride: number; lastFrame: Float32Array }
  | { kind: 'cancel'; job: number };

export type FromDensity =
  | { kind: 'ready'; backend: string; reason: string }
  | { kind: 'logp'; job: number; k: number; logp: Float32Array; ms: number; done: number }
  | { kind: 'particles'; job: number; k: number; states: Float32Array; done: number }
  | { kind: 'finished'; job: number }
  | { kind: 'check'; job: number; maxAbsDiff: number; pixels: number }
  | { kind: 'error'; job: number; message: string };
