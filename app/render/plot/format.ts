/**
 * The one number formatter of the chart kit: every tick label, readout and caption number goes through it,
 * so a figure never writes 10⁻² in one chapter and 1e-6 in another.
 *
 * Notation (chosen once, here):
 * - a power of ten is written 10ᵏ with a superscript exponent and a true minus: 10⁻⁶, never 1e-6;
 * - other numbers get 3 significant digits; below 10⁻³ or from 10⁵ up they become m × 10ᵏ (5.36 × 10⁻⁴);
 * - a tolerance (rtol, atol) is always written as a power of ten, whatever its size: 10⁻³, 3.16 × 10⁻⁴;
 * - negative numbers carry U+2212 MINUS SIGN, which has the width of a digit in tabular figures.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MINUS = '−';

/** An integer exponent in superscript characters, e.g. −5 → "⁻⁵". */
export function superscript(k: number): string {
  return (k < 0 ? '⁻' : '') + String(Math.abs(k)).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** 10ᵏ for an integer k: `powerOfTen(-6)` → "10⁻⁶". */
export function powerOfTen(k: number): string {
  return `10${superscript(k)}`;
}

/** m × 10ᵏ with `digits` significant digits; a mantissa of ±1 is dropped ("10⁻⁵", "−10³"). */
function scientific(v: number, digits: number): string {
  const [mant, exp] = v.toExponential(digits - 1).split('e');
  const m = Number(mant);
  const p = powerOfTen(Number(exp));
  return m === 1 ? p : m === -1 ? `-${p}` : `${m} × ${p}`;
}

/** A number for a readout or a tick: 3 significant digits, m × 10ᵏ below 10⁻³ or from 10⁵ up. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : `${MINUS}∞`;
  if (v === 0) return '0';
  const a = Math.abs(v);
  const s = a < 1e-3 || a >= 1e5 ? scientific(v, digits) : String(Number(v.toPrecision(digits)));
  return s.replace(/^-/, MINUS);
}

/** A solver tolerance, always as a power of ten: 1e-3 → "10⁻³", 3.162e-4 → "3.16 × 10⁻⁴". */
export function formatTolerance(v: number, digits = 3): string {
  if (!(v > 0) || !Number.isFinite(v)) return formatNumber(v);
  return scientific(v, digits);
}

/** A tolerance given by its base-10 exponent, as the sliders store it: −6 → "10⁻⁶", −3.5 → "3.16 × 10⁻⁴". */
export function formatToleranceExp(log10: number): string {
  return Number.isInteger(log10) ? powerOfTen(log10) : formatTolerance(10 ** log10);
}

/** A tick label: a linear axis gets up to 3 significant digits; a log axis labels only powers of ten. */
export function tickLabel(v: number, log = false): string {
  if (log) {
    const k = Math.round(Math.log10(v));
    return Math.abs(Math.log10(v) - k) < 1e-9 ? powerOfTen(k) : '';
  }
  if (v === 0) return '0';
  return String(Number(v.toPrecision(3))).replace('-', MINUS);
}

/** Bytes in decimal units for memory readouts: 950 B, 12 kB, 3.4 MB. */
export function formatBytes(b: number): string {
  return b >= 1e6 ? `${(b / 1e6).toFixed(b >= 1e7 ? 0 : 1)} MB` : b >= 1e3 ? `${(b / 1e3).toFixed(0)} kB` : `${b.toFixed(0)} B`;
}
