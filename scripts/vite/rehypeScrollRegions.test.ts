import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { describe, expect, it } from 'vitest';
import rehypeScrollRegions from './rehypeScrollRegions';

/** Compiles MDX as the site does (maths, tables, KaTeX) and returns the generated JSX source. */
async function jsx(source: string): Promise<string> {
  const out = await compile(source, { jsx: true, remarkPlugins: [remarkMath, remarkGfm], rehypePlugins: [rehypeKatex, rehypeScrollRegions] });
  return String(out);
}

describe('rehypeScrollRegions', () => {
  it('wraps a display equation, a code block and a table, each once, and says which it is', async () => {
    const src = ['Inline $a+b$ stays inline.', '', '$$', 'x = \\frac{1}{2}', '$$', '', '```', 'npm start', '```', '', '| a | b |', '|---|---|', '| 1 | 2 |'].join('\n');
    const out = await jsx(src);
    expect(out.match(/<ScrollRegion kind="equation">/g)).toHaveLength(1);
    expect(out.match(/<ScrollRegion kind="code">/g)).toHaveLength(1);
    expect(out.match(/<ScrollRegion kind="table">/g)).toHaveLength(1);
    // The inline formula is not wrapped: exactly one equation region for two formulas.
    expect(out.match(/className="katex"/g)?.length).toBe(2);
  });

  it('leaves prose without wide content alone', async () => {
    expect(await jsx('Just a paragraph with $x$.')).not.toContain('ScrollRegion');
  });
});
