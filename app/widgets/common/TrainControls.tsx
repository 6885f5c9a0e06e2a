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
  return (
    <>
      <button type="button" aria-pressed={training} disabled={!ready || done} onClick={onToggle}>
        {training ? 'Pause' : 'Train'}
      </button>
      <button type="button" disabled={!ready} onClick={onReset}>
        Reset
      </button>
      <span className="train-progress">
        <progress max={target} value={iteration} aria-label="Training progress" />
        {iteration}/{target}
      </span>
    </>
  );
}
