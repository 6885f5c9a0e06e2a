/**
 * A vector field from parsed expression trees, with no parser: the presets carry their trees already
 * (app/math/problems/presets.ts), so a chapter that only shows presets never loads mathjs. Typed formulas
 * are parsed first by `compileSystem` (formulas.ts, loaded on demand), which ends here too.
 */
import { fieldFromExprs, type FieldFn } from './field';
import { toGlsl } from './glsl';
import { mentions, type Expr } from './ir';

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

/** Compiles one tree per component (scalar: over t, y; planar: over t, x, y) to a field and to GLSL. */
export function compileTrees(exprs: readonly Expr[], kind: SystemKind): CompiledSystem {
  const dim = kind === 'scalar' ? 1 : 2;
  if (exprs.length !== dim) throw new Error(`A ${kind} system needs ${dim} tree${dim > 1 ? 's' : ''}, not ${exprs.length}.`);
  const glslNames = kind === 'scalar' ? ['t', 'y'] : ['t', 'p.x', 'p.y'];
  return {
    ok: true,
    kind,
    exprs: [...exprs],
    field: fieldFromExprs(exprs),
    timeDependent: exprs.some((e) => mentions(e, 0)),
    glsl: exprs.map((e) => toGlsl(e, glslNames)),
  };
}
