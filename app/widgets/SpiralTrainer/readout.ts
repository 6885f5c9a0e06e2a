/** The trainer's text readout, from the session (what was just computed, in words). */
import { formatNumber, formatToleranceExp } from '../../render/plot';
import type { TrainSettings } from '../../nn/spiral/trainer';
import type { RunView } from './protocol';

/** A tolerance from its base-10 exponent, in the kit's one notation (10⁻⁷). */
export const tolLabel = formatToleranceExp;

export function readoutLines(s: RunView, settings: TrainSettings, logTol: number): string[] {
  const i = s.iteration;
  const lastTest = s.tests[s.tests.length - 1];
  const testText = lastTest ? `test loss ${formatNumber(lastTest.loss)} (iteration ${lastTest.iteration}; full trajectory by dopri5 at rtol 10⁻⁷, ${lastTest.nfe} evaluations)` : '';
  if (i === 0 || s.loss.length === 0) return [`Iteration 0: random initial weights (seed ${s.seed}); ${testText}.`];
  const fwd = s.nfeForward[s.nfeForward.length - 1];
  const bwd = s.nfeBackward[s.nfeBackward.length - 1];
  const solver = settings.method === 'dopri5' || settings.method === 'bosh3' ? `${settings.method}, rtol ${tolLabel(logTol)}` : `${settings.method} on the 10-point grid`;
  const backward =
    s.lastMode === 'adjoint'
      ? `backward NFE ${bwd}: adjoint solves over 9 intervals`
      : 'backward: reverse mode through the recorded steps, 0 new evaluations';
  return [
    `Iteration ${i}: training loss ${formatNumber(s.loss[s.loss.length - 1])} (running average ${formatNumber(s.ema[s.ema.length - 1])}); ${testText}.`,
    `Forward NFE ${fwd} (${solver}); ${backward}.`,
  ];
}
