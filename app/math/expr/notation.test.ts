import { describe, expect, it } from 'vitest';
import { compileSystem, parseFormula } from './formulas';
import { normalizeNotation } from './notation';

function valueAt(src: string, t: number, y: number): number {
  const r = compileSystem([src], 'scalar');
  if (!r.ok) throw new Error(r.error);
  const out = new Float64Array(1);
  r.field(t, Float64Array.of(y), out);
  return out[0];
}

describe('the site’s own notation in typed formulas', () => {
  it('reads the Unicode minus, × · ⋅ ÷ and superscript digits as the ASCII they stand for', () => {
    expect(valueAt('−y', 0, 2)).toBe(-2);
    expect(valueAt('−1000(y − cos(t))', 0.5, 0.25)).toBeCloseTo(-1000 * (0.25 - Math.cos(0.5)), 9);
    expect(valueAt('2 × y', 0, 3)).toBe(6);
    expect(valueAt('2·y⋅t', 2, 3)).toBe(12);
    expect(valueAt('y ÷ 4', 0, 3)).toBe(0.75);
    expect(valueAt('y²', 0, 3)).toBe(9);
    expect(valueAt('t¹⁰', 2, 0)).toBe(1024);
    expect(valueAt('y⁻¹', 0, 4)).toBe(0.25);
    expect(valueAt('(y + 1)³ − π', 0, 1)).toBeCloseTo(8 - Math.PI, 14);
    expect(valueAt('−y\u00a0+\u20091', 0, 2)).toBe(-1);
  });

  it('names a prime and says to type only the right-hand side', () => {
    for (const typed of ['y′ = −y', "y' = -y"]) {
      const r = parseFormula(typed, ['t', 'y']);
      expect(r.ok, typed).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/prime .* at character 2 marks a derivative: type only the right-hand side/);
    }
  });

  it('names any other character it cannot read, with its code point and position', () => {
    const r = parseFormula('y ≤ 2', ['t', 'y']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('The character "≤" (U+2264) at character 3 is not part of a formula: use + - * / ^, parentheses, numbers, letters and the functions.');
    expect(normalizeNotation('y⁻')).toMatchObject({ ok: false, error: expect.stringMatching(/needs superscript digits after it/) });
  });

  it('leaves plain ASCII formulas exactly as typed', () => {
    for (const ascii of ['sin(t) - y', '-20*(y - cos(t))', 'exp(-t^2/2) + y^3']) expect(normalizeNotation(ascii)).toEqual({ ok: true, text: ascii });
  });

  it('says that quoted text and unknown calls are not allowed, rather than calling them numbers', () => {
    const imp = parseFormula("import('x')", ['t', 'y']);
    expect(imp).toMatchObject({ ok: false, error: expect.stringMatching(/^Unknown function "import": the functions are /) });
    const quoted = parseFormula('"x" + y', ['t', 'y']);
    expect(quoted).toMatchObject({ ok: false, error: expect.stringMatching(/^Text in quotes \("x"\) is not allowed/) });
  });
});
