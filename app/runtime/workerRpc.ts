/**
 * A request–reply channel to a Web Worker: `call(msg)` posts `{ id, ...msg }` and resolves with the worker's
 * `{ id, result }` or rejects with its `{ id, error }`. If the worker fails to start or crashes, every pending
 * call rejects with a message that says so.
 */

/** What a worker entry file sees as `self`, typed without the webworker lib. */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

/** Anything worker-shaped: a `Worker`, or a port of the page's tfjs worker (tfWorker/pagePort.ts). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export function rpc(worker: WorkerLike, what = 'the training worker') {
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  worker.onmessage = (e: MessageEvent) => {
    const { id, result, error } = e.data as { id: number; result?: unknown; error?: string };
    const p = pending.get(id);
    pending.delete(id);
    if (error !== undefined) p?.reject(new Error(error));
    else p?.resolve(result);
  };
  worker.onerror = (e) => {
    pending.forEach((p) => p.reject(new Error(`${what} failed: ${e.message || 'could not start'}`)));
    pending.clear();
  };
  return <T>(msg: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, ...msg });
    });
}
