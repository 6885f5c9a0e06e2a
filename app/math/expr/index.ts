/**
 * The safe expression language: a reader types `sin(t) - y`, or a pair such as `y` and `-sin(x)`, and gets a
 * vector field to solve, compiled to a JavaScript closure and to GLSL, never evaluated with `eval`.
 *
 * This entry is parser-free (trees in, fields out), so importing it costs a page almost nothing. Reading
 * typed text needs mathjs (≈ 88 kB gzip): `loadFormulaCompiler()` fetches it on demand (formulas.ts).
 *
 * @example
 * const { compileSystem } = await loadFormulaCompiler();
 * const r = compileSystem(['sin(t) - y'], 'scalar');
 * if (r.ok) { const dydt = new Float64Array(1); r.field(0, Float64Array.of(1), dydt); }
 * else show(r.message[lang]); // lang 'en' | 'zh'; or formulaMessage(r.problem, lang)
 */
export { compileTrees, VARIABLES, type CompiledSystem, type SystemKind } from './compile';
export { MAX_FORMULA_LENGTH } from './limits';
export { toClosure, type Compiled } from './closure';
export { fieldFromExprs, type FieldFn } from './field';
export { toGlsl, glslFloat } from './glsl';
export type { Expr } from './ir';
export type { FormulaLang, FormulaProblem, FormulaProblemCode } from './problems';
export type { CompileFailure } from './formulas';

/** The formula reader (mathjs parser, `compileSystem`, `parseFormula`, `formulaMessage`), as a lazy chunk. */
export const loadFormulaCompiler = () => import('./formulas');
export type FormulaCompiler = Awaited<ReturnType<typeof loadFormulaCompiler>>;
