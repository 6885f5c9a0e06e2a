import { describe, expect, it } from 'vitest';
import { makeFrame } from './scales';
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
