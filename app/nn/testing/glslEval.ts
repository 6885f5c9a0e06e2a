/**
 * For tests: evaluates the arithmetic that `app/nn/gl/rkGlsl.ts` generates (float literals, names, + − * /,
 * parentheses, calls, `.xy`-style swizzles, `a == b ? c : d`) in float64, on numbers and Float64Array
 * vectors, so the generated GLSL stage code can be run under Node against `odeint`. It is not a GLSL
 * compiler: it covers exactly the expression grammar the generator writes, and throws on anything else.
 */
export type Value = number | Float64Array;
export type Env = Record<string, Value | ((...args: Value[]) => Value)>;

const lift = (a: Value, b: Value, op: (x: number, y: number) => number): Value => {
  if (typeof a === 'number' && typeof b === 'number') return op(a, b);
  const n = typeof a === 'number' ? (b as Float64Array).length : a.length;
  if (typeof a !== 'number' && typeof b !== 'number' && a.length !== b.length) throw new Error('vector sizes differ');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = op(typeof a === 'number' ? a : a[i], typeof b === 'number' ? b : b[i]);
  return out;
};

export function evalGlsl(src: string, env: Env): Value {
  const tokens = src.match(/\d+\.\d*(?:e[-+]?\d+)?|\d+e[-+]?\d+|\d+|[A-Za-z_]\w*|==|[-+*/(),.?:]/g) ?? [];
  if (tokens.join('') !== src.replace(/\s+/g, '')) throw new Error(`unexpected characters in: ${src}`);
  let i = 0;
  const peek = () => tokens[i];
  const take = (want?: string) => {
    const t = tokens[i++];
    if (want !== undefined && t !== want) throw new Error(`expected ${want}, got ${t} in: ${src}`);
    return t;
  };
  const expr = (): Value => {
    const c = equality();
    if (peek() !== '?') return c;
    take('?');
    const a = expr();
    take(':');
    const b = expr();
    return c ? a : b;
  };
  const equality = (): Value => {
    const a = additive();
    if (peek() !== '==') return a;
    take('==');
    return a === additive() ? 1 : 0;
  };
  const additive = (): Value => {
    let a = mult();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const b = mult();
      a = lift(a, b, op === '+' ? (x, y) => x + y : (x, y) => x - y);
    }
    return a;
  };
  const mult = (): Value => {
    let a = unary();
    while (peek() === '*' || peek() === '/') {
      const op = take();
      const b = unary();
      a = lift(a, b, op === '*' ? (x, y) => x * y : (x, y) => x / y);
    }
    return a;
  };
  const unary = (): Value => {
    if (peek() === '-') {
      take();
      return lift(-1, unary(), (x, y) => x * y);
    }
    return postfix();
  };
  const postfix = (): Value => {
    let v = primary();
    while (peek() === '.') {
      take('.');
      const sw = take();
      const idx = [...sw].map((c) => 'xyzw'.indexOf(c));
      v = Float64Array.from(idx, (k) => (v as Float64Array)[k]);
    }
    return v;
  };
  const primary = (): Value => {
    const t = take();
    if (t === '(') {
      const v = expr();
      take(')');
      return v;
    }
    if (/^\d/.test(t)) return Number(t);
    if (peek() === '(') {
      take('(');
      const args: Value[] = [];
      while (peek() !== ')') {
        args.push(expr());
        if (peek() === ',') take(',');
      }
      take(')');
      const fn = env[t];
      if (typeof fn !== 'function') throw new Error(`unknown function ${t}`);
      return fn(...args);
    }
    const v = env[t];
    if (v === undefined || typeof v === 'function') throw new Error(`unknown name ${t}`);
    return v;
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`trailing tokens in: ${src}`);
  return v;
}
