/** The trainer's text readout, from the session (what was just computed, in words of the page's language). */
import { formatNumber, formatToleranceExp } from '../../render/plot';
import type { TrainSettings } from '../../nn/spiral/trainer';
import type { RunView } from './protocol';
import { spiralTrainerStrings, type SpiralTrainerStrings } from './strings';

/** A tolerance from its base-10 exponent, in the kit's one notation (10⁻⁷). */
export const tolLabel = formatToleranceExp;

export function readoutLines(s: RunView, settings: TrainSettings, logTol: number, t: SpiralTrainerStrings = spiralTrainerStrings.en): string[] {
  const i = s.iteration;
  const lastTest = s.tests[s.tests.length - 1];
  const testText = lastTest ? t.testText(formatNumber(lastTest.loss), lastTest.iteration, lastTest.nfe) : '';
  if (i === 0 || s.loss.length === 0) return [t.iterationZero(s.seed, testText)];
  const fwd = s.nfeForward[s.nfeForward.length - 1];
  const bwd = s.nfeBackward[s.nfeBackward.length - 1];
  const solver = settings.method === 'dopri5' || settings.method === 'bosh3' ? t.adaptiveSolver(settings.method, tolLabel(logTol)) : t.gridSolver(settings.method);
  const backward = s.lastMode === 'adjoint' ? t.backwardAdjointNfe(bwd) : t.backwardBackprop;
  return [t.iterationLine(i, formatNumber(s.loss[s.loss.length - 1]), formatNumber(s.ema[s.ema.length - 1]), testText), t.forwardLine(fwd, solver, backward)];
}
