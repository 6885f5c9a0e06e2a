/**
 * Parses a reader's formula with mathjs's parser, cut down with `create({ parseDependencies })` so the
 * chapter does not ship all of mathjs, then walks the AST into the whitelisted tree of `ir.ts`.
 * Nothing is ever evaluated by mathjs and nothing reaches `eval`/`Function`: only numbers, the named
 * variables, `pi`, `e`, + − × ÷ ^, parentheses and the functions listed in `ir.ts` are accepted.
 * A refusal says why as a code with parameters (`problems.ts`) and in English.
 *
 * mathjs is the heavy part of chapter 1 (≈ 88 kB gzip), so this module is reached only through
 * `loadFormulaCompiler()` (index.ts): presets carry their trees already parsed (app/math/problems/presets.ts).
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { normalizeNotation } from './notation';
import { BINARY_FUNCTIONS, CONSTANTS, UNARY_FUNCTIONS, isBinaryName, isUnaryName, type BinaryOp, type Expr } from './ir';
import { MAX_FORMULA_LENGTH } from './limits';
import { formulaMessage, type FormulaProblem } from './problems';

const math = create({ parseDependencies });

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: string; problem: FormulaProblem };

class Rejected extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(formulaMessage(problem, 'en'));
  }
}

const refuse = (problem: FormulaProblem): ParseResult => ({ ok: false, error: formulaMessage(problem, 'en'), problem });

const functionNames = () => [...Object.keys(UNARY_FUNCTIONS), ...Object.keys(BINARY_FUNCTIONS)];

/**
 * Parses `source` over the variables `vars` (their order fixes each one's index in the environment).
 * @example parseFormula('sin(t) - y', ['t', 'y']) // { ok: true, expr: { kind: 'op', op: '-', ... } }
 */
export function parseFormula(source: string, vars: readonly string[]): ParseResult {
  const typed = source.trim();
  if (typed === '') return refuse({ code: 'empty', params: {} });
  if (typed.length > MAX_FORMULA_LENGTH) return refuse({ code: 'too-long', params: { max: MAX_FORMULA_LENGTH } });
  // The site's own notation (−, ×, ·, y²) is read as the ASCII it stands for (notation.ts).
  const normalized = normalizeNotation(typed);
  if (!normalized.ok) return normalized;
  const text = normalized.text;
  let node: MathNode;
  try {
    node = math.parse(text);
  } catch (err) {
    const e = err as Error & { char?: number };
    return refuse({ code: 'syntax', params: { detail: e.message.replace(/\s*\(char \d+\)$/, ''), position: typeof e.char === 'number' ? e.char : null } });
  }
  try {
    return { ok: true, expr: walk(node, vars) };
  } catch (err) {
    if (err instanceof Rejected) return refuse(err.problem);
    throw err;
  }
}

function walk(node: MathNode, vars: readonly string[]): Expr {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'string') throw new Rejected({ code: 'quoted-text', params: { text: v, vars: [...vars] } });
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Rejected({ code: 'not-a-number', params: { value: String(v) } });
      return { kind: 'num', value: v };
    }
    case 'ParenthesisNode':
      return walk(n.content as MathNode, vars);
    case 'SymbolNode': {
      const name = n.name as string;
      const index = vars.indexOf(name);
      if (index >= 0) return { kind: 'var', name, index };
      if (Object.hasOwn(CONSTANTS, name)) return { kind: 'num', value: CONSTANTS[name] };
      if (isUnaryName(name) || isBinaryName(name)) throw new Rejected({ code: 'function-without-call', params: { name } });
      throw new Rejected({ code: 'unknown-name', params: { name, vars: [...vars], functions: functionNames() } });
    }
    case 'OperatorNode': {
      const op = n.op as string;
      const args = (n.args as MathNode[]).map((a) => walk(a, vars));
      if (args.length === 1 && (op === '-' || op === '+')) return op === '-' ? { kind: 'neg', arg: args[0] } : args[0];
      if (args.length === 2 && ['+', '-', '*', '/', '^'].includes(op)) return { kind: 'op', op: op as BinaryOp, left: args[0], right: args[1] };
      throw new Rejected({ code: 'operator', params: { op } });
    }
    case 'FunctionNode': {
      const fnNode = n.fn as MathNode & { name?: string };
      const name = fnNode.type === 'SymbolNode' ? (fnNode.name as string) : '';
      // The name is checked before the arguments, so `import('x')` is reported as an unknown function.
      if (!isUnaryName(name) && !isBinaryName(name)) {
        if (vars.includes(name)) throw new Rejected({ code: 'variable-as-function', params: { name } });
        throw new Rejected({ code: 'unknown-function', params: { name, functions: functionNames() } });
      }
      const args = (n.args as MathNode[]).map((a) => walk(a, vars));
      if (isUnaryName(name)) {
        if (args.length !== 1) throw new Rejected({ code: 'arity', params: { name, expected: 1, got: args.length } });
        return { kind: 'call1', fn: name, arg: args[0] };
      }
      if (isBinaryName(name)) {
        if (args.length !== 2) throw new Rejected({ code: 'arity', params: { name, expected: 2, got: args.length } });
        return { kind: 'call2', fn: name, left: args[0], right: args[1] };
      }
      throw new Rejected({ code: 'unknown-function', params: { name, functions: functionNames() } });
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      throw new Rejected({ code: 'assignment', params: {} });
    default:
      throw new Rejected({ code: 'expression-kind', params: { kind: node.type.replace(/Node$/, ''), vars: [...vars] } });
  }
}
