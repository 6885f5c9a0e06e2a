/**
 * Resolves the reader's equation choice (a preset or typed formulas) into a compiled system with its
 * window, interval, default initial values and closed form. Shared by the playground, the convergence
 * plot and the particle view so the three agree on every equation. Presets need no parser; typed formulas
 * need the formula compiler (`loadFormulaCompiler`, a lazy chunk: see useResolvedSystem.ts), and until it
 * has loaded they resolve to `reading: true` with nothing compiled yet.
 */
import type { CompiledSystem, FormulaCompiler, FormulaLang } from '../../math/expr';
import { CUSTOM_SETUP, PRESETS, type Preset } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import type { EquationChoice } from '../../state/odePlayground';

export interface ResolvedSystem {
  /** The preset (or a description of the typed equation) with its window and interval. */
  setup: Omit<Preset, 'id'> & { id: EquationChoice };
  compiled: CompiledSystem | null;
  /** A typed formula that did not compile, which input it came from, and why (`message[lang]` for the reader). */
  formulaError: { index: number; error: string; message: Record<FormulaLang, string> } | null;
  /** Typed formulas waiting for the formula compiler to load. */
  reading?: boolean;
}

export const isTyped = (eq: EquationChoice) => eq === 'custom' || eq === 'custom2';

export function resolveSystem(eq: EquationChoice, f: string, fx: string, fy: string, compiler: FormulaCompiler | null): ResolvedSystem {
  if (eq === 'custom' || eq === 'custom2') {
    const kind = eq === 'custom' ? 'scalar' : 'planar';
    const formulas = kind === 'scalar' ? [f] : [fx, fy];
    const setup = {
      ...CUSTOM_SETUP[kind],
      id: eq,
      label: kind === 'scalar' ? 'Your equation' : 'Your system',
      formulas,
      exprs: [],
      tex: '',
      hint: kind === 'scalar' ? 'Your equation: no closed form is known, so no error is shown.' : 'Your system: no closed form is known, so no error is shown.',
    };
    if (!compiler) return { setup, compiled: null, formulaError: null, reading: true };
    const r = compiler.compileSystem(formulas, kind);
    return r.ok ? { setup, compiled: r, formulaError: null } : { setup, compiled: null, formulaError: { index: r.index, error: r.error, message: r.message } };
  }
  const p = PRESETS[eq];
  return { setup: p, compiled: compilePreset(p), formulaError: null };
}
