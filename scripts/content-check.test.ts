/**
 * Content checks (react.dev's CI idea): every chapter's front matter is complete, every internal link
 * points at a chapter, a widget page or a heading that exists, heading ids are unique within a chapter, and
 * every capitalised JSX tag a chapter uses is a registered component (a callout or a widget folder).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { collectChapters } from './vite/chaptersPlugin';

const root = join(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const chapters = collectChapters(contentDir);
const widgetDirs = readdirSync(join(root, 'app/widgets')).filter((d) => existsSync(join(root, 'app/widgets', d, 'meta.ts')));
const widgetNames = widgetDirs.map((d) => /name:\s*'([^']+)'/.exec(readFileSync(join(root, 'app/widgets', d, 'meta.ts'), 'utf8'))?.[1]);
const callouts = ['Aside', 'Pitfall', 'DeepDive', 'Figure', 'Cite'];

function body(lang: string, slug: string): string {
  return readFileSync(join(contentDir, lang, `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?---/, '');
}

/** Heading ids as rehype-slug makes them (github-slugger over the heading's text). */
function headingIds(src: string): string[] {
  const slugger = new GithubSlugger();
  const noCode = src.replace(/```[\s\S]*?```/g, '');
  return [...noCode.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => slugger.slug(m[1].replace(/\$[^$]*\$/g, (x) => x).replace(/[*_`]/g, '').trim()));
}

describe('chapters', () => {
  it('exist, with unique slugs and orders', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(new Set(chapters.map((c) => `${c.lang}/${c.slug}`)).size).toBe(chapters.length);
    for (const lang of new Set(chapters.map((c) => c.lang))) {
      const orders = chapters.filter((c) => c.lang === lang).map((c) => c.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  for (const c of chapters) {
    describe(`${c.lang}/${c.slug}`, () => {
      const src = body(c.lang, c.slug);

      it('has unique heading ids', () => {
        const ids = headingIds(src);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      });

      it('links only to pages and headings that exist', () => {
        const links = [...src.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]);
        const dead = links.filter((link) => {
          const [path, hash] = link.split('#');
          const clean = path.split('?')[0];
          if (clean === '/' || clean === '/widgets') return false;
          const widget = /^\/widget\/([\w-]+)$/.exec(clean);
          if (widget) return !widgetNames.includes(widget[1]);
          const target = chapters.find((x) => x.lang === c.lang && `/${x.slug}` === clean);
          if (!target) return true;
          return hash !== undefined && !headingIds(body(c.lang, target.slug)).includes(hash);
        });
        expect(dead).toEqual([]);
      });

      it('uses only registered components', () => {
        const noCode = src.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
        const tags = new Set([...noCode.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((m) => m[1]));
        const unknown = [...tags].filter((t) => !callouts.includes(t) && !widgetDirs.includes(t));
        expect(unknown).toEqual([]);
      });
    });
  }
});
