/**
 * A vector field from already-parsed expression trees, without the parser: what a worker needs when the
 * main thread has parsed the reader's formula and sends the (plain-data) trees across.
 */
import { toClosure } from './closure';
import type { Expr } from './ir';

/** Same shape as the solver's `Field` (app/solver/types.ts): writes dy/dt into `dydt`. */
export type FieldFn = (t: number, y: Float64Array, dydt: Float64Array) => void;

/** Scalar: one tree over (t, y). Planar: two trees over (t, x, y). */
export function fieldFromExprs(exprs: readonly Expr[]): FieldFn {
  const fns = exprs.map(toClosure);
  const env = new Float64Array(exprs.length + 1);
  if (exprs.length === 1)
    return (t, y, dydt) => {
      env[0] = t;
      env[1] = y[0];
      dydt[0] = fns[0](env);
    };
  return (t, y, dydt) => {
    env[0] = t;
    env[1] = y[0];
    env[2] = y[1];
    const a = fns[0](env);
    dydt[1] = fns[1](env);
    dydt[0] = a;
  };
}
