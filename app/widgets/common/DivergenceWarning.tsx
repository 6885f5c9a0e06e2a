/**
 * The one divergence warning every trainer shows (issue 11): what the loss did, in the run's own unit, and
 * the two ways out, a lower learning rate (where the reader sets one) and a fresh start. The verdict comes
 * from the shared rule in app/nn/core/divergence.ts.
 */
import type { LossWatch } from '../../nn/core/divergence';
import { useStrings } from './i18n';
import { commonStrings } from './strings';

export interface DivergenceWarningProps {
  verdict: LossWatch['diverged'];
  /** What the loss is, e.g. "NLL" or "loss", and its unit ("nats"), for the sentence, in the page's language. */
  what?: string;
  unit?: string;
  /** Lowers the learning rate (and restarts); absent where the learning rate is fixed. */
  onLowerRate?: () => void;
  /** Starts again from fresh weights. */
  onReset: () => void;
  resetLabel?: string;
}

const fmt = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(3)).toString() : String(x));

export function DivergenceWarning({ verdict, what, unit = '', onLowerRate, onReset, resetLabel }: DivergenceWarningProps) {
  const t = useStrings(commonStrings);
  if (!verdict) return null;
  const loss = what ?? t.loss;
  const reset = resetLabel ?? t.reset;
  const u = unit ? ` ${unit}` : '';
  const said = verdict.kind === 'non-finite' ? t.divergedNonFinite(loss, fmt(verdict.loss)) : t.diverging(loss, `${fmt(verdict.loss)}${u}`, `${fmt(verdict.best)}${u}`);
  const advice = onLowerRate ? t.adviceLowerRate(reset) : t.adviceReset(reset);
  return (
    <div className="widget-problems" role="alert" data-testid="divergence-warning">
      <p>
        {said} {advice}
      </p>
      <div className="widget-controls">
        {onLowerRate && (
          <button type="button" onClick={onLowerRate}>
            {t.lowerRate}
          </button>
        )}
        <button type="button" onClick={onReset}>
          {reset}
        </button>
      </div>
    </div>
  );
}
