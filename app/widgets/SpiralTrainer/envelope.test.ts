import { describe, expect, it } from 'vitest';
import { envelope } from './envelope';

describe('envelope', () => {
  it('keeps short series whole, with 1-based iteration numbers', () => {
    const e = envelope([3, 1, 2], 10);
    expect(Array.from(e.x)).toEqual([1, 2, 3]);
    expect(Array.from(e.y)).toEqual([3, 1, 2]);
  });

  it('reduces a long series to two points per column, keeping every extreme in order', () => {
    const v = Array.from({ length: 10000 }, (_, i) => Math.sin(i / 37) + (i === 5123 ? 9 : 0) - (i === 77 ? 9 : 0));
    const e = envelope(v, 100);
    expect(e.x.length).toBe(200);
    expect(Math.max(...e.y)).toBe(Math.max(...v));
    expect(Math.min(...e.y)).toBe(Math.min(...v));
    for (let i = 1; i < e.x.length; i++) expect(e.x[i]).toBeGreaterThan(e.x[i - 1]);
    e.x.forEach((x, i) => expect(e.y[i]).toBe(v[x - 1]));
  });
});
