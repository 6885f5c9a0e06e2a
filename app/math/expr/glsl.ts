/**
 * Writes a whitelisted expression tree (`ir.ts`) as a GLSL ES 3.00 float expression, for the particle
 * shader. Variables become the names given in `names` (slot i → names[i]).
 *
 * GLSL differs from JavaScript in two places this handles: `pow(x, y)` is undefined for x < 0, so a
 * whole-number exponent is written as repeated multiplication (and negative ones as its reciprocal);
 * and GLSL has no `sinh`/`cosh`/`tanh` overflow guard, no `sign` for ints, and no `log` of negatives — those
 * behave like float32 IEEE arithmetic on most GPUs, which is close enough for drawing particles.
 */
import type { Expr } from './ir';

/** A float literal GLSL accepts (always with a decimal point or exponent). */
export function glslFloat(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '1e38' : v < 0 ? '-1e38' : '0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

const GLSL_NAME: Record<string, string> = { log: 'log', abs: 'abs', sign: 'sign', floor: 'floor', atan2: 'atan' };

export function toGlsl(e: Expr, names: readonly string[]): string {
  const g = (x: Expr) => toGlsl(x, names);
  switch (e.kind) {
    case 'num':
      return `(${glslFloat(e.value)})`;
    case 'var':
      return names[e.index];
    case 'neg':
      return `(-${g(e.arg)})`;
    case 'call1':
      return `${GLSL_NAME[e.fn] ?? e.fn}(${g(e.arg)})`;
    case 'call2':
      if (e.fn === 'pow') return powGlsl(e.left, e.right, names);
      return `${GLSL_NAME[e.fn] ?? e.fn}(${g(e.left)}, ${g(e.right)})`;
    case 'op':
      if (e.op === '^') return powGlsl(e.left, e.right, names);
      return `(${g(e.left)} ${e.op} ${g(e.right)})`;
  }
}

function powGlsl(base: Expr, exponent: Expr, names: readonly string[]): string {
  const b = toGlsl(base, names);
  if (exponent.kind === 'num' && Number.isInteger(exponent.value) && Math.abs(exponent.value) <= 8) {
    const n = Math.abs(exponent.value);
    if (n === 0) return '(1.0)';
    const product = `(${Array.from({ length: n }, () => b).join(' * ')})`;
    return exponent.value < 0 ? `(1.0 / ${product})` : product;
  }
  return `pow(${b}, ${toGlsl(exponent, names)})`;
}
