/**
 * Chapter 4's tfjs work in a Web Worker: one gradient through hundreds of solver steps is hundreds of
 * milliseconds of synchronous tfjs calls, which on the main thread would freeze the page (DESIGN.md: no
 * task over 50 ms). Here it runs beside the page instead. The worker has its own tfjs instance; memory is
 * tfjs's engine-level byte count, which counts float32 tensor bytes the same way on every backend.
 *
 * Protocol: the page posts `{ id, request }`, the worker answers `{ id, ok: true, result }` or
 * `{ id, ok: false, error }`, one request at a time, in order.
 */
import { startWorkerTf, tf } from '../../runtime/workerTf';
import { measureGradient } from '../../nn/adjointDemo/memoryRun';
import { adjointTensor, backpropTensor } from '../../nn/adjointDemo/tensorGradients';
import type { WorkerRequest, WorkerResponse } from './protocol';

async function start(): Promise<{ name: string; reason: string }> {
  tf.env().set('PROD', true);
  return startWorkerTf();
}

async function handle(req: WorkerRequest, backend: Promise<{ name: string; reason: string }>): Promise<unknown> {
  const b = await backend;
  switch (req.kind) {
    case 'init':
      return b;
    case 'memory':
      return measureGradient(req.mode, req.setup);
    case 'backprop':
      return backpropTensor(req.damping, req.T);
    case 'adjoint':
      return adjointTensor(req.damping, req.T, req.btolExp);
  }
}

/** The worker's whole state (its backend and its queue of requests) lives in this closure. */
function serve(): void {
  const backend = start();
  let queue: Promise<void> = Promise.resolve();
  self.onmessage = (e: MessageEvent<{ id: number; request: WorkerRequest }>) => {
    const { id, request } = e.data;
    queue = queue.then(async () => {
      let msg: WorkerResponse;
      try {
        msg = { id, ok: true, result: await handle(request, backend) };
      } catch (err) {
        msg = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
      }
      (self as unknown as Worker).postMessage(msg);
    });
  };
}

serve();
