/**
 * One reader's training run, outside React: the ode_demo run (app/nn/spiral), its per-iteration history,
 * the latest test trajectory, and a time-boxed `advance` that trains in slices. It runs in the trainer's
 * worker (trainer.worker.ts), which posts each slice's changes to the page; Node tests use it directly.
 */
import { decodeCheckpoint, type SpiralCheckpoint } from '../../nn/spiral/checkpoint';
import type { GroundTruth } from '../../nn/spiral/problem';
import { EMA_MOMENTUM, SpiralTraining, type TestResult, type TrainSettings } from '../../nn/spiral/trainer';

/** ode_demo's `--niters`: the run pauses here (Play carries on). */
export const DEMO_ITERS = 2000;
/** ode_demo's `--test_freq`. */
export const TEST_FREQ = 20;

export interface TestPoint {
  iteration: number;
  loss: number;
  nfe: number;
}

export class SpiralSession {
  readonly run: SpiralTraining;
  readonly loss: number[] = [];
  readonly ema: number[] = [];
  readonly nfeForward: number[] = [];
  readonly nfeBackward: number[] = [];
  readonly tests: TestPoint[] = [];
  prediction: TestResult;
  /** Wall time of one training iteration (ms, test solves excluded), an exponential average. */
  msPerIteration: number | null = null;
  /** Modes used by the iterations, so the NFE plot can tell where the adjoint ran. */
  lastMode: TrainSettings['mode'] | null = null;

  constructor(
    readonly truth: GroundTruth,
    readonly seed: number,
    readonly origin: { kind: 'scratch' } | { kind: 'checkpoint'; checkpoint: SpiralCheckpoint },
  ) {
    if (origin.kind === 'checkpoint') {
      const c = origin.checkpoint;
      this.run = new SpiralTraining(truth, c.seed, c.state);
      let avg: number | null = null;
      for (const l of c.history.loss) {
        avg = avg === null ? l : avg * EMA_MOMENTUM + l * (1 - EMA_MOMENTUM);
        this.loss.push(l);
        this.ema.push(avg);
      }
      this.nfeForward.push(...c.history.nfeForward);
      this.nfeBackward.push(...c.history.nfeForward.map(() => 0));
      this.tests.push(...c.tests);
    } else {
      this.run = new SpiralTraining(truth, seed);
    }
    this.prediction = this.run.test();
    if (origin.kind === 'scratch') this.tests.push({ iteration: 0, loss: this.prediction.loss, nfe: this.prediction.nfe });
  }

  static fromCheckpointJson(truth: GroundTruth, json: unknown): SpiralSession {
    const c = decodeCheckpoint(json);
    return new SpiralSession(truth, c.seed, { kind: 'checkpoint', checkpoint: c });
  }

  get iteration(): number {
    return this.run.iteration;
  }

  /** One iteration, and ode_demo's test every TEST_FREQ iterations. Throws OdeError if a solve fails. */
  stepOnce(settings: TrainSettings): void {
    const t0 = performance.now();
    const s = this.run.step(settings);
    const ms = performance.now() - t0;
    this.msPerIteration = this.msPerIteration === null ? ms : 0.95 * this.msPerIteration + 0.05 * ms;
    this.loss.push(s.loss);
    this.ema.push(s.lossEma);
    this.nfeForward.push(s.nfeForward);
    this.nfeBackward.push(s.nfeBackward);
    this.lastMode = settings.mode;
    if (s.iteration % TEST_FREQ === 0) this.test();
  }

  /** ode_demo's test: `odeint(func, true_y0, t)` with the library defaults (dopri5, 1e-7/1e-9), whatever the training solver. */
  test(): void {
    this.prediction = this.run.test();
    this.tests.push({ iteration: this.run.iteration, loss: this.prediction.loss, nfe: this.prediction.nfe });
  }

  /**
   * Trains until `budgetMs` has passed (at least one iteration), stopping at `stopAt`. Returns the number of
   * iterations done (one iteration takes ~2–15 ms here).
   */
  advance(settings: TrainSettings, budgetMs: number, stopAt: number): number {
    const start = performance.now();
    let done = 0;
    while (this.run.iteration < stopAt) {
      this.stepOnce(settings);
      done++;
      if (performance.now() - start >= budgetMs) break;
    }
    return done;
  }
}
