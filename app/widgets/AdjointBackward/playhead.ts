/**
 * The animation's playhead `pos` runs over [0, 2]: [0, 1] draws the forward solve from t = 0 to T,
 * [1, 2] runs the backward solve from t = T back to 0. Pure helpers, so the mapping is testable.
 */
import type { BackwardScene } from '../../nn/adjointDemo/backwardScene';

export const END = 2;
/** Seconds the forward and backward phases take at normal speed. */
export const FORWARD_SECONDS = 2;
export const BACKWARD_SECONDS = 7;

export function viewAt(pos: number, T: number): { phase: 'forward' | 'backward'; t: number } {
  const p = Math.min(END, Math.max(0, pos));
  return p <= 1 ? { phase: 'forward', t: p * T } : { phase: 'backward', t: T - (p - 1) * T };
}

/** Advances the playhead by dtMs of wall time. */
export function advance(pos: number, dtMs: number): number {
  const rate = pos < 1 ? 1 / FORWARD_SECONDS : 1 / BACKWARD_SECONDS;
  return Math.min(END, pos + (Math.min(dtMs, 100) / 1000) * rate);
}

/** Playhead positions of every step mark: forward accepted steps, then backward ones. */
export function stepPositions(scene: BackwardScene): number[] {
  const T = scene.problem.ts[1];
  // A last step that overshot its end time (the solver steps past it and interpolates) is shown at the end.
  const f = scene.forwardSteps.map((s) => Math.min(1, s.t / T));
  const b = scene.backwardSteps.map((s) => Math.min(END, 1 + (T - s.t) / T));
  return [...new Set([...f, ...b])].sort((a, c) => a - c);
}

/** The next step mark strictly after `pos` (or the end). */
export function nextStep(scene: BackwardScene, pos: number): number {
  return stepPositions(scene).find((p) => p > pos + 1e-9) ?? END;
}

/** How many step marks the playhead has passed, of each solve (for the readout). */
export function stepsPassed(scene: BackwardScene, pos: number): { forward: number; backward: number } {
  const v = viewAt(pos, scene.problem.ts[1]);
  if (v.phase === 'forward') return { forward: scene.forwardSteps.filter((s) => s.t <= v.t + 1e-12).length - 1, backward: 0 };
  // At the end every step counts, including a last step that overshot t0 (the solver steps past the final
  // time and interpolates, as torchdiffeq does).
  const backward = pos >= END ? scene.backwardSteps.length - 1 : scene.backwardSteps.filter((s) => s.t >= v.t - 1e-12).length - 1;
  return { forward: scene.forwardSteps.length - 1, backward };
}
