/**
 * Shorthand for writing expression trees (ir.ts) by hand, as the presets do so that showing them needs no
 * parser. `S` holds the variables of a scalar equation (t, y), `P` those of a planar system (t, x, y), with
 * the environment slots of `VARIABLES` (compile.ts).
 */
import type { BinaryName, BinaryOp, Expr, UnaryName } from './ir';

export const num = (value: number): Expr => ({ kind: 'num', value });
export const neg = (arg: Expr): Expr => ({ kind: 'neg', arg });
export const op = (o: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: 'op', op: o, left, right });
export const call1 = (fn: UnaryName, arg: Expr): Expr => ({ kind: 'call1', fn, arg });
export const call2 = (fn: BinaryName, left: Expr, right: Expr): Expr => ({ kind: 'call2', fn, left, right });

const v = (name: string, index: number): Expr => ({ kind: 'var', name, index });
export const S = { t: v('t', 0), y: v('y', 1) } as const;
export const P = { t: v('t', 0), x: v('x', 1), y: v('y', 2) } as const;
