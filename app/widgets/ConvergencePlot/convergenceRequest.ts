/**
 * What the convergence plot asks to have solved, as plain data that can cross to a worker: the problem by
 * its preset id (the worker builds the field from the preset's expression trees, so no function crosses),
 * one method, and y(t1) once an earlier answer has brought it. `answerConvergence` serves it anywhere: in the
 * solve worker (../OdePlayground/solve.worker.ts), or on the main thread where workers are missing.
 *
 * One method per request, as the plot ran one method per animation frame before it moved to the worker: the
 * readout can still count "2 of 4 methods done", and a newly chosen problem waits for at most one method of
 * the old one. The first request of a study carries `ref: null` and its answer brings y(t1) back, so the
 * reference (a tight Dopri5 run where there is no closed form) is computed once per study.
 */
import { fieldFromExprs } from '../../math/expr/field';
import { PRESETS, type PresetId } from '../../math/problems/presets';
import type { Method } from '../../solver/types';
import type { ConvergenceProblemId } from '../../state/convergencePlot';
import { convergenceStudy, referenceEnd, type ConvergenceProblem, type Series } from './convergence';

export interface ConvergenceRequest {
  kind: 'convergence';
  eq: ConvergenceProblemId;
  method: Method;
  /** y(t1) from an earlier answer on the same problem; null asks for it to be computed. */
  ref: number[] | null;
}

export interface ConvergenceAnswer {
  /** y(t1): the request's own `ref`, or the one computed for it. */
  ref: number[];
  series: Series;
}

/**
 * A preset as a convergence problem, started from its first initial value. The field is built from the
 * preset's trees with `fieldFromExprs`, the same field `compilePreset` returns, without the GLSL it also writes.
 */
export function convergenceProblem(eq: PresetId): ConvergenceProblem {
  const p = PRESETS[eq];
  const dim = p.kind === 'scalar' ? 1 : 2;
  return { field: fieldFromExprs(p.exprs), t0: p.t0, t1: p.t1, y0: p.y0s.slice(0, dim), exact: p.exact };
}

/** Solves one method of the study. Runs anywhere: no DOM, no React. A failed solve leaves its point out (convergence.ts). */
export function answerConvergence(req: ConvergenceRequest): ConvergenceAnswer {
  const problem = convergenceProblem(req.eq);
  const ref = req.ref ?? referenceEnd(problem);
  const [series] = convergenceStudy(problem, [req.method], ref);
  return { ref, series };
}
