import { describe, expect, it } from 'vitest';
import { acceptedValues, bool, decodeHash, decodeQuery, encodeQuery, num, numList, oneOf, siteParams, text, urlProblemText } from './urlSchema';

const schema = {
  y0: num({ default: 1, min: -5, max: 5 }),
  method: oneOf(['euler', 'dopri5'] as const, 'dopri5'),
  trails: bool(true),
  starts: numList([0.5, 1]),
};

describe('URL schema', () => {
  it('round-trips set values and omits defaults', () => {
    const q = encodeQuery(schema, { y0: -2.5, method: 'euler', trails: true, starts: [1, -0.25] });
    expect(q).toBe('?y0=-2.5&method=euler&starts=1_-0.25');
    expect(decodeQuery(schema, q)).toEqual({ values: { y0: -2.5, method: 'euler', trails: true, starts: [1, -0.25] }, problems: [] });
  });

  it('keeps the good values of a malformed link and names each bad one', () => {
    const { values, problems } = decodeQuery(schema, '?y0=abc&method=rk9&trails=0&starts=1_x&zoom=3');
    expect(values).toEqual({ y0: 1, method: 'dopri5', trails: false, starts: [0.5, 1] });
    expect(problems.map((p) => urlProblemText(p, 'en'))).toEqual([
      'y0: "abc" is not a number',
      'method: "rk9" is not one of euler, dopri5',
      'starts: "x" is not a number in [-Infinity, Infinity]',
      'zoom: not a setting of this widget',
    ]);
  });

  it('neither reports nor keeps the page-wide backend setting as a widget value', () => {
    expect(decodeQuery(schema, '?backend=wasm&y0=2')).toEqual({ values: { y0: 2, method: 'dopri5', trails: true, starts: [0.5, 1] }, problems: [] });
    expect(siteParams('?y0=2&backend=wasm&zoom=1')).toBe('?backend=wasm');
    expect(siteParams('?y0=2')).toBe('');
  });

  it('rejects values outside the allowed range', () => {
    expect(decodeQuery(schema, '?y0=9').problems.map((p) => urlProblemText(p, 'en'))).toEqual(['y0: 9 is outside [-5, 5]']);
  });

  it('never throws on malformed percent-encoding in the query or the fragment', () => {
    expect(() => decodeQuery(schema, '?%E0%A4%A')).not.toThrow();
    expect(decodeQuery(schema, '?y0=%E0%A4%A&method=euler').values.method).toBe('euler');
    expect(decodeHash('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeHash('#caf%C3%A9')).toBe('café');
  });

  it('writes only accepted values: a rejected one keeps the last accepted value, else the default', () => {
    const withText = { ...schema, f: text('sin(t) - y', 300) };
    const base = { y0: 1, method: 'dopri5' as const, trails: true, starts: [0.5, 1], f: 'y' };
    const long = 'y+'.repeat(5000) + 'y';
    const q = encodeQuery(withText, { ...base, y0: 2, f: long }, base);
    expect(q).toBe('?y0=2&f=y');
    expect(encodeQuery(withText, { ...base, f: long })).toBe('');
    expect(acceptedValues(withText, { ...base, y0: 3, f: long }, base)).toEqual({ ...base, y0: 3 });
  });
});
