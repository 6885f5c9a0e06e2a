/**
 * Scales and tick formatting for the plots, from d3-scale. A `Frame` fixes the plot's pixel box and
 * margins once, so every mark of a figure uses the same mapping.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margins;
  x: ScaleContinuousNumeric<number, number>;
  y: ScaleContinuousNumeric<number, number>;
}

export interface FrameSpec {
  width: number;
  height: number;
  margin?: Partial<Margins>;
  x: [number, number];
  y: [number, number];
  /** Logarithmic axes (base 10) for the log-log convergence plot. */
  xLog?: boolean;
  yLog?: boolean;
}

export const DEFAULT_MARGIN: Margins = { top: 10, right: 12, bottom: 34, left: 46 };

export function makeFrame(spec: FrameSpec): Frame {
  const margin = { ...DEFAULT_MARGIN, ...spec.margin };
  const x = (spec.xLog ? scaleLog() : scaleLinear()).domain(spec.x).range([margin.left, spec.width - margin.right]);
  const y = (spec.yLog ? scaleLog() : scaleLinear()).domain(spec.y).range([spec.height - margin.bottom, margin.top]);
  return { width: spec.width, height: spec.height, margin, x, y };
}

/** A tick label: up to 3 significant digits, powers of ten as 10^k for log axes. */
export function tickLabel(v: number, log = false): string {
  if (log) {
    const k = Math.round(Math.log10(v));
    return Math.abs(Math.log10(v) - k) < 1e-9 ? `10${superscript(k)}` : '';
  }
  if (v === 0) return '0';
  return String(Number(v.toPrecision(3))).replace('-', '−');
}

/** Formats a figure for a readout: 3 significant digits, exponent form below 1e-3 or above 1e5. */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  let s: string;
  if (a < 1e-3 || a >= 1e5) {
    const [mant, exp] = v.toExponential(digits - 1).split('e');
    const m = Number(mant);
    s = `${m === 1 ? '' : m === -1 ? '-' : `${m} × `}10${superscript(Number(exp))}`;
  } else s = String(Number(v.toPrecision(digits)));
  return s.replace(/^-/, '−');
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** An integer exponent in superscript characters, e.g. −5 → "⁻⁵". */
export function superscript(k: number): string {
  return (k < 0 ? '⁻' : '') + String(Math.abs(k)).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}
