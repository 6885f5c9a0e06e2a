/**
 * Chapter 6's one tfjs worker: every widget of the chapter trains and measures here, off the main thread.
 * A thin shell over app/nn/flowMatching/session.ts: runs by handle, and the float64 measurements.
 * Requests are answered with { id, result } or { id, error } (app/runtime/workerRpc.ts).
 */
import { startWorkerTf, tf } from '../../runtime/workerTf';
import type { WorkerScope } from '../../runtime/workerRpc';
import { createRun, eulerQuality, heldOutNll, makeReflowPairs, measurePaths, type Run } from '../../nn/flowMatching/session';
import type { FmRequest } from './protocol';

const scope = self as unknown as WorkerScope;
/** This worker's training runs by handle. */
const runs = new Map<number, Run>();

function run(handle: number): Run {
  const r = runs.get(handle);
  if (!r) throw new Error(`no training run ${handle}`);
  return r;
}

async function handle(m: FmRequest): Promise<{ result: unknown; transfer?: Transferable[] }> {
  switch (m.type) {
    case 'init':
      return { result: await startWorkerTf() };
    case 'create':
      await startWorkerTf();
      runs.get(m.handle)?.dispose();
      runs.set(m.handle, createRun(tf, m.spec));
      return { result: null };
    case 'train':
      return { result: await run(m.handle).train(m.iters, m.budgetMs) };
    case 'weights':
      return { result: await run(m.handle).weights() };
    case 'dispose':
      runs.get(m.handle)?.dispose();
      runs.delete(m.handle);
      return { result: null };
    case 'paths': {
      const p = measurePaths(m.weights, m.n, m.seed, m.tol, m.steps);
      return { result: p, transfer: [p.paths.buffer, p.nfe.buffer] };
    }
    case 'nll':
      return { result: heldOutNll(m.weights, m.points, m.tol) };
    case 'pairs': {
      const p = makeReflowPairs(m.weights, m.n, m.seed, m.tol);
      return { result: p, transfer: [p.x0.buffer, p.x1.buffer] };
    }
    case 'euler':
      return { result: eulerQuality(m.weights, m.n, m.seed, m.steps, m.ref, m.tol) };
  }
}

scope.onmessage = (e: MessageEvent) => {
  const msg = e.data as FmRequest & { id: number };
  handle(msg).then(
    ({ result, transfer }) => scope.postMessage({ id: msg.id, result }, transfer ?? []),
    (err: unknown) => scope.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) }),
  );
};
