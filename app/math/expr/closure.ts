/**
 * Compiles a whitelisted expression tree (`ir.ts`) into a JavaScript closure: a tree of small functions,
 * one per node, built once. No source text is generated and nothing is `eval`ed.
 * The environment is a Float64Array whose slot `i` holds the variable with index `i`.
 */
import { BINARY_FUNCTIONS, UNARY_FUNCTIONS, type Expr } from './ir';

export type Compiled = (env: Float64Array) => number;

export function toClosure(e: Expr): Compiled {
  switch (e.kind) {
    case 'num': {
      const v = e.value;
      return () => v;
    }
    case 'var': {
      const i = e.index;
      return (env) => env[i];
    }
    case 'neg': {
      const a = toClosure(e.arg);
      return (env) => -a(env);
    }
    case 'call1': {
      const f = UNARY_FUNCTIONS[e.fn];
      const a = toClosure(e.arg);
      return (env) => f(a(env));
    }
    case 'call2': {
      const f = BINARY_FUNCTIONS[e.fn];
      const a = toClosure(e.left);
      const b = toClosure(e.right);
      return (env) => f(a(env), b(env));
    }
    case 'op': {
      const a = toClosure(e.left);
      const b = toClosure(e.right);
      switch (e.op) {
        case '+':
          return (env) => a(env) + b(env);
        case '-':
          return (env) => a(env) - b(env);
        case '*':
          return (env) => a(env) * b(env);
        case '/':
          return (env) => a(env) / b(env);
        case '^':
          if (e.right.kind === 'num' && e.right.value === 2) return (env) => { const x = a(env); return x * x; };
          if (e.right.kind === 'num' && e.right.value === 3) return (env) => { const x = a(env); return x * x * x; };
          return (env) => Math.pow(a(env), b(env));
      }
    }
  }
}
