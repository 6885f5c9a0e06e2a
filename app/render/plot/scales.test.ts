import { describe, expect, it } from 'vitest';
import { scaleLinear, scaleLog } from 'd3';
import { linearScale, logScale, makeFrame } from './scales';
import { formatNumber, formatTolerance, formatToleranceExp, tickLabel } from './format';
import { crossesPath, linePath, pointsPath } from './paths';

describe('plot helpers', () => {
  it('formats readout numbers with 3 significant digits and powers of ten in superscript', () => {
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(-2.5)).toBe('−2.5');
    expect(formatNumber(1e-5)).toBe('10⁻⁵');
    expect(formatNumber(5.364e-4)).toBe('5.36 × 10⁻⁴');
    expect(formatNumber(8.75e11)).toBe('8.75 × 10¹¹');
    expect(tickLabel(1e-12, true)).toBe('10⁻¹²');
    expect(tickLabel(3e-12, true)).toBe('');
  });

  it('writes every tolerance as a power of ten, whatever its size, with a true minus sign', () => {
    expect(formatTolerance(1e-3)).toBe('10⁻³');
    expect(formatTolerance(1e-7)).toBe('10⁻⁷');
    expect(formatToleranceExp(-6)).toBe('10⁻⁶');
    expect(formatToleranceExp(-3.5)).toBe('3.16 × 10⁻⁴');
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(Infinity)).toBe('∞');
  });

  it('draws computed points through the scales, breaking lines at non-finite values and clamping blow-ups', () => {
    const f = makeFrame({ width: 200, height: 100, x: [0, 10], y: [0, 1], margin: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(linePath([0, 5, NaN, 10], [0, 1, 0, 0.5], f.x, f.y)).toBe('M0.0,100.0L100.0,0.0M200.0,50.0');
    expect(pointsPath([0, 10], [1, 1e30], f.x, f.y)).toBe('M0.0,0.0h0M200.0,-100000.0h0');
    expect(crossesPath([5], [0.5], f.x, f.y, 2)).toBe('M98.0,48.0l4,4M98.0,52.0l4,-4');
  });
});

describe('the kit’s scales against d3-scale', () => {
  const DOMAINS: Array<[number, number]> = [[0, 1], [-3, 7], [2.5, -2.5], [0, 1e-6], [-1234.5, 98765], [0.1, 0.1]];
  const LOG_DOMAINS: Array<[number, number]> = [[1e-12, 1], [1e-3, 1e-1], [0.5, 40], [3e-8, 2e-2], [1, 1e6], [1e2, 1e-4]];
  const RANGE: [number, number] = [46, 628];
  const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

  it('maps, inverts and ticks a linear axis as d3-scale’s scaleLinear does', () => {
    for (const d of DOMAINS) {
      const ours = linearScale(d, RANGE);
      const ref = scaleLinear().domain(d).range(RANGE);
      for (const v of [d[0], d[1], (d[0] + d[1]) / 2, d[0] - 1, 3.7]) close(ours(v), ref(v));
      if (d[0] !== d[1]) for (const px of [46, 100, 628, 700]) close(ours.invert(px), ref.invert(px));
      for (const n of [2, 5, 6, 10]) expect(ours.ticks(n)).toEqual(ref.ticks(n));
    }
  });

  it('maps, inverts and ticks a log axis as d3-scale’s scaleLog does', () => {
    for (const d of LOG_DOMAINS) {
      const ours = logScale(d, RANGE);
      const ref = scaleLog().domain(d).range(RANGE);
      for (const v of [d[0], d[1], Math.sqrt(d[0] * d[1]), 2.5e-5, 3]) close(ours(v), ref(v));
      for (const px of [46, 300, 628]) expect(ours.invert(px) / ref.invert(px)).toBeCloseTo(1, 12);
      for (const n of [3, 5, 6, 10]) expect(ours.ticks(n)).toEqual(ref.ticks(n));
    }
  });
});
