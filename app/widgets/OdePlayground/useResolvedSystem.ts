/**
 * `resolveSystem` for a component: presets resolve at once; typed formulas load the formula compiler (mathjs,
 * ≈ 88 kB gzip) the first time the reader picks "Type your own" or an address brings a typed formula, so a
 * reader who only uses presets never downloads it (issue 14, chapter 1 ≤ 150 kB).
 */
import { useEffect, useMemo, useState } from 'react';
import { loadFormulaCompiler, type FormulaCompiler } from '../../math/expr';
import type { EquationChoice } from '../../state/odePlayground';
import { useLang } from '../common/i18n';
import { isTyped, resolveSystem, type ResolvedSystem } from './system';

/** When the compiler's chunk cannot be fetched (offline, a new deployment): said where the formula is. */
const NOT_LOADED = {
  en: 'The formula reader did not load (is the connection down?): reload the page to try again.',
  zh: '公式读取器未能加载（网络是否断开？）：请刷新页面重试。',
};

export function useResolvedSystem(eq: EquationChoice, f: string, fx: string, fy: string): ResolvedSystem {
  const [compiler, setCompiler] = useState<FormulaCompiler | null>(null);
  const [failed, setFailed] = useState(false);
  const lang = useLang();
  const typed = isTyped(eq);
  useEffect(() => {
    if (!typed || compiler) return;
    let live = true;
    loadFormulaCompiler().then(
      (c) => live && setCompiler(c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [typed, compiler]);
  return useMemo(() => {
    const r = resolveSystem(eq, f, fx, fy, compiler);
    return r.reading && failed ? { ...r, reading: false, formulaError: { index: 0, error: NOT_LOADED[lang], message: NOT_LOADED } } : r;
  }, [eq, f, fx, fy, compiler, failed, lang]);
}
