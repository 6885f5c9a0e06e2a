/** Every refusal `decodeQuery` can word is worded in Chinese too, with the key and the raw value kept. */
import { describe, expect, it } from 'vitest';
import { bool, decodeQuery, num, numList, oneOf, text, urlProblemText } from './urlSchema';

const schema = {
  h: num({ default: 0.1, min: 0.001, max: 1 }),
  n: num({ default: 3, integer: true, note: 'steps' }),
  m: oneOf(['euler', 'dopri5'] as const, 'dopri5'),
  b: bool(false),
  f: text('', 5),
  y0: numList([1], { min: -5, max: 5, maxItems: 3 }),
};

describe('address problems in Chinese', () => {
  const query = '?h=9&n=2.5&m=rk9&b=maybe&f=toolong&y0=1_x&zz=1&h2=abc';
  const { problems } = decodeQuery(schema, query);

  it('words every refusal, keeping the setting name and the value from the address', () => {
    expect(problems.length).toBeGreaterThanOrEqual(7);
    for (const p of problems) {
      const zh = urlProblemText(p, 'zh');
      expect(zh, p).not.toBe(p);
      expect(zh, p).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, p).not.toMatch(/\b(is|not|of|than|needs|setting|widget|outside)\b/);
      expect(zh.startsWith(p.split(':')[0]), p).toBe(true);
    }
  });

  it('leaves English as it is, and a sentence it does not know unchanged', () => {
    for (const p of problems) expect(urlProblemText(p, 'en')).toBe(p);
    expect(urlProblemText('pts: the drawing could not be read', 'zh')).toBe('pts: the drawing could not be read');
  });
});
