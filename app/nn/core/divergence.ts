/**
 * When is a training run diverging? One rule for every trainer on the site (issue 11): the loss is not a
 * finite number, or it has stayed far above the best it reached for several readings in a row.
 *
 * "Far above" scales with the run itself: the loss must exceed best + FACTOR·spread, where spread is the
 * larger of |best| and how far the run had come down (first − best). A run that went 3.4 → 3.0 nats and
 * then climbs past 3.0 + 3·3.0 = 12 nats diverges; minibatch noise around a small best does not, because the
 * bar is then set by the whole descent. PATIENCE consecutive readings above the bar are required, so one
 * unlucky minibatch never raises the alarm; a non-finite loss raises it at once.
 *
 * Pure and incremental (a fold over the losses), so a widget that only ever sees the latest loss can use it.
 */

/** How many spreads above its best the loss must climb. */
export const DIVERGENCE_FACTOR = 3;
/** Consecutive readings above the bar before the verdict. */
export const DIVERGENCE_PATIENCE = 3;
/** Smallest spread, so a run with a constant loss is not called diverging for a rounding-level rise. */
const MIN_SPREAD = 1e-6;

export interface LossWatch {
  first: number;
  best: number;
  latest: number;
  /** Consecutive readings above the bar. */
  above: number;
  /** Set once the run is diverging; it stays set (a diverged run is reset, not waited out). */
  diverged: null | { kind: 'non-finite'; loss: number } | { kind: 'climbing'; loss: number; best: number };
}

/** The loss a run must stay above to be called diverging. */
export function divergenceBar(first: number, best: number): number {
  return best + DIVERGENCE_FACTOR * Math.max(Math.abs(best), first - best, MIN_SPREAD);
}

/** Folds one more loss reading into the watch (null: the run's first reading). */
export function watchLoss(watch: LossWatch | null, loss: number): LossWatch {
  if (watch?.diverged) return { ...watch, latest: loss };
  if (!Number.isFinite(loss)) {
    const base = watch ?? { first: loss, best: loss, latest: loss, above: 0, diverged: null };
    return { ...base, latest: loss, diverged: { kind: 'non-finite', loss } };
  }
  if (!watch || !Number.isFinite(watch.first)) return { first: loss, best: loss, latest: loss, above: 0, diverged: null };
  const best = Math.min(watch.best, loss);
  const above = loss > divergenceBar(watch.first, best) ? watch.above + 1 : 0;
  const diverged = above >= DIVERGENCE_PATIENCE ? { kind: 'climbing' as const, loss, best } : null;
  return { first: watch.first, best, latest: loss, above, diverged };
}

/** The verdict over a whole loss history. */
export function divergenceOf(losses: readonly number[]): LossWatch['diverged'] {
  let w: LossWatch | null = null;
  for (const l of losses) {
    w = watchLoss(w, l);
    if (w.diverged) return w.diverged;
  }
  return null;
}
