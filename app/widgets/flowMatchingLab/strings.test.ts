/**
 * Chapter 6's string tables: every Chinese value is Chinese (it differs from the English and holds CJK text),
 * except the few that are maths or names in both languages, listed here.
 */
import { describe, expect, it } from 'vitest';
import { fmLabStrings } from './strings';
import { drawYourDataStrings } from '../DrawYourData/strings';
import { twoTrainingsStrings } from '../TwoTrainings/strings';
import { straightenPathsStrings } from '../StraightenPaths/strings';

/** Axis titles that are mathematical symbols, the same in both languages. */
const SAME_IN_BOTH = new Set(['xAxis', 'yAxis']);
/** Values that are a solver's name and a number: translated punctuation, no Chinese words needed. */
const NAME_AND_NUMBER = new Set(['dopri5Row']);
const CJK = /[\u3400-\u9fff]/;

/** A value as text: strings as they are, functions called with placeholder arguments, records entry by entry. */
function texts(v: unknown, path: string): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (typeof v === 'function') return [[path, String((v as (...a: unknown[]) => unknown)(...Array.from({ length: v.length }, () => 7)))]];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => texts(x, `${path}.${k}`));
}

const TABLES = { fmLabStrings, drawYourDataStrings, twoTrainingsStrings, straightenPathsStrings };

describe.each(Object.entries(TABLES))('%s', (_, table) => {
  it('has the same keys in Chinese as in English', () => {
    expect(texts(table.zh, '').map(([p]) => p)).toEqual(texts(table.en, '').map(([p]) => p));
  });
  it('translates every value that is not a name or a symbol', () => {
    const en = new Map(texts(table.en, ''));
    for (const [path, zh] of texts(table.zh, '')) {
      if (SAME_IN_BOTH.has(path.split('.')[1])) continue;
      expect(zh, path).not.toBe(en.get(path));
      if (/[a-z]{3}/i.test(en.get(path) ?? '') && !NAME_AND_NUMBER.has(path.split('.')[1])) expect(zh, path).toMatch(CJK);
    }
  });
});
