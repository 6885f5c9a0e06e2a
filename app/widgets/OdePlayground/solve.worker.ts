/**
 * The solver thread of chapter 1: answers each playground request with every trajectory solved by `odeint`,
 * so a heavy setting (Dopri5 at 1e-10, thousands of fixed steps, an equation that runs to the step limit)
 * never blocks the page, and runs the convergence plot's study one method at a time. The main thread only
 * draws. Each widget starts its own instance of this one script; an instance serves one kind of request.
 */
import { answerConvergence } from '../ConvergencePlot/convergenceRequest';
import type { WorkerScope } from '../../runtime/workerRpc';
import { answer, newCache, type SolveWorkerRequest } from './solveRequest';

const scope = self as unknown as WorkerScope;
const cache = newCache();

scope.onmessage = (e: MessageEvent<SolveWorkerRequest>) => {
  const req = e.data;
  if (req.kind === 'convergence') scope.postMessage({ id: req.id, result: answerConvergence(req) });
  else scope.postMessage(answer(req, cache));
};
