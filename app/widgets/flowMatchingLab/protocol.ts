/** Requests to chapter 6's worker (fm.worker.ts) and the client that sends them. */
import type { CnfWeights } from '../../nn/cnf/model';
import type { DopriOptions, SampledPaths } from '../../nn/flowMatching/sample';
import type { RunSpec, TrainReport } from '../../nn/flowMatching/session';
import type { ReflowPairs } from '../../nn/flowMatching/reflow';
import type { WorkerBackend } from '../../runtime/workerTf';
import { rpc } from '../../runtime/workerRpc';

export type FmRequest =
  | { type: 'init' }
  | { type: 'create'; handle: number; spec: RunSpec }
  | { type: 'train'; handle: number; iters: number; budgetMs?: number }
  | { type: 'weights' | 'dispose'; handle: number }
  | { type: 'paths'; weights: CnfWeights; n: number; seed: number; tol: DopriOptions; steps?: number }
  | { type: 'nll'; weights: CnfWeights; points: Float32Array; tol: DopriOptions }
  | { type: 'pairs'; weights: CnfWeights; n: number; seed: number; tol: DopriOptions }
  | { type: 'euler'; weights: CnfWeights; n: number; seed: number; steps: number[]; ref: Float32Array; tol: DopriOptions };

/** A typed proxy of the worker. */
export interface FmClient {
  backend: WorkerBackend;
  create(handle: number, spec: RunSpec): Promise<null>;
  train(handle: number, iters: number, budgetMs?: number): Promise<TrainReport>;
  weights(handle: number): Promise<CnfWeights>;
  dispose(handle: number): Promise<null>;
  paths(weights: CnfWeights, n: number, seed: number, tol: DopriOptions, steps?: number): Promise<SampledPaths>;
  nll(weights: CnfWeights, points: Float32Array, tol: DopriOptions): Promise<{ nll: number; meanNfe: number }>;
  pairs(weights: CnfWeights, n: number, seed: number, tol: DopriOptions): Promise<ReflowPairs>;
  euler(weights: CnfWeights, n: number, seed: number, steps: number[], ref: Float32Array, tol: DopriOptions): Promise<{ euler: { steps: number; energy: number }[]; dopri5: number }>;
  terminate(): void;
}

export async function startFmWorker(): Promise<FmClient> {
  const worker = new Worker(new URL('./fm.worker.ts', import.meta.url), { type: 'module' });
  const call = rpc(worker, 'the flow-matching worker');
  const send = <T>(m: FmRequest) => call<T>(m as unknown as Record<string, unknown>);
  try {
    const backend = await send<WorkerBackend>({ type: 'init' });
    return {
      backend,
      create: (handle, spec) => send({ type: 'create', handle, spec }),
      train: (handle, iters, budgetMs) => send({ type: 'train', handle, iters, budgetMs }),
      weights: (handle) => send({ type: 'weights', handle }),
      dispose: (handle) => send({ type: 'dispose', handle }),
      paths: (weights, n, seed, tol, steps) => send({ type: 'paths', weights, n, seed, tol, steps }),
      nll: (weights, points, tol) => send({ type: 'nll', weights, points, tol }),
      pairs: (weights, n, seed, tol) => send({ type: 'pairs', weights, n, seed, tol }),
      euler: (weights, n, seed, steps, ref, tol) => send({ type: 'euler', weights, n, seed, steps, ref, tol }),
      terminate: () => worker.terminate(),
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}
