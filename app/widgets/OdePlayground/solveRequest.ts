/**
 * What the playground asks to have solved, as plain data that can cross to a worker: the parsed
 * expression trees (parsed on the main thread, so the worker ships no parser), the interval, the preset
 * whose closed form measures the error, solver settings and initial values. `answer` serves it anywhere:
 * in the worker, or on the main thread where workers are missing (imported there only then, so the
 * playground brings no `odeint` onto the page). A cache keyed by initial value keeps a drag to one re-solve.
 *
 * The same worker also answers the convergence plot (`SolveWorkerRequest`), so chapter 1 ships one copy of
 * the solver, in one worker script, for both figures.
 */
import { fieldFromExprs } from '../../math/expr/field';
import type { Expr } from '../../math/expr/ir';
import { PRESETS, type PresetId } from '../../math/problems/presets';
import type { Method } from '../../solver/types';
import type { ConvergenceRequest } from '../ConvergencePlot/convergenceRequest';
import { solveTrajectory, type Trajectory } from './solve';

export interface SolveRequest {
  kind: 'trajectories';
  /** Increases with every request; answers carry it back so stale ones can be recognised. */
  id: number;
  /** Identifies everything but the initial values (equation and solver settings). */
  key: string;
  exprs: Expr[];
  t0: number;
  t1: number;
  /** The preset whose closed form gives the error, if there is one. */
  exactId: PresetId | null;
  method: Method;
  h: number;
  tol: number;
  /** Flattened initial values (planar: x, y pairs). */
  y0s: number[];
}

/**
 * Everything solve.worker.ts answers. Trajectories come back as a `SolveAnswer`; a convergence request is
 * sent through `rpc` (app/runtime/workerRpc.ts), which adds its `id`, and comes back as `{ id, result }`.
 */
export type SolveWorkerRequest = SolveRequest | (ConvergenceRequest & { id: number });

export interface SolveAnswer {
  id: number;
  key: string;
  trajectories: Trajectory[];
}

export interface SolveCache {
  key: string;
  byY0: Map<string, Trajectory>;
}

export const newCache = (): SolveCache => ({ key: '', byY0: new Map() });

/** Most cached trajectories kept beyond those on screen. */
const CACHE_LIMIT = 16;

export function answer(req: SolveRequest, cache: SolveCache): SolveAnswer {
  if (cache.key !== req.key) {
    cache.key = req.key;
    cache.byY0.clear();
  }
  const field = fieldFromExprs(req.exprs);
  const dim = req.exprs.length === 1 ? 1 : 2;
  const exact = req.exactId ? PRESETS[req.exactId].exact : undefined;
  const trajectories: Trajectory[] = [];
  for (let i = 0; i + dim <= req.y0s.length; i += dim) {
    const y0 = req.y0s.slice(i, i + dim);
    const k = y0.join(',');
    let tr = cache.byY0.get(k);
    if (!tr) {
      tr = solveTrajectory({ field, dim, t0: req.t0, t1: req.t1, method: req.method, h: req.h, tol: req.tol, y0, exact });
      cache.byY0.set(k, tr);
    }
    trajectories.push(tr);
  }
  if (cache.byY0.size > CACHE_LIMIT) {
    const keep = new Set(trajectories);
    for (const [k, v] of cache.byY0) if (!keep.has(v)) cache.byY0.delete(k);
  }
  return { id: req.id, key: req.key, trajectories };
}
