/**
 * Parses a reader's formula with mathjs's parser, cut down with `create({ parseDependencies })` so the
 * chapter does not ship all of mathjs, then walks the AST into the whitelisted tree of `ir.ts`.
 * Nothing is ever evaluated by mathjs and nothing reaches `eval`/`Function`: only numbers, the named
 * variables, `pi`, `e`, + − × ÷ ^, parentheses and the functions listed in `ir.ts` are accepted.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { normalizeNotation } from './notation';
import { BINARY_FUNCTIONS, CONSTANTS, UNARY_FUNCTIONS, isBinaryName, isUnaryName, type BinaryOp, type Expr } from './ir';

const math = create({ parseDependencies });

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: string };

/** Longest formula accepted; keeps pathological input from costing time. */
export const MAX_FORMULA_LENGTH = 300;

class Rejected extends Error {}

const functionList = () => [...Object.keys(UNARY_FUNCTIONS), ...Object.keys(BINARY_FUNCTIONS)].join(', ');

/**
 * Parses `source` over the variables `vars` (their order fixes each one's index in the environment).
 * @example parseFormula('sin(t) - y', ['t', 'y']) // { ok: true, expr: { kind: 'op', op: '-', ... } }
 */
export function parseFormula(source: string, vars: readonly string[]): ParseResult {
  const typed = source.trim();
  if (typed === '') return { ok: false, error: 'The formula is empty.' };
  if (typed.length > MAX_FORMULA_LENGTH) return { ok: false, error: `The formula is longer than ${MAX_FORMULA_LENGTH} characters.` };
  // The site's own notation (−, ×, ·, y²) is read as the ASCII it stands for (notation.ts).
  const normalized = normalizeNotation(typed);
  if (!normalized.ok) return normalized;
  const text = normalized.text;
  let node: MathNode;
  try {
    node = math.parse(text);
  } catch (err) {
    const e = err as Error & { char?: number };
    const where = typeof e.char === 'number' ? ` (at character ${e.char})` : '';
    return { ok: false, error: `Cannot read the formula: ${e.message.replace(/\s*\(char \d+\)$/, '')}${where}.` };
  }
  try {
    return { ok: true, expr: walk(node, vars) };
  } catch (err) {
    if (err instanceof Rejected) return { ok: false, error: err.message };
    throw err;
  }
}

function walk(node: MathNode, vars: readonly string[]): Expr {
  const n = node as MathNode & Record<string, unknown>;
  switch (node.type) {
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'string') throw new Rejected(`Text in quotes (${JSON.stringify(v)}) is not allowed: a formula holds only numbers, ${vars.join(', ')}, operators and functions.`);
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Rejected(`Only plain numbers are allowed, not ${JSON.stringify(String(v))}.`);
      return { kind: 'num', value: v };
    }
    case 'ParenthesisNode':
      return walk(n.content as MathNode, vars);
    case 'SymbolNode': {
      const name = n.name as string;
      const index = vars.indexOf(name);
      if (index >= 0) return { kind: 'var', name, index };
      if (Object.hasOwn(CONSTANTS, name)) return { kind: 'num', value: CONSTANTS[name] };
      if (isUnaryName(name) || isBinaryName(name)) throw new Rejected(`"${name}" is a function: write ${name}(…).`);
      throw new Rejected(`Unknown name "${name}": use ${vars.join(', ')}, pi, e and the functions ${functionList()}.`);
    }
    case 'OperatorNode': {
      const op = n.op as string;
      const args = (n.args as MathNode[]).map((a) => walk(a, vars));
      if (args.length === 1 && (op === '-' || op === '+')) return op === '-' ? { kind: 'neg', arg: args[0] } : args[0];
      if (args.length === 2 && ['+', '-', '*', '/', '^'].includes(op)) return { kind: 'op', op: op as BinaryOp, left: args[0], right: args[1] };
      throw new Rejected(`The operator "${op}" is not allowed: use + - * / ^ and parentheses.`);
    }
    case 'FunctionNode': {
      const fnNode = n.fn as MathNode & { name?: string };
      const name = fnNode.type === 'SymbolNode' ? (fnNode.name as string) : '';
      // The name is checked before the arguments, so `import('x')` is reported as an unknown function.
      if (!isUnaryName(name) && !isBinaryName(name)) {
        if (vars.includes(name)) throw new Rejected(`"${name}" is a variable, not a function: write ${name}*(…) to multiply.`);
        throw new Rejected(`Unknown function "${name || '?'}": the functions are ${functionList()}.`);
      }
      const args = (n.args as MathNode[]).map((a) => walk(a, vars));
      if (isUnaryName(name)) {
        if (args.length !== 1) throw new Rejected(`${name}(…) takes one argument, not ${args.length}.`);
        return { kind: 'call1', fn: name, arg: args[0] };
      }
      if (isBinaryName(name)) {
        if (args.length !== 2) throw new Rejected(`${name}(…) takes two arguments, not ${args.length}.`);
        return { kind: 'call2', fn: name, left: args[0], right: args[1] };
      }
      throw new Rejected(`Unknown function "${name}".`);
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      throw new Rejected('Assignments are not allowed: type only the right-hand side, e.g. sin(t) - y.');
    default:
      throw new Rejected(`This kind of expression (${node.type.replace(/Node$/, '')}) is not allowed: use numbers, ${vars.join(', ')}, operators and functions.`);
  }
}
