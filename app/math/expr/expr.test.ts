import { describe, expect, it, vi } from 'vitest';
import { toClosure, toGlsl } from './index';
import { compileSystem, formulaMessage, parseFormula } from './formulas';

const env = (...xs: number[]) => Float64Array.from(xs);
function scalar(src: string) {
  const r = compileSystem([src], 'scalar');
  if (!r.ok) throw new Error(r.error);
  const out = new Float64Array(1);
  return (t: number, y: number) => (r.field(t, Float64Array.of(y), out), out[0]);
}

describe('expression compiler', () => {
  it('gives the same numbers as the hand-written functions', () => {
    const cases: [string, (t: number, y: number) => number][] = [
      ['sin(t) - y', (t, y) => Math.sin(t) - y],
      ['2*t', (t) => 2 * t],
      ['y*(1 - y)', (_t, y) => y * (1 - y)],
      ['-20*(y - cos(t))', (t, y) => -20 * (y - Math.cos(t))],
      ['exp(-t^2/2) + y^3 - 2^y', (t, y) => Math.exp(-(t ** 2) / 2) + y ** 3 - 2 ** y],
      ['atan2(y, t) + max(t, y) - min(t, 1) + abs(y) + sqrt(t*t + 1) + tanh(y) + log(2 + t*t)', (t, y) => Math.atan2(y, t) + Math.max(t, y) - Math.min(t, 1) + Math.abs(y) + Math.sqrt(t * t + 1) + Math.tanh(y) + Math.log(2 + t * t)],
      ['2 y + pi - e', (_t, y) => 2 * y + Math.PI - Math.E],
      ['-y^2', (_t, y) => -(y ** 2)],
      ['pow(y, 0.5) / (1 + t)', (t, y) => Math.pow(y, 0.5) / (1 + t)],
    ];
    for (const [src, hand] of cases) {
      const f = scalar(src);
      for (const [t, y] of [[0, 1], [0.7, -1.3], [2.5, 0.25], [-1, 3]]) {
        const want = hand(t, y);
        if (Number.isNaN(want)) expect(f(t, y)).toBeNaN();
        else expect(f(t, y)).toBeCloseTo(want, 12);
      }
    }
  });

  it('compiles planar systems component by component', () => {
    const r = compileSystem(['y', '2*x^3 - 0.1*y^3'], 'planar');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = new Float64Array(2);
    r.field(0, Float64Array.of(1.5, -0.5), out);
    expect([...out]).toEqual([-0.5, 2 * 1.5 ** 3 - 0.1 * (-0.5) ** 3]);
    expect(r.timeDependent).toBe(false);
    expect(compileSystem(['sin(t)', 'x'], 'planar').ok && (compileSystem(['sin(t)', 'x'], 'planar') as { timeDependent: boolean }).timeDependent).toBe(true);
  });

  it('rejects unknown names, saying which name and what is allowed', () => {
    const r = parseFormula('sin(t) - z', ['t', 'y']);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('"z"');
      expect(r.error).toContain('t, y');
    }
    const planar = compileSystem(['y', 'q*x'], 'planar');
    expect(planar.ok).toBe(false);
    if (!planar.ok) expect(planar.index).toBe(1);
    // x is not a variable of a scalar equation
    expect(parseFormula('x + y', ['t', 'y']).ok).toBe(false);
  });

  it('rejects typos with the position of the problem', () => {
    const r = parseFormula('sin(t - y', ['t', 'y']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/character \d+/);
    for (const bad of ['', '   ', 'sin', 'sin(t, y)', 'min(t)', 'y(2)', 'foo(t)', '2 +* y', 'y = 2', 'f(x) = x', '[1, 2]', 'y[1]', 'y.constructor', 't > 1 ? 1 : 0', '"str"', 'x!', 'y == 2']) {
      const res = parseFormula(bad, ['t', 'y']);
      expect(res.ok, bad).toBe(false);
      if (!res.ok) expect(res.error.length, bad).toBeGreaterThan(10);
    }
    expect(parseFormula('y'.repeat(400), ['t', 'y']).ok).toBe(false);
  });

  it('never evaluates text: no eval, no Function, nothing reached outside the whitelist', () => {
    const evalSpy = vi.spyOn(globalThis, 'eval');
    const FunctionSpy = vi.spyOn(globalThis, 'Function');
    const attempts = ['constructor', 'this', 'globalThis', 'import("fs")', 'evaluate("1")', 'process.exit(1)', '__proto__', 'toString()'];
    for (const a of attempts) expect(parseFormula(a, ['t', 'y']).ok, a).toBe(false);
    const f = scalar('sin(t) * y + 1');
    expect(f(1, 2)).toBeCloseTo(Math.sin(1) * 2 + 1, 14);
    expect(evalSpy).not.toHaveBeenCalled();
    expect(FunctionSpy).not.toHaveBeenCalled();
    evalSpy.mockRestore();
    FunctionSpy.mockRestore();
  });

  it('writes GLSL that keeps negative bases of whole powers well defined', () => {
    const r = parseFormula('-0.1*x^3 - 2*y^3 + pow(x, 2) + sin(t)', ['t', 'x', 'y']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const glsl = toGlsl(r.expr, ['t', 'p.x', 'p.y']);
    expect(glsl).not.toMatch(/pow\(/);
    expect(glsl).toContain('(p.x * p.x * p.x)');
    expect(glsl).toContain('(0.1)');
    expect(glsl).toContain('sin(t)');
    // Literals are GLSL floats, never bare ints
    const one = parseFormula('1 + x', ['t', 'x', 'y']);
    if (one.ok) expect(toGlsl(one.expr, ['t', 'p.x', 'p.y'])).toBe('((1.0) + p.x)');
  });

  it('closure of a literal tree is a plain function of its environment', () => {
    const c = toClosure({ kind: 'op', op: '-', left: { kind: 'var', name: 't', index: 0 }, right: { kind: 'num', value: 3 } });
    expect(c(env(5))).toBe(2);
  });
});

describe('refusals: a code with parameters, and the sentence in English and Chinese', () => {
  const cases: [string, string][] = [
    ['', 'empty'],
    ['y'.repeat(301), 'too-long'],
    ["y' = -y", 'prime'],
    ['y ≤ 2', 'unreadable-character'],
    ['sin(t - y', 'syntax'],
    ['"str"', 'quoted-text'],
    ['sin', 'function-without-call'],
    ['sin(t) - z', 'unknown-name'],
    ['y == 2', 'operator'],
    ['y(2)', 'variable-as-function'],
    ['foo(t)', 'unknown-function'],
    ['min(t)', 'arity'],
    ['y = 2', 'assignment'],
    ['[1, 2]', 'expression-kind'],
  ];
  it('names the problem by code; the English sentence is the error, the Chinese one is Chinese', () => {
    for (const [typed, code] of cases) {
      const r = compileSystem([typed], 'scalar');
      expect(r.ok, typed).toBe(false);
      if (r.ok) continue;
      expect(r.problem.code, typed).toBe(code);
      expect(r.message.en, typed).toBe(r.error);
      expect(formulaMessage(r.problem, 'en')).toBe(r.error);
      expect(r.message.zh, typed).toMatch(/[\u4e00-\u9fff]/);
      expect(r.message.zh, typed).not.toBe(r.message.en);
    }
  });

  it('keeps the parameters a reader needs in both languages', () => {
    const r = compileSystem(['sin(t) - z'], 'scalar');
    if (r.ok) throw new Error('should fail');
    expect(r.problem).toEqual({ code: 'unknown-name', params: { name: 'z', vars: ['t', 'y'], functions: expect.arrayContaining(['sin', 'atan2']) } });
    expect(r.message.zh).toContain('“z”');
    const typo = compileSystem(['sin(t - y'], 'scalar');
    if (typo.ok) throw new Error('should fail');
    expect(typo.message.zh).toMatch(/第 \d+ 个字符处/);
    expect(formulaMessage({ code: 'too-long', params: { max: 300 } }, 'zh')).toBe('公式超过了 300 个字符。');
    expect(compileSystem(['y'], 'planar')).toMatchObject({ ok: false, problem: { code: 'component-count', params: { kind: 'planar', dim: 2 } }, error: 'A planar system needs 2 formulas.' });
  });
});
