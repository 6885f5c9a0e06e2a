/**
 * The shipped spiral checkpoint (`public/models/spiral/checkpoint.json`, written by `scripts/train-spiral.ts`):
 * a training state that can be resumed exactly, the history that led to it (so the loss and NFE curves
 * are the real ones), and the figures the script measured. `decodeCheckpoint` checks every field and says
 * which one is wrong, so a damaged file is reported to the reader instead of training on garbage.
 */
import { N_PARAMS } from './mlp';
import type { GradMode, TrainingState } from './trainer';
import type { SpiralMethod } from './tableaus';

export const CHECKPOINT_FORMAT = 'continuous-depth/spiral-checkpoint@1';

export interface CheckpointTest {
  iteration: number;
  loss: number;
  nfe: number;
}

export interface SpiralCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  seed: number;
  mode: GradMode;
  method: SpiralMethod;
  rtol: number;
  atol: number;
  /** Iterations the script ran; the state below is from `state.iteration` (the best test within them). */
  trainedIterations: number;
  state: TrainingState;
  /** Per iteration 1..state.iteration: training loss and forward NFE. */
  history: { loss: number[]; nfeForward: number[] };
  /** Every 20 iterations (and at 0), as ode_demo's test. */
  tests: CheckpointTest[];
  note: string;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const numArray = (v: unknown, len?: number): v is number[] => Array.isArray(v) && (len === undefined || v.length === len) && v.every(isNum);

export function encodeCheckpoint(c: SpiralCheckpoint): unknown {
  return { ...c, state: { ...c.state, params: Array.from(c.state.params), squareAvg: Array.from(c.state.squareAvg) } };
}

/** Parses a checkpoint file's JSON; throws an Error whose message names the first bad field. */
export function decodeCheckpoint(raw: unknown): SpiralCheckpoint {
  const fail = (what: string): never => {
    throw new Error(`The spiral checkpoint is damaged: ${what}.`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('it is not a JSON object');
  const r = raw as Record<string, unknown>;
  if (r.format !== CHECKPOINT_FORMAT) fail(`format is ${JSON.stringify(r.format)}, expected ${CHECKPOINT_FORMAT}`);
  const s = r.state as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return fail('state is missing');
  if (!numArray(s.params, N_PARAMS)) fail(`state.params must be ${N_PARAMS} finite numbers`);
  if (!numArray(s.squareAvg, N_PARAMS)) fail(`state.squareAvg must be ${N_PARAMS} finite numbers`);
  if (!isNum(s.batchRngState) || !isNum(s.iteration) || !(s.lossEma === null || isNum(s.lossEma))) fail('state counters are not numbers');
  const h = r.history as Record<string, unknown> | undefined;
  if (!h || !numArray(h.loss, s.iteration as number) || !numArray(h.nfeForward, s.iteration as number)) fail('history must hold one loss and one NFE per iteration');
  if (!Array.isArray(r.tests) || !r.tests.every((t) => isNum(t?.iteration) && isNum(t?.loss) && isNum(t?.nfe))) fail('tests must be {iteration, loss, nfe} records');
  if (!['backprop', 'adjoint'].includes(r.mode as string) || !['dopri5', 'bosh3', 'rk4', 'euler'].includes(r.method as string)) fail('mode or method is unknown');
  if (!isNum(r.rtol) || !isNum(r.atol) || !isNum(r.seed) || !isNum(r.trainedIterations)) fail('seed, tolerances or iteration count are not numbers');
  return {
    ...(r as unknown as SpiralCheckpoint),
    state: {
      params: Float64Array.from(s.params as number[]),
      squareAvg: Float64Array.from(s.squareAvg as number[]),
      batchRngState: s.batchRngState as number,
      iteration: s.iteration as number,
      lossEma: s.lossEma as number | null,
    },
  };
}
