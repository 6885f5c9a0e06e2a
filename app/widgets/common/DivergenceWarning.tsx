/**
 * The one divergence warning every trainer shows (issue 11): what the loss did, in the run's own unit, and
 * the two ways out, a lower learning rate (where the reader sets one) and a fresh start. The verdict comes
 * from the shared rule in app/nn/core/divergence.ts.
 */
import type { LossWatch } from '../../nn/core/divergence';

export interface DivergenceWarningProps {
  verdict: LossWatch['diverged'];
  /** What the loss is, e.g. "NLL" or "loss", and its unit ("nats"), for the sentence. */
  what?: string;
  unit?: string;
  /** Lowers the learning rate (and restarts); absent where the learning rate is fixed. */
  onLowerRate?: () => void;
  /** Starts again from fresh weights. */
  onReset: () => void;
  resetLabel?: string;
}

const fmt = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x));

export function DivergenceWarning({ verdict, what = 'loss', unit = '', onLowerRate, onReset, resetLabel = 'Reset' }: DivergenceWarningProps) {
  if (!verdict) return null;
  const u = unit ? ` ${unit}` : '';
  const said =
    verdict.kind === 'non-finite'
      ? `Training diverged: the ${what} is ${fmt(verdict.loss)}, not a number, so the weights no longer mean anything.`
      : `Training is diverging: the ${what} climbed to ${fmt(verdict.loss)}${u}, far above its best of ${fmt(verdict.best)}${u}.`;
  const advice = onLowerRate ? `Lower the learning rate, or press ${resetLabel} to try again.` : `Press ${resetLabel} to start again from fresh weights.`;
  return (
    <div className="widget-problems" role="alert" data-testid="divergence-warning">
      <p>
        {said} {advice}
      </p>
      <div className="widget-controls">
        {onLowerRate && (
          <button type="button" onClick={onLowerRate}>
            Lower the learning rate
          </button>
        )}
        <button type="button" onClick={onReset}>
          {resetLabel}
        </button>
      </div>
    </div>
  );
}
