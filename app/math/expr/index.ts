/**
 * The safe expression parser: a reader types `sin(t) - y`, or a pair such as `y` and `-sin(x)`, and gets a
 * vector field to solve, compiled to a JavaScript closure and to GLSL, never evaluated with `eval`.
 *
 * @example
 * const r = compileSystem(['sin(t) - y'], 'scalar');
 * if (r.ok) { const dydt = new Float64Array(1); r.field(0, Float64Array.of(1), dydt); }
 */
import { fieldFromExprs, type FieldFn } from './field';
import { toGlsl } from './glsl';
import { mentions, type Expr } from './ir';
import { parseFormula } from './parse';

export { parseFormula, MAX_FORMULA_LENGTH } from './parse';
export { toClosure, type Compiled } from './closure';
export { fieldFromExprs, type FieldFn } from './field';
export { toGlsl, glslFloat } from './glsl';
export type { Expr } from './ir';

/** A scalar ODE dy/dt = f(t, y), or a planar system dx/dt = f(t, x, y), dy/dt = g(t, x, y). */
export type SystemKind = 'scalar' | 'planar';

/** The variables a formula may use, in environment order: slot 0 is always t. */
export const VARIABLES: Record<SystemKind, readonly string[]> = { scalar: ['t', 'y'], planar: ['t', 'x', 'y'] };


export interface CompiledSystem {
  ok: true;
  kind: SystemKind;
  exprs: Expr[];
  field: FieldFn;
  /** Whether any component depends on t (a non-autonomous field). */
  timeDependent: boolean;
  /** GLSL ES 3.00 expressions of each component, over `float t` and `vec2 p` (planar) or `float y` (scalar). */
  glsl: string[];
}

export interface CompileFailure {
  ok: false;
  /** Which formula failed (0 for dy/dt or dx/dt, 1 for dy/dt of a planar system). */
  index: number;
  error: string;
}

/** Parses and compiles one formula per component; the first failure is reported with its index. */
export function compileSystem(sources: readonly string[], kind: SystemKind): CompiledSystem | CompileFailure {
  const vars = VARIABLES[kind];
  const dim = kind === 'scalar' ? 1 : 2;
  if (sources.length !== dim) return { ok: false, index: 0, error: `A ${kind} system needs ${dim} formula${dim > 1 ? 's' : ''}.` };
  const exprs: Expr[] = [];
  for (let i = 0; i < dim; i++) {
    const r = parseFormula(sources[i], vars);
    if (!r.ok) return { ok: false, index: i, error: r.error };
    exprs.push(r.expr);
  }
  const field = fieldFromExprs(exprs);
  const glslNames = kind === 'scalar' ? ['t', 'y'] : ['t', 'p.x', 'p.y'];
  return {
    ok: true,
    kind,
    exprs,
    field,
    timeDependent: exprs.some((e) => mentions(e, 0)),
    glsl: exprs.map((e) => toGlsl(e, glslNames)),
  };
}
