/**
 * A chapter compiles without KaTeX's markup, one `<Maths i>` per formula, and its formula table holds that
 * markup in the same order; files outside the chapters keep their formulas inline.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { chapterFormulas } from './chapterMathsPlugin';
import { chapterPlugins } from './chapterPlugins';

const SOURCE = `---
title: T
order: 1
summary: S
---

An inline $y' = f(t, y)$, and then a display:

$$
\\frac{\\mathrm{d}y}{\\mathrm{d}t} = \\lambda y
$$

and $x_0$ again.
`;

function chapterFile(): { contentDir: string; path: string } {
  const contentDir = mkdtempSync(join(tmpdir(), 'maths-'));
  mkdirSync(join(contentDir, 'en'));
  const path = join(contentDir, 'en', 'demo.mdx');
  writeFileSync(path, SOURCE);
  return { contentDir, path };
}

const texOf = (html: string) => /<annotation encoding="application\/x-tex">([^<]*)</.exec(html)?.[1];

describe('rehypeMaths', () => {
  it('takes every formula out of the chapter body and counts them', async () => {
    const { contentDir, path } = chapterFile();
    const body = String(await compile({ path, value: SOURCE }, chapterPlugins(contentDir)));
    expect(body).not.toContain('katex-mathml');
    expect(body).toMatch(/export const mathsCount = 3/);
    expect(body).toContain('import("virtual:chapter-maths/en/demo")');
    expect([...body.matchAll(/i: "(\d)"/g)].map((m) => m[1])).toEqual(['0', '1', '2']);
    // The display keeps its wrapper (and so its scroll region); only KaTeX's root is replaced.
    expect(body).toContain('"katex-display"');
  });

  it('gives the table each formula’s markup in document order', async () => {
    const { contentDir, path } = chapterFile();
    const table = await chapterFormulas(contentDir, path);
    expect(table.map(texOf)).toEqual(["y' = f(t, y)", '\\frac{\\mathrm{d}y}{\\mathrm{d}t} = \\lambda y', 'x_0']);
    for (const html of table) expect(html).toMatch(/^<span class="katex-mathml">[\s\S]*<span class="katex-html" aria-hidden="true">/);
  });

  it('leaves a file outside the content folder as it was', async () => {
    const { contentDir } = chapterFile();
    const body = String(await compile({ path: join(tmpdir(), 'elsewhere.mdx'), value: SOURCE }, chapterPlugins(contentDir)));
    expect(body).toContain('katex-mathml');
    expect(body).not.toContain('mathsCount');
  });
});
