/**
 * Resolves the reader's equation choice (a preset or typed formulas) into a compiled system with its
 * window, interval, default initial values and closed form. Shared by the playground, the convergence
 * plot and the particle view so the three agree on every equation.
 */
import { compileSystem, type CompiledSystem } from '../../math/expr';
import { CUSTOM_SETUP, PRESETS, type Preset } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import type { EquationChoice } from '../../state/odePlayground';

export interface ResolvedSystem {
  /** The preset (or a description of the typed equation) with its window and interval. */
  setup: Omit<Preset, 'id'> & { id: EquationChoice };
  compiled: CompiledSystem | null;
  /** A typed formula that did not compile, and which input it came from. */
  formulaError: { index: number; error: string } | null;
}

export function resolveSystem(eq: EquationChoice, f: string, fx: string, fy: string): ResolvedSystem {
  if (eq === 'custom' || eq === 'custom2') {
    const kind = eq === 'custom' ? 'scalar' : 'planar';
    const formulas = kind === 'scalar' ? [f] : [fx, fy];
    const r = compileSystem(formulas, kind);
    const setup = {
      ...CUSTOM_SETUP[kind],
      id: eq,
      label: kind === 'scalar' ? 'Your equation' : 'Your system',
      formulas,
      tex: '',
      hint: kind === 'scalar' ? 'Your equation: no closed form is known, so no error is shown.' : 'Your system: no closed form is known, so no error is shown.',
    };
    return r.ok ? { setup, compiled: r, formulaError: null } : { setup, compiled: null, formulaError: { index: r.index, error: r.error } };
  }
  const p = PRESETS[eq];
  return { setup: p, compiled: compilePreset(p), formulaError: null };
}
