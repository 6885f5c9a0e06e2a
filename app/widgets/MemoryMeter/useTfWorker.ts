import { useEffect, useState } from 'react';
import type { WorkerBackend, WorkerRequest, WorkerResponse, WorkerResults } from './protocol';
import type { tfWorkerStrings } from './workerStrings';

/**
 * Why the worker cannot be used, for the widget to word in the reader's language: it did not start, it
 * crashed (the browser's message, possibly empty), or a request failed (the worker's or tfjs's message).
 */
export interface TfWorkerError {
  kind: 'start' | 'crashed' | 'failed';
  detail: string;
}

export interface TfWorker {
  call<K extends WorkerRequest['kind']>(request: Extract<WorkerRequest, { kind: K }>): Promise<WorkerResults[K]>;
}

/**
 * Starts chapter 4's tfjs worker once `active` (the widget is on screen) and ends it on unmount. The worker
 * and its pending requests belong to this widget instance; nothing is shared at module level.
 */
export function useTfWorker(active: boolean): { worker: TfWorker | null; backend: WorkerBackend | null; error: TfWorkerError | null } {
  const [state, setState] = useState<{ worker: TfWorker | null; backend: WorkerBackend | null; error: TfWorkerError | null }>({ worker: null, backend: null, error: null });
  useEffect(() => {
    if (!active) return;
    let w: Worker;
    try {
      w = new Worker(new URL('./tf.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      setState({ worker: null, backend: null, error: { kind: 'start', detail: e instanceof Error ? e.message : String(e) } });
      return;
    }
    let next = 1;
    const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      e.preventDefault();
      const err = new Error(e.message || 'the tfjs worker failed');
      pending.forEach((p) => p.reject(err));
      pending.clear();
      setState((s) => ({ ...s, error: { kind: 'crashed', detail: e.message } }));
    };
    const worker: TfWorker = {
      call: (request) =>
        new Promise((resolve, reject) => {
          const id = next++;
          pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
          w.postMessage({ id, request });
        }),
    };
    let live = true;
    worker.call({ kind: 'init' }).then(
      (backend) => live && setState({ worker, backend, error: null }),
      (e: Error) => live && setState({ worker: null, backend: null, error: { kind: 'failed', detail: e.message } }),
    );
    return () => {
      live = false;
      w.terminate();
      pending.clear();
    };
  }, [active]);
  return state;
}

type WorkerStrings = (typeof tfWorkerStrings)['en'];

/** Why the worker cannot be used, as a sentence fragment in the strings' language. */
export function workerErrorText(error: TfWorkerError, s: WorkerStrings): string {
  if (error.kind === 'start') return s.workerDidNotStart(error.detail);
  if (error.kind === 'crashed') return error.detail || s.workerCrashed;
  return error.detail;
}

/** The status line of a widget whose tfjs runs in the worker, in the language of `s`. */
export function workerStatus(backend: WorkerBackend | null, error: TfWorkerError | null, s: WorkerStrings): string {
  if (error) return s.couldNotStart(workerErrorText(error, s));
  if (!backend) return s.starting;
  return s.backend(backend.name, backend.reason);
}
