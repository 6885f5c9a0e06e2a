/**
 * Solves the playground's trajectories in a worker, latest request wins: while one solve runs, newer
 * requests replace each other and only the newest is sent next, so a fast drag never queues up work.
 * Where workers are unavailable (or fail to start), the same `answer` runs on the main thread, from a module
 * imported only then: the playground brings no `odeint` onto the page, where the worker already carries one.
 */
import { useEffect, useRef, useState } from 'react';
import type { SolveAnswer, SolveRequest } from './solveRequest';
import type { Trajectory } from './solve';

/** `answer` bound to its own cache, for the main thread. */
type SolveHere = (req: SolveRequest) => SolveAnswer;

interface Channel {
  worker: Worker | null;
  /** The request the worker is solving, if any; re-solved on the main thread if the worker dies with it. */
  inFlight: SolveRequest | null;
  /** The newest request that arrived while the worker was busy. */
  next: SolveRequest | null;
  /** Id of the newest request made. */
  id: number;
  /** The main-thread solver, once it has been asked for (its import starts on the first need). */
  here: Promise<SolveHere> | null;
}

export function useTrajectories(request: Omit<SolveRequest, 'id' | 'kind'> | null): { trajectories: Trajectory[]; pending: boolean } {
  const [result, setResult] = useState<SolveAnswer | null>(null);
  const state = useRef<Channel>({ worker: null, inFlight: null, next: null, id: 0, here: null });

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
      s.inFlight = s.next;
      s.next = null;
      if (s.inFlight) worker!.postMessage(s.inFlight);
    };
    worker.onerror = (e) => {
      // A worker that cannot start (e.g. a blocked script) hands its work back to the main thread.
      e.preventDefault();
      const left = s.next ?? s.inFlight;
      s.worker = null;
      s.inFlight = null;
      s.next = null;
      worker!.terminate();
      if (left) solveHere(s, left, setResult);
    };
    return () => {
      worker!.terminate();
      s.worker = null;
      s.inFlight = null;
      s.next = null;
    };
  }, []);

  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) return;
    const s = state.current;
    const req: SolveRequest = { ...request, kind: 'trajectories', id: ++s.id };
    if (!s.worker) solveHere(s, req, setResult);
    else if (s.inFlight) s.next = req;
    else {
      s.inFlight = req;
      s.worker.postMessage(req);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the request's content
  }, [key]);

  // Until the first answer for these settings arrives, show nothing rather than another equation's curves.
  if (!request || !result || result.key !== request.key) return { trajectories: [], pending: request !== null };
  return { trajectories: result.trajectories, pending: result.id !== state.current.id };
}

/**
 * Solves `req` on the main thread once the solver module has loaded, unless a newer request was made
 * meanwhile (only the newest is ever shown). The import starts on the first need and is kept in the channel.
 */
function solveHere(s: Channel, req: SolveRequest, deliver: (a: SolveAnswer) => void): void {
  s.here ??= import('./solveRequest').then(({ answer, newCache }) => {
    const cache = newCache();
    return (r: SolveRequest) => answer(r, cache);
  });
  s.here.then(
    (solve) => {
      if (req.id === s.id) deliver(solve(req));
    },
    (err: unknown) => {
      // Let a later request try the import again; this failure still reaches the console.
      s.here = null;
      throw err;
    },
  );
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
