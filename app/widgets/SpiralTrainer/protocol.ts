/**
 * Messages between the spiral trainer's page and its worker (trainer.worker.ts). The worker owns the run;
 * the page keeps a mirror (`RunView`) built from the updates, and only draws.
 */
import type { OdeErrorCode } from '../../solver/types';
import type { TrainSettings } from '../../nn/spiral/trainer';
import type { TestPoint } from './session';

export type ToWorker =
  | { type: 'scratch'; seed: number }
  | { type: 'checkpoint'; json: unknown }
  | { type: 'settings'; settings: TrainSettings }
  | { type: 'play'; stopAt: number }
  | { type: 'pause' }
  | { type: 'step' };

/** What changed since the last update: history entries are appended, the rest replaces. */
export interface RunUpdate {
  type: 'update';
  /** A new run started (reset or checkpoint): drop the mirrored history first. */
  fresh: boolean;
  seed: number;
  iteration: number;
  loss: number[];
  ema: number[];
  nfeForward: number[];
  nfeBackward: number[];
  tests: TestPoint[];
  /** Present when a test ran since the last update (or on a fresh run). */
  prediction?: { y: Float64Array; loss: number; nfe: number };
  params: Float64Array;
  msPerIteration: number | null;
  lastMode: TrainSettings['mode'] | null;
  playing: boolean;
  /** The run paused itself at the requested stop (ode_demo's 2,000 iterations). */
  reachedStop: boolean;
  /** Set when the run was loaded from the checkpoint. */
  checkpoint?: CheckpointInfo;
}

/** Where a run loaded from the shipped checkpoint came from. */
export interface CheckpointInfo {
  iteration: number;
  trainedIterations: number;
  seed: number;
  mode: string;
}

/** A failure: the solver's ones carry its error code and the time reached, so the page can say why in its language. */
export type FromWorker = RunUpdate | { type: 'error'; message: string; iteration: number; kind: 'solver' | 'checkpoint' | 'other'; code?: OdeErrorCode; t?: number };

/** The page's mirror of the run: what the plots and the readout read. */
export interface RunView {
  seed: number;
  iteration: number;
  loss: number[];
  ema: number[];
  nfeForward: number[];
  nfeBackward: number[];
  tests: TestPoint[];
  prediction: { y: Float64Array; loss: number; nfe: number };
  params: Float64Array;
  msPerIteration: number | null;
  lastMode: TrainSettings['mode'] | null;
}

/** Applies an update to the mirror (a new object when the run is fresh). */
export function applyUpdate(view: RunView | null, u: RunUpdate): RunView {
  const v: RunView =
    view && !u.fresh
      ? view
      : { seed: u.seed, iteration: 0, loss: [], ema: [], nfeForward: [], nfeBackward: [], tests: [], prediction: u.prediction ?? { y: new Float64Array(0), loss: NaN, nfe: 0 }, params: u.params, msPerIteration: null, lastMode: null };
  v.loss.push(...u.loss);
  v.ema.push(...u.ema);
  v.nfeForward.push(...u.nfeForward);
  v.nfeBackward.push(...u.nfeBackward);
  v.tests.push(...u.tests);
  if (u.prediction) v.prediction = u.prediction;
  v.iteration = u.iteration;
  v.params = u.params;
  v.msPerIteration = u.msPerIteration;
  v.lastMode = u.lastMode;
  v.seed = u.seed;
  return v;
}
