/**
 * The controls chapter 6's figures share: the data set, Train/Pause with Restart, and the time and dopri5
 * tolerance sliders (log10 of rtol = atol). Labels come in the reader's language (strings.ts).
 */
import type { ReactNode } from 'react';
import { formatNumber } from '../../render/plot';
import { useStrings } from '../common/i18n';
import { fmLabStrings } from './strings';
import type { ToySet } from '../../math/toy/ffjord';

export function DataSelect<S extends string>({ sets, value, onChange }: { sets: readonly S[]; value: S; onChange(set: S): void }) {
  const t = useStrings(fmLabStrings);
  return (
    <label>
      {t.data}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value as S)}>
        {sets.map((s) => (
          <option key={s} value={s}>
            {s === 'drawn' ? t.drawnSet : t.toySets[s as unknown as ToySet]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Train (or `runLabel`) / Pause and Restart; `children` follow them (Clear points). */
export function RunButtons({ running, canRun, onToggle, onRestart, runLabel, children }: { running: boolean; canRun: boolean; onToggle(): void; onRestart(): void; runLabel?: string; children?: ReactNode }) {
  const t = useStrings(fmLabStrings);
  return (
    <>
      <button type="button" aria-pressed={running} disabled={!canRun} onClick={onToggle}>
        {running ? t.pause : (runLabel ?? t.train)}
      </button>
      <button type="button" onClick={onRestart}>
        {t.restart}
      </button>
      {children}
    </>
  );
}

/** The time slider (0 noise, 1 data) and dopri5's tolerance, 10⁻⁶ to 10⁻¹. */
export function TimeTolControls({ time, tol, onTime, onTol }: { time: number; tol: number; onTime(t: number): void; onTol(log10: number): void }) {
  const t = useStrings(fmLabStrings);
  return (
    <div className="widget-controls">
      <label>
        {t.time} <input type="range" min={0} max={1} step={0.01} value={time} onChange={(e) => onTime(Number(e.target.value))} />
        <output>{time.toFixed(2)}</output>
      </label>
      <label>
        {t.tolerance} <input type="range" min={-6} max={-1} step={1} value={tol} aria-valuetext={formatNumber(10 ** tol)} onChange={(e) => onTol(Number(e.target.value))} />
        <output>{formatNumber(10 ** tol)}</output>
      </label>
    </div>
  );
}
