/**
 * The playground's solver thread: answers each request with every trajectory solved by `odeint`, so a
 * heavy setting (Dopri5 at 1e-10, thousands of fixed steps, an equation that runs to the step limit)
 * never blocks the page. The main thread only draws.
 */
import { answer, newCache, type SolveRequest } from './solveRequest';

const cache = newCache();

self.onmessage = (e: MessageEvent<SolveRequest>) => {
  self.postMessage(answer(e.data, cache));
};
