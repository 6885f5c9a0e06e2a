import { describe, expect, it } from 'vitest';
import { decodeDrawing, DRAW_GRID, encodeDrawing, fromGrid, MAX_DRAWN_SAMPLES, toGrid, type DrawnSample } from './drawnPoints';
import { drawYourDataSchema } from './flowMatching';
import { decodeQuery, urlProblemText, encodeQuery, MAX_QUERY_LENGTH } from './urlSchema';

const stroke = (n: number, start = 0): DrawnSample[] =>
  Array.from({ length: n }, (_, i) => ({ qx: (start + 37 * i) % DRAW_GRID, qy: (start + 1000 + 91 * i) % DRAW_GRID, first: i === 0 }));

describe('a drawing in the URL', () => {
  it('round-trips exactly, four characters a pointer sample, grid corners included', () => {
    const samples = [...stroke(30), ...stroke(12, 5), { qx: 0, qy: DRAW_GRID - 1, first: true }, { qx: DRAW_GRID - 1, qy: 0, first: false }];
    const text = encodeDrawing(samples);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(text.length).toBe(4 * samples.length);
    expect(decodeDrawing(text)).toEqual({ ok: true, value: samples });
  });

  it('keeps a point within half a grid cell, and clamps points outside the window to its edge', () => {
    const extent = 4.5;
    for (const v of [-4.5, -1.2345, 0, 0.001, 3.99]) expect(Math.abs(fromGrid(toGrid(v, extent), extent) - v)).toBeLessThanOrEqual(extent / (DRAW_GRID - 1) + 1e-12);
    expect(toGrid(-9, extent)).toBe(0);
    expect(toGrid(9, extent)).toBe(DRAW_GRID - 1);
  });

  it('reports malformed values instead of guessing', () => {
    for (const bad of ['abc', 'ab*d', '////', '____', 'AAAA']) {
      const r = decodeDrawing(bad);
      expect(r.ok, bad).toBe(false);
    }
    // 'AAAA' is a sample that does not start a stroke: a drawing this site wrote always starts with one.
    expect(decodeDrawing(encodeDrawing(stroke(MAX_DRAWN_SAMPLES + 1))).ok).toBe(false);
  });

  it('the longest drawing a link holds fits under the site ceiling with every other setting at its longest', () => {
    const values = { set: 'drawn' as const, t: 0.37, tol: -6, seed: 1e9, pts: stroke(MAX_DRAWN_SAMPLES) };
    const q = `${encodeQuery(drawYourDataSchema, values)}&backend=wasm`;
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(decodeQuery(drawYourDataSchema, q)).toEqual({ values, problems: [] });
  });

  it('a malformed drawing is reported by name and loses no other setting', () => {
    const { values, problems } = decodeQuery(drawYourDataSchema, '?set=drawn&t=0.4&tol=-5&pts=%%%%');
    expect(problems).toHaveLength(1);
    expect(urlProblemText(problems[0], 'en')).toMatch(/^pts: /);
    expect(values).toMatchObject({ set: 'drawn', t: 0.4, tol: -5, pts: [] });
  });
});
