/**
 * The site's own notation, as a reader may copy it from the page into a formula: the equation menu writes
 * "y′ = −y" and "y²", so the parser must not reject what the site itself prints. This rewrites those
 * characters into the ASCII the parser reads, and names any other character outside it with what to type.
 *
 * - − (U+2212 minus), – (U+2013 en dash) → `-`
 * - × (U+00D7), · (U+00B7 middle dot), ⋅ (U+22C5 dot operator), ∗ (U+2217) → `*`
 * - ÷ (U+00F7), ∕ (U+2215) → `/`
 * - superscripts ⁰…⁹ with an optional ⁻ or ⁺ → `^(…)`: `y²` → `y^(2)`, `x⁻¹` → `x^(-1)`
 * - π → `pi`; non-breaking and thin spaces → a space
 *
 * A prime (′, or ' after a letter) marks a derivative, so it is never part of a right-hand side: it gets its own message.
 */

import { formulaMessage, type FormulaProblem } from './problems';

/** A refusal carries its code and parameters (`problems.ts`) and the English sentence. */
export type NotationResult = { ok: true; text: string } | { ok: false; error: string; problem: FormulaProblem };

const REPLACE: Record<string, string> = {
  '\u2212': '-', '\u2013': '-', '\u00d7': '*', '\u00b7': '*', '\u22c5': '*', '\u2217': '*', '\u00f7': '/', '\u2215': '/',
  '\u03c0': 'pi', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
};
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /([⁻⁺]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g;
/** What the parser reads: printable ASCII, and letters (an unknown name such as λ gets the parser's own message). */
const READABLE = /[\x20-\x7e\p{L}]/u;
/** Primes ′ ″; an ASCII apostrophe counts as one only straight after a letter (`y'`), else it opens quoted text. */
const PRIMES = new Set(['\u2032', '\u2033']);
const LETTER = /\p{L}/u;

const refuse = (problem: FormulaProblem): NotationResult => ({ ok: false, error: formulaMessage(problem, 'en'), problem });

/**
 * Rewrites the site's notation into parser ASCII, or says which character cannot be read and what to type.
 * @example normalizeNotation('−y²') // { ok: true, text: '-y^(2)' }
 */
export function normalizeNotation(source: string): NotationResult {
  const superscripts = source.replace(SUPERSCRIPT_RUN, (_m, sign: string, digits: string) => {
    const plain = [...digits].map((d) => SUPERSCRIPT_DIGITS.indexOf(d)).join('');
    return `^(${sign === '⁻' ? '-' : ''}${plain})`;
  });
  let text = '';
  let position = 0;
  let previous = '';
  let quoted = false;
  for (const ch of superscripts) {
    position++;
    const isPrime = PRIMES.has(ch) || (ch === "'" && !quoted && LETTER.test(previous));
    if (ch === "'" && !isPrime) quoted = !quoted;
    previous = ch;
    if (isPrime) {
      return refuse({ code: 'prime', params: { char: ch, position } });
    }
    if (ch === '⁻' || ch === '⁺') return refuse({ code: 'lone-superscript-sign', params: { char: ch, position } });
    const replacement = REPLACE[ch];
    if (replacement !== undefined) text += replacement;
    else if (READABLE.test(ch)) text += ch;
    else return refuse({ code: 'unreadable-character', params: { char: ch, position } });
  }
  return { ok: true, text };
}
