/**
 * The playground's controls: equation, typed formulas with their inline messages, solver radio group,
 * and the step-size or tolerance slider. Native inputs with visible labels only.
 */
import { useId } from 'react';
import { PRESETS, PRESET_IDS } from '../../math/problems/presets';
import { formatNumber } from '../../render/plot';
import { LOG_TOL_RANGE, STEP_RANGE, type EquationChoice, type OdePlaygroundValues } from '../../state/odePlayground';
import { METHODS, isAdaptive, type Method } from '../../solver/types';
import { useLang, useStrings, type Lang } from '../common/i18n';
import { odePlaygroundStrings } from './strings';

export interface ControlsProps {
  values: OdePlaygroundValues;
  set(partial: Partial<OdePlaygroundValues>): void;
  /** The compile error of a typed formula and which input it belongs to. */
  formulaError: FormulaError | null;
  /** Restrict the equation menu to planar systems (the particle view's use). */
  methods?: readonly Method[];
}

/**
 * A typed formula's refusal: the parser's English sentence, and (where the parser words it in several
 * languages) the sentence per language, shown in the page's language.
 */
export interface FormulaError {
  index: number;
  error: string;
  message?: Partial<Record<Lang, string>>;
}

const refusalIn = (e: FormulaError, lang: Lang) => e.message?.[lang] ?? e.error;

export function EquationSelect({ value, onChange, planarOnly = false }: { value: EquationChoice; onChange(v: EquationChoice): void; planarOnly?: boolean }) {
  const id = useId();
  const t = useStrings(odePlaygroundStrings);
  const ids = planarOnly ? PRESET_IDS.filter((p) => PRESETS[p].kind === 'planar') : PRESET_IDS;
  return (
    <span className="pg-select">
      <label htmlFor={id}>{t.equation}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as EquationChoice)}>
        {ids.map((p) => (
          <option key={p} value={p}>
            {t.presets[p].label}
          </option>
        ))}
        {!planarOnly && <option value="custom">{t.typeOwn}</option>}
        <option value="custom2">{t.typeOwnPair}</option>
      </select>
    </span>
  );
}

function Formula({ label, value, onChange, error }: { label: string; value: string; onChange(v: string): void; error: string | null }) {
  const id = useId();
  const errId = useId();
  return (
    <div className="pg-formula">
      <label htmlFor={id}>
        {label}
        <input
          id={id}
          type="text"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {error && (
        <p id={errId} className="pg-formula-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormulaInputs({ values, set, formulaError }: Pick<ControlsProps, 'values' | 'set' | 'formulaError'>) {
  const lang = useLang();
  const fe = formulaError ? { index: formulaError.index, error: refusalIn(formulaError, lang) } : null;
  if (values.eq === 'custom')
    return <Formula label="dy/dt =" value={values.f} onChange={(f) => set({ f })} error={fe?.index === 0 ? fe.error : null} />;
  if (values.eq === 'custom2')
    return (
      <>
        <Formula label="dx/dt =" value={values.fx} onChange={(fx) => set({ fx })} error={fe?.index === 0 ? fe.error : null} />
        <Formula label="dy/dt =" value={values.fy} onChange={(fy) => set({ fy })} error={fe?.index === 1 ? fe.error : null} />
      </>
    );
  return null;
}

export function MethodRadios({ value, onChange, methods = METHODS }: { value: Method; onChange(m: Method): void; methods?: readonly Method[] }) {
  const name = useId();
  const t = useStrings(odePlaygroundStrings);
  return (
    <fieldset>
      <legend>{t.solver}</legend>
      {methods.map((m) => (
        <label key={m}>
          <input type="radio" name={name} value={m} checked={value === m} onChange={() => onChange(m)} />
          {t.methods[m]}
        </label>
      ))}
    </fieldset>
  );
}

export function StepSlider({ value, onChange, min = STEP_RANGE.min, max = STEP_RANGE.max }: { value: number; onChange(h: number): void; min?: number; max?: number }) {
  const id = useId();
  const t = useStrings(odePlaygroundStrings);
  return (
    <label htmlFor={id}>
      {t.stepSize(formatNumber(value))}
      <input id={id} type="range" min={min} max={max} step={0.01} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}

export function Controls({ values, set, formulaError }: ControlsProps) {
  const tolId = useId();
  const t = useStrings(odePlaygroundStrings);
  const adaptive = isAdaptive(values.method);
  return (
    <>
      <div className="widget-controls">
        <EquationSelect value={values.eq} onChange={(eq) => set({ eq, y0: [] })} />
        <FormulaInputs values={values} set={set} formulaError={formulaError} />
      </div>
      <div className="widget-controls">
        <MethodRadios value={values.method} onChange={(method) => set({ method })} />
      </div>
      <div className="widget-controls">
        {adaptive ? (
          <label htmlFor={tolId}>
            {t.tolerance(formatNumber(10 ** values.tol))}
            <input id={tolId} type="range" min={LOG_TOL_RANGE.min} max={LOG_TOL_RANGE.max} step={0.5} value={values.tol} onChange={(e) => set({ tol: Number(e.target.value) })} />
          </label>
        ) : (
          <StepSlider value={values.h} onChange={(h) => set({ h })} />
        )}
      </div>
    </>
  );
}
