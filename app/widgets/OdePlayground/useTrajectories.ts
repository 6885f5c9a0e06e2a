/**
 * Solves the playground's trajectories in a worker, latest request wins: while one solve runs, newer
 * requests replace each other and only the newest is sent next, so a fast drag never queues up work.
 * Where workers are unavailable (or fail to start), the same `answer` runs on the main thread.
 */
import { useEffect, useRef, useState } from 'react';
import { answer, newCache, type SolveAnswer, type SolveRequest } from './solveRequest';
import type { Trajectory } from './solve';

export function useTrajectories(request: Omit<SolveRequest, 'id'> | null): { trajectories: Trajectory[]; pending: boolean } {
  const [result, setResult] = useState<SolveAnswer | null>(null);
  const state = useRef<{ worker: Worker | null; busy: boolean; next: SolveRequest | null; id: number; cache: ReturnType<typeof newCache> }>({ worker: null, busy: false, next: null, id: 0, cache: newCache() });

  useEffect(() => {
    const s = state.current;
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./solve.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
    if (!worker) return;
    s.worker = worker;
    worker.onmessage = (e: MessageEvent<SolveAnswer>) => {
      setResult((prev) => keepIdentity(prev, e.data));
      s.busy = false;
      if (s.next) {
        s.busy = true;
        worker!.postMessage(s.next);
        s.next = null;
      }
    };
    worker.onerror = (e) => {
      // A worker that cannot start (e.g. a blocked script) hands its work back to the main thread.
      e.preventDefault();
      s.worker = null;
      s.busy = false;
      worker!.terminate();
      if (s.next) setResult(answer(s.next, s.cache));
    };
    return () => {
      worker!.terminate();
      s.worker = null;
      s.busy = false;
    };
  }, []);

  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) return;
    const s = state.current;
    const req: SolveRequest = { ...request, id: ++s.id };
    if (!s.worker) {
      setResult(answer(req, s.cache));
      return;
    }
    if (s.busy) s.next = req;
    else {
      s.busy = true;
      s.worker.postMessage(req);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the request's content
  }, [key]);

  // Until the first answer for these settings arrives, show nothing rather than another equation's curves.
  if (!request || !result || result.key !== request.key) return { trajectories: [], pending: request !== null };
  return { trajectories: result.trajectories, pending: result.id !== state.current.id };
}

/**
 * Answers from a worker arrive as fresh copies. A trajectory whose settings and initial value did not
 * change keeps its previous object, so its memoised drawing is not redone while another one is dragged.
 */
function keepIdentity(prev: SolveAnswer | null, next: SolveAnswer): SolveAnswer {
  if (!prev || prev.key !== next.key) return next;
  const old = new Map(prev.trajectories.map((t) => [t.y0.join(','), t]));
  return { ...next, trajectories: next.trajectories.map((t) => old.get(t.y0.join(',')) ?? t) };
}
