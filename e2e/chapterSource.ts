/**
 * What the chapter sources say, read straight from content/en/*.mdx, so the prerendering tests compare the
 * HTML against the text the author wrote rather than against the code that renders it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ChapterSource { slug: string; title: string; summary: string; order: number; headings: string[]; proseFragments: string[] }

/**
 * The plain-text runs of a prose paragraph: maths, inline code, JSX tags and emphasis markers are cut out
 * (they render differently), links keep their text; runs of 25 characters or more are kept.
 */
export function proseFragments(paragraph: string): string[] {
  return paragraph
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\$\$[\s\S]*?\$\$|\$[^$]*\$|`[^`]*`|<[^>]*>|\*+|\b_|_\b|\\./)
    .map((f) => f.replace(/\s+/g, ' ').trim())
    .filter((f) => f.length >= 25 && !/[{}|#]/.test(f));
}

const dir = join(process.cwd(), 'content/en');

/** Markdown headings (##, ###) as plain text, and the paragraphs that have no markup or maths in them. */
export function chapterSources(): ChapterSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const src = readFileSync(join(dir, f), 'utf8');
      const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src) ?? [];
      const meta = parse(fm) as { title: string; summary: string; order: number };
      const blocks = body.split(/\n\s*\n/).map((b) => b.trim());
      const headings = blocks.flatMap((b) => b.split('\n')).filter((l) => /^#{2,3} /.test(l)).map((l) => l.replace(/^#+ /, ''));
      const prose = blocks.filter((b) => /^[A-Z(“"']/.test(b));
      return { slug: f.replace(/\.mdx$/, ''), title: meta.title, summary: meta.summary, order: meta.order, headings, proseFragments: prose.flatMap(proseFragments) };
    })
    .sort((a, b) => a.order - b.order);
}
