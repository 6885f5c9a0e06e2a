/**
 * Where the convergence plot's requests are answered: in an instance of chapter 1's solve worker
 * (../OdePlayground/solve.worker.ts, which the playground uses too, so the page downloads one solver, off the
 * main thread), or, where workers are unavailable or the worker fails, on the main thread, one request per
 * animation frame (each well under 50 ms here), by `answerConvergence` imported only then.
 *
 * One channel per widget: it owns its worker, and `close()` ends it. Aborting a request's signal rejects it
 * with the signal's reason at once; a worker's answer still comes but is dropped, and on the main thread the
 * frame that would have solved it is cancelled.
 */
import { rpc } from '../../runtime/workerRpc';
import type { ConvergenceAnswer, ConvergenceRequest } from './convergenceRequest';

export interface StudyChannel {
  solve(req: ConvergenceRequest, signal: AbortSignal): Promise<ConvergenceAnswer>;
  close(): void;
}

export function openStudyChannel(): StudyChannel {
  let worker: Worker | null = null;
  let call: (<T>(msg: Record<string, unknown>) => Promise<T>) | null = null;
  try {
    worker = new Worker(new URL('../OdePlayground/solve.worker.ts', import.meta.url), { type: 'module' });
    call = rpc(worker, 'the solve worker');
    // A failed worker is handled (its work moves to the main thread), so it is not reported as uncaught.
    worker.addEventListener('error', (e) => e.preventDefault());
  } catch {
    worker = null;
  }

  const close = () => {
    worker?.terminate();
    worker = null;
    call = null;
  };

  return {
    solve(req, signal) {
      if (!call) return solveHere(req, signal);
      const viaWorker = call<ConvergenceAnswer>({ ...req }).catch(() => {
        // The worker could not start or has crashed (rpc then rejects every pending call): from now on, this
        // request included, the main thread answers.
        close();
        return solveHere(req, signal);
      });
      return abortable(viaWorker, signal);
    },
    close,
  };
}

/** Answers on the main thread in the next animation frame, unless `signal` aborts first. */
async function solveHere(req: ConvergenceRequest, signal: AbortSignal): Promise<ConvergenceAnswer> {
  const { answerConvergence } = await import('./convergenceRequest');
  await nextFrame(signal);
  return answerConvergence(req);
}

function nextFrame(signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    signal.throwIfAborted();
    const id = requestAnimationFrame(() => resolve());
    signal.addEventListener(
      'abort',
      () => {
        cancelAnimationFrame(id);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Settles as `work` does, or rejects with the signal's reason as soon as it aborts. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    signal.throwIfAborted();
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}
