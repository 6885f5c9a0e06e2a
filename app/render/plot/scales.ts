/**
 * Scales and frames for the plots. A `Frame` fixes the plot's pixel box and margins once, so every mark of
 * a figure uses the same mapping.
 *
 * The scales are d3-scale's linear and base-10 log scales reduced to what the kit uses: map, invert, domain,
 * range and ticks, with d3-array's `ticks` choosing the values, as d3-scale does (scales.test.ts checks
 * every one against d3-scale itself). Why not d3-scale: its continuous scales import d3-interpolate's generic
 * `interpolate`, which brings all of d3-color (its CSS colour-name table included) into every page with a
 * chart, 8.2 kB gzip for two affine maps; chapter 1's script budget is 150 kB (DESIGN.md, Budgets).
 * The log ticks follow d3-scale's `log.ticks` (src/log.js, ISC licence), base 10 only.
 */
import { ticks } from 'd3';
import './chart.css';

/** A continuous scale from data values to pixels. */
export interface Scale {
  (value: number): number;
  invert(px: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** About `count` round values across the domain, for ticks and grid lines. */
  ticks(count?: number): number[];
}

/**
 * A scale through a transform `f` (identity, or log10) with inverse `g`: value v maps to
 * r0 + (f(v) − f(d0)) / (f(d1) − f(d0)) · (r1 − r0). A zero-width domain maps to the middle of the range, as
 * in d3-scale.
 */
function transformed(d: [number, number], r: [number, number], f: (v: number) => number, g: (u: number) => number, tickValues: (count: number) => number[]): Scale {
  const [u0, u1] = [f(d[0]), f(d[1])];
  const t = (v: number) => (u1 === u0 ? (Number.isNaN(u1) ? NaN : 0.5) : (f(v) - u0) / (u1 - u0));
  const scale = ((v: number) => r[0] + t(v) * (r[1] - r[0])) as Scale;
  scale.invert = (px) => g(u0 + ((px - r[0]) / (r[1] - r[0])) * (u1 - u0));
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  scale.ticks = (count = 10) => tickValues(count);
  return scale;
}

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  return transformed(domain, range, (v) => v, (u) => u, (count) => ticks(domain[0], domain[1], count));
}

/** 10^x, exact for integer x (as d3-scale's `pow10`). */
const pow10 = (x: number) => (Number.isFinite(x) ? Number(`1e${x}`) : x < 0 ? 0 : x);

/**
 * Ticks of a base-10 log axis: every k·10^i (k = 1…9) inside the domain when it spans fewer than `count`
 * decades (falling back to linear ticks when that gives too few), else whole powers of ten.
 */
function logTicks([a, b]: [number, number], count: number): number[] {
  const reversed = b < a;
  const [u, v] = reversed ? [b, a] : [a, b];
  let i = Math.log10(u);
  let j = Math.log10(v);
  let z: number[] = [];
  if (j - i < count) {
    i = Math.floor(i);
    j = Math.ceil(j);
    if (u > 0) {
      for (; i <= j; ++i) {
        for (let k = 1; k < 10; ++k) {
          const t = i < 0 ? k / pow10(-i) : k * pow10(i);
          if (t < u) continue;
          if (t > v) break;
          z.push(t);
        }
      }
    }
    if (z.length * 2 < count) z = ticks(u, v, count);
  } else {
    z = ticks(i, j, Math.min(j - i, count)).map(pow10);
  }
  return reversed ? z.reverse() : z;
}

/** A base-10 log scale of a positive domain (the convergence and tolerance plots). */
export function logScale(domain: [number, number], range: [number, number]): Scale {
  return transformed(domain, range, Math.log10, (u) => 10 ** u, (count) => logTicks(domain, count));
}

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
  x: Scale;
  y: Scale;
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
  const x = (spec.xLog ? logScale : linearScale)(spec.x, [margin.left, spec.width - margin.right]);
  const y = (spec.yLog ? logScale : linearScale)(spec.y, [spec.height - margin.bottom, margin.top]);
  return { width: spec.width, height: spec.height, margin, x, y };
}
