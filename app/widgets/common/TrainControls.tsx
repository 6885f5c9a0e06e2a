import { useStrings } from './i18n';
import { commonStrings } from './strings';
/**
 * Train/Pause, Reset and a progress bar: the controls of every widget that trains a model live.
 * Train is disabled until the models exist (`ready`) and once the run is complete (`done`).
 */
export interface TrainControlsProps {
  training: boolean;
  ready: boolean;
  done: boolean;
  iteration: number;
  target: number;
  onToggle(): void;
  onReset(): void;
}

export function TrainControls({ training, ready, done, iteration, target, onToggle, onReset }: TrainControlsProps) {
  const t = useStrings(commonStrings);
  return (
    <>
      <button type="button" aria-pressed={training} disabled={!ready || done} onClick={onToggle}>
        {training ? t.pause : t.train}
      </button>
      <button type="button" disabled={!ready} onClick={onReset}>
        {t.reset}
      </button>
      <span className="train-progress">
        <progress max={target} value={iteration} aria-label={t.trainingProgress} />
        {iteration}/{target}
      </span>
    </>
  );
}
