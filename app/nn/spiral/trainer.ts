/**
 * One ode_demo training run in plain float64 TypeScript (torchdiffeq examples/ode_demo.py lines 118-160;
 * reference/ODE_DEMO.md §1): each iteration draws a batch, solves the 20 windows as *one* batched solve
 * (one shared step sequence, RMS error norm over all 40 numbers), takes the L1 loss over the 400 outputs,
 * gets dL/dθ by backprop through the solver or by the adjoint, and applies RMSprop. `test()` is the demo's
 * "Total Loss": the full [0, 25] trajectory from y0 against true_y, mean |pred − true| over 2,000 numbers.
 *
 * Randomness: the weights come from `mulberry32(seed)` and the batches from `mulberry32(seed ^ BATCH_SALT)`,
 * two streams as the demo's torch and numpy generators (neither stream can be reproduced in JS).
 */
import { mulberry32, type Rng } from '../../math/rng';
import { odeint } from '../../solver';
import { adjointGrad } from './adjoint';
import { backpropGrad } from './backprop';
import { getBatch, type Batch } from './batches';
import { initParams, mlpForward, mlpVjp, N_PARAMS } from './mlp';
import { DEFAULT_ATOL, DEFAULT_RTOL, type GroundTruth } from './problem';
import { rkSolve } from './rk';
import { createRmsProp, rmspropStep, type RmsProp } from './rmsprop';
import { TABLEAUS, type SpiralMethod } from './tableaus';

export type GradMode = 'backprop' | 'adjoint';
/** Separates the batch stream from the weight stream (the golden-ratio constant, any odd salt would do). */
export const BATCH_SALT = 0x9e3779b9;
/** ode_demo's `RunningAverageMeter(0.97)`. */
export const EMA_MOMENTUM = 0.97;

export interface TrainSettings {
  mode: GradMode;
  method: SpiralMethod;
  rtol: number;
  atol: number;
}

export const DEFAULT_SETTINGS: TrainSettings = { mode: 'backprop', method: 'dopri5', rtol: DEFAULT_RTOL, atol: DEFAULT_ATOL };

/** A run's full state: parameters, RMSprop's square averages, the batch stream, the counters. */
export interface TrainingState {
  params: Float64Array;
  squareAvg: Float64Array;
  batchRngState: number;
  iteration: number;
  lossEma: number | null;
}

export interface IterationStats {
  /** 1-based, as the demo's `itr`. */
  iteration: number;
  loss: number;
  /** The demo's running training-loss average (momentum 0.97; the first value is taken as is). */
  lossEma: number;
  nfeForward: number;
  /** Augmented-dynamics evaluations in the adjoint's backward solves; 0 for backprop (autograd calls no f). */
  nfeBackward: number;
  batch: Batch;
}

export interface TestResult {
  loss: number;
  /** The predicted trajectory, (1000, 2) flat. */
  y: Float64Array;
  nfe: number;
}

/** The field f(y) = net(y³) for the current parameters, in the form the RK loop takes. */
export const mlpField = (params: Float64Array) => (_t: number, y: Float64Array, out: Float64Array) => mlpForward(params, y, out);

/**
 * `pred_y = odeint(func, true_y0, t)` and its mean absolute error against the ground truth: one trajectory,
 * so it runs on the project's `odeint` (app/solver), the float64 single-trajectory path of DESIGN.md.
 */
export function testLoss(params: Float64Array, truth: GroundTruth, settings: Pick<TrainSettings, 'method' | 'rtol' | 'atol'> = DEFAULT_SETTINGS): TestResult {
  const sol = odeint(mlpField(params), truth.y.subarray(0, 2), truth.t, { method: settings.method, rtol: settings.rtol, atol: settings.atol });
  const y = new Float64Array(truth.y.length);
  let s = 0;
  sol.ys.forEach((v, i) => {
    y.set(v, 2 * i);
    s += Math.abs(v[0] - truth.y[2 * i]) + Math.abs(v[1] - truth.y[2 * i + 1]);
  });
  return { loss: s / truth.y.length, y, nfe: sol.nfe };
}

export class SpiralTraining {
  readonly params: Float64Array;
  readonly optimizer: RmsProp;
  readonly batchRng: Rng;
  iteration = 0;
  lossEma: number | null = null;

  constructor(
    readonly truth: GroundTruth,
    readonly seed: number,
    resume?: TrainingState,
  ) {
    this.params = resume ? Float64Array.from(resume.params) : initParams(mulberry32(seed));
    this.optimizer = createRmsProp(N_PARAMS);
    if (resume) this.optimizer.squareAvg.set(resume.squareAvg);
    this.batchRng = mulberry32(resume ? resume.batchRngState : (seed ^ BATCH_SALT) >>> 0);
    this.iteration = resume?.iteration ?? 0;
    this.lossEma = resume?.lossEma ?? null;
  }

  /** Everything needed to carry on exactly where this run is (for checkpoints). */
  state(): TrainingState {
    return { params: Float64Array.from(this.params), squareAvg: Float64Array.from(this.optimizer.squareAvg), batchRngState: this.batchRng.seed, iteration: this.iteration, lossEma: this.lossEma };
  }

  /** One training iteration with the given settings (they may change between iterations). */
  step(settings: TrainSettings = DEFAULT_SETTINGS): IterationStats {
    const { mode, method, rtol, atol } = settings;
    const tab = TABLEAUS[method];
    const batch = getBatch(this.batchRng, this.truth.y, this.truth.t);
    const sol = rkSolve(mlpField(this.params), batch.y0, batch.t, { tableau: tab, rtol, atol, record: mode === 'backprop' });
    const count = batch.y.length * batch.y0.length;
    let loss = 0;
    const dL = sol.ys.map((pred, i) => {
      const g = new Float64Array(pred.length);
      for (let e = 0; e < pred.length; e++) {
        const d = pred[e] - batch.y[i][e];
        loss += Math.abs(d);
        g[e] = Math.sign(d) / count;
      }
      return g;
    });
    loss /= count;
    let grad: Float64Array;
    let nfeBackward = 0;
    if (mode === 'backprop') {
      grad = backpropGrad(sol, tab, dL, (y, a, gp, gy) => mlpVjp(this.params, y, a, gp, gy), N_PARAMS);
    } else {
      const adj = adjointGrad(this.params, sol.ys, batch.t, dL, tab, rtol, atol);
      grad = adj.grad;
      nfeBackward = adj.nfe;
    }
    rmspropStep(this.optimizer, this.params, grad);
    this.iteration++;
    this.lossEma = this.lossEma === null ? loss : this.lossEma * EMA_MOMENTUM + loss * (1 - EMA_MOMENTUM);
    return { iteration: this.iteration, loss, lossEma: this.lossEma, nfeForward: sol.nfe, nfeBackward, batch };
  }

  test(settings: Pick<TrainSettings, 'method' | 'rtol' | 'atol'> = DEFAULT_SETTINGS): TestResult {
    return testLoss(this.params, this.truth, settings);
  }
}
