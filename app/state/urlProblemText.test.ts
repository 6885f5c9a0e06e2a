/** Every refusal `decodeQuery` can report is worded in English and in Chinese, with the key and the raw value kept. */
import { describe, expect, it } from 'vitest';
import { bool, decodeQuery, num, numList, oneOf, text, urlProblemText } from './urlSchema';
import { drawYourDataSchema } from './flowMatching';
import { odePlaygroundSchema } from './odePlayground';
import { cnfTrainerSchema } from './cnfTrainer';
import { spiralTrainerSchema } from './spiralTrainer';

const schema = {
  h: num({ default: 0.1, min: 0.001, max: 1 }),
  n: num({ default: 3, integer: true, note: { en: 'steps', zh: '步数' } }),
  m: oneOf(['euler', 'dopri5'] as const, 'dopri5'),
  b: bool(false),
  f: text('', 5),
  y0: numList([1], { min: -5, max: 5, maxItems: 3 }),
};

describe('address problems in English and Chinese', () => {
  const query = '?h=9&n=2.5&m=rk9&b=maybe&f=toolong&y0=1_x&zz=1&h2=abc';
  const { problems } = decodeQuery(schema, query);

  it('words every refusal in Chinese, keeping the setting name and the value from the address', () => {
    expect(problems.length).toBeGreaterThanOrEqual(7);
    for (const p of problems) {
      const zh = urlProblemText(p, 'zh');
      const en = urlProblemText(p, 'en');
      expect(zh, en).not.toBe(en);
      expect(zh, en).toMatch(/[\u4e00-\u9fff]/);
      expect(zh, en).not.toMatch(/\b(is|not|of|than|needs|setting|widget|outside)\b/);
      expect(zh.startsWith(p.key), en).toBe(true);
    }
  });

  it('words them in English as the address names them', () => {
    expect(problems.map((p) => urlProblemText(p, 'en'))).toEqual([
      'h: 9 is outside [0.001, 1]',
      'n: "2.5" is not a whole number (steps)',
      'm: "rk9" is not one of euler, dopri5',
      'b: "maybe" is not true or false',
      'f: longer than 5 characters',
      'y0: "x" is not a number in [-5, 5]',
      'zz: not a setting of this widget',
      'h2: not a setting of this widget',
    ]);
  });

  it('a drawing that does not decode says why in English and is named in Chinese', () => {
    const { problems: drawn } = decodeQuery(drawYourDataSchema, '?set=drawn&pts=abc');
    expect(drawn).toHaveLength(1);
    expect(urlProblemText(drawn[0], 'en')).toBe('pts: 3 characters is not a drawing this site wrote (it must be groups of four)');
    expect(urlProblemText(drawn[0], 'zh')).toMatch(/^pts：.*[\u4e00-\u9fff]/);
    expect(urlProblemText(drawn[0], 'zh')).not.toMatch(/\b(is|not|characters)\b/);
  });
});

describe("the shipped schemas' notes", () => {
  it('explain a log10 setting in the reader’s language', () => {
    for (const [schema, query] of [[odePlaygroundSchema, '?tol=9'], [cnfTrainerSchema, '?lr=9'], [spiralTrainerSchema, '?tol=9']] as const) {
      const [p] = decodeQuery(schema, query).problems;
      expect(urlProblemText(p, 'en')).toMatch(/is the log10 of/);
      expect(urlProblemText(p, 'zh')).toMatch(/以 10 为底的对数/);
      expect(urlProblemText(p, 'zh')).not.toMatch(/log10 of|means/);
    }
  });
});
