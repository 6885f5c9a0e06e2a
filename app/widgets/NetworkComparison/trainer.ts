/**
 * Where the comparison trains: in a module worker when the browser can start one (the page never waits on
 * an iteration), otherwise on the page itself, one iteration per frame. Both give the same `Trainer`.
 */
import type { NetKind } from '../../nn/classify/digitNets';
import type { DigitRun, IterationStats } from '../../nn/classify/digitRun';
import { rpc } from '../../runtime/workerRpc';
import { openTfPort } from '../../runtime/tfWorker/pagePort';

import type { Where } from './strings';

export interface Trainer {
  /** Where it runs, for the table's caption, e.g. "a worker, tfjs wasm". */
  where: Where;
  params: Record<NetKind, number>;
  step(kind: NetKind): Promise<IterationStats>;
  testError(kind: NetKind): Promise<number>;
  dispose(): void;
}

export async function createWorkerTrainer(seed: number): Promise<Trainer> {
  const worker = openTfPort('networkComparison');
  const call = rpc(worker);
  try {
    const { backend, params } = await call<{ backend: string; params: Record<NetKind, number> }>({ type: 'init', seed });
    return {
      where: { inWorker: true, backend },
      params,
      step: (kind) => call<IterationStats>({ type: 'step', kind }),
      testError: (kind) => call<number>({ type: 'test', kind }),
      dispose: () => worker.terminate(),
    };
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

/** The fallback: the same runs on the page's own tfjs backend (already chosen by ensureTfBackend). */
export async function createPageTrainer(seed: number, backend: string): Promise<Trainer> {
  const [{ loadDigits }, { createDigitRun }, { NET_KINDS }] = await Promise.all([
    import('../../nn/classify/digits'),
    import('../../nn/classify/digitRun'),
    import('../../nn/classify/digitNets'),
  ]);
  const split = await loadDigits();
  const runs = Object.fromEntries(NET_KINDS.map((k) => [k, createDigitRun(k, split.train, { seed })])) as Record<NetKind, DigitRun>;
  return {
    where: { inWorker: false, backend },
    params: Object.fromEntries(NET_KINDS.map((k) => [k, runs[k].net.params])) as Record<NetKind, number>,
    step: (kind) => runs[kind].step(),
    testError: (kind) => runs[kind].testError(split.test),
    dispose: () => NET_KINDS.forEach((k) => runs[k].dispose()),
  };
}
