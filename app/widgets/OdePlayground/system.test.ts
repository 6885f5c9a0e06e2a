import { describe, expect, it } from 'vitest';
import { loadFormulaCompiler } from '../../math/expr';
import { PRESETS } from '../../math/problems/presets';
import { resolveSystem } from './system';

describe('resolveSystem without and with the formula compiler', () => {
  it('resolves presets with no compiler at all (chapter 1 never loads mathjs for them)', () => {
    const r = resolveSystem('vanderpol', '', '', '', null);
    expect(r.compiled?.exprs).toEqual(PRESETS.vanderpol.exprs);
    expect(r.reading).toBeFalsy();
  });

  it('keeps a typed formula waiting until the compiler has loaded, then reads it', async () => {
    const waiting = resolveSystem('custom', 'sin(t) - y', '', '', null);
    expect(waiting).toMatchObject({ compiled: null, formulaError: null, reading: true });
    const compiler = await loadFormulaCompiler();
    const read = resolveSystem('custom', 'sin(t) - y', '', '', compiler);
    const out = new Float64Array(1);
    read.compiled!.field(1, Float64Array.of(0.5), out);
    expect(out[0]).toBeCloseTo(Math.sin(1) - 0.5, 14);
  });

  it('gives a refused formula in both languages, for the input it came from', async () => {
    const compiler = await loadFormulaCompiler();
    const r = resolveSystem('custom2', '', 'y', 'q*x', compiler);
    expect(r.formulaError).toMatchObject({ index: 1, error: expect.stringContaining('Unknown name "q"'), message: { en: expect.stringContaining('"q"'), zh: expect.stringContaining('未知的名称“q”') } });
  });
});
