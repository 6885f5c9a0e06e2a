/** The trainer's controls: native buttons and inputs with visible labels. */
import { useId } from 'react';
import { SPIRAL_METHODS, TABLEAUS, type SpiralMethod } from '../../nn/spiral/tableaus';
import type { GradMode } from '../../nn/spiral/trainer';
import { SPIRAL_LOG_TOL, type SpiralTrainerValues } from '../../state/spiralTrainer';
import { tolLabel } from './readout';
import { useStrings } from '../common/i18n';
import { spiralTrainerStrings } from './strings';

export interface ControlsProps {
  values: SpiralTrainerValues;
  set: (v: Partial<SpiralTrainerValues>) => void;
  /** The tightest log10 rtol the chosen method allows. */
  tolFloor: number;
  playing: boolean;
  loading: boolean;
  ready: boolean;
  onPlay: () => void;
  onStep: () => void;
  onReset: () => void;
  onSeed: (seed: number) => void;
  onSkip: () => void;
}


export function Controls({ values, set, tolFloor, playing, loading, ready, onPlay, onStep, onReset, onSeed, onSkip }: ControlsProps) {
  const id = useId();
  const t = useStrings(spiralTrainerStrings);
  const adaptive = TABLEAUS[values.method].adaptive;
  return (
    <>
      <div className="widget-controls controls-sticky">
        <button type="button" onClick={onPlay} disabled={!ready || loading}>
          {playing ? t.pause : t.play}
        </button>
        <button type="button" onClick={onStep} disabled={!ready || playing || loading}>
          {t.step}
        </button>
        <button type="button" onClick={onReset} disabled={!ready || loading}>
          {t.reset}
        </button>
        <button type="button" onClick={onSkip} disabled={!ready || loading}>
          {loading ? t.loading : t.skip}
        </button>
        <label>
          {t.seed}
          <input
            className="st-seed"
            type="number"
            min={0}
            step={1}
            value={values.seed}
            onChange={(e) => {
              const v = Number(e.target.value);
              if (Number.isInteger(v) && v >= 0 && v < 2 ** 31) onSeed(v);
            }}
          />
        </label>
      </div>
      <div className="widget-controls">
        <fieldset>
          <legend>{t.gradient}</legend>
          {(['backprop', 'adjoint'] as GradMode[]).map((m) => (
            <label key={m}>
              <input type="radio" name={`${id}-mode`} value={m} checked={values.mode === m} onChange={() => set({ mode: m })} />
              {m === 'backprop' ? t.backprop : t.adjoint}
            </label>
          ))}
        </fieldset>
        <label>
          {t.solver}
          <select value={values.method} onChange={(e) => set({ method: e.target.value as SpiralMethod })}>
            {SPIRAL_METHODS.map((m) => (
              <option key={m} value={m}>
                {t.methods[m]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.tolerance}
          <input
            type="range"
            min={tolFloor}
            max={SPIRAL_LOG_TOL.max}
            step={0.5}
            value={Math.max(values.tol, tolFloor)}
            disabled={!adaptive}
            aria-valuetext={`rtol ${tolLabel(values.tol)}`}
            onChange={(e) => set({ tol: Number(e.target.value) })}
          />
          <output>{adaptive ? tolLabel(Math.max(values.tol, tolFloor)) : t.fixedGrid}</output>
        </label>
      </div>
    </>
  );
}
