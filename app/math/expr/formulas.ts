/**
 * Typed formulas to a compiled system: parse each with the safe parser (parse.ts, mathjs), then compile the
 * trees (compile.ts). This module holds mathjs, so the page loads it only when a reader's own formula has
 * to be read: through `loadFormulaCompiler()` from index.ts, never by a static import from the app.
 *
 * For widgets (e.g. the playground's formula inputs): a failure gives `index` (which input), `error`
 * (English), `problem` ({ code, params }) and `message` ({ en, zh }): show `failure.message[lang]`.
 */
import { compileTrees, VARIABLES, type CompiledSystem, type SystemKind } from './compile';
import type { Expr } from './ir';
import { parseFormula } from './parse';
import { formulaMessage, formulaMessages, type FormulaLang, type FormulaProblem } from './problems';

export { parseFormula, type ParseResult } from './parse';
export { formulaMessage, formulaMessages };

export interface CompileFailure {
  ok: false;
  /** Which formula failed (0 for dy/dt or dx/dt, 1 for dy/dt of a planar system). */
  index: number;
  /** The reason in English (as `message.en`). */
  error: string;
  problem: FormulaProblem;
  message: Record<FormulaLang, string>;
}

const failure = (index: number, problem: FormulaProblem): CompileFailure => ({ ok: false, index, error: formulaMessage(problem, 'en'), problem, message: formulaMessages(problem) });

/** Parses and compiles one formula per component; the first failure is reported with its index. */
export function compileSystem(sources: readonly string[], kind: SystemKind): CompiledSystem | CompileFailure {
  const vars = VARIABLES[kind];
  const dim = kind === 'scalar' ? 1 : 2;
  if (sources.length !== dim) return failure(0, { code: 'component-count', params: { kind, dim } });
  const exprs: Expr[] = [];
  for (let i = 0; i < dim; i++) {
    const r = parseFormula(sources[i], vars);
    if (!r.ok) return failure(i, r.problem);
    exprs.push(r.expr);
  }
  return compileTrees(exprs, kind);
}
