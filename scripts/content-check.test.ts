/**
 * Content checks (react.dev's CI idea): every chapter's front matter is complete, every internal link
 * points at a chapter, a widget page or a heading that exists, heading ids are unique within a chapter, and
 * every capitalised JSX tag a chapter uses is a registered component (a callout or a widget folder).
 *
 * Sources and glossary (issues #12, #13): no private citation keys such as "[P] Eq. 6"; every `<Cite>` names a
 * reference of app/mdx/sources.ts; each chapter ends with a bibliography listing exactly what it cites, which
 * includes the paper and torchdiffeq; every mention of the explainer the site follows links to it; every
 * glossary term's first use in a chapter's prose is inside its `<Term>` (so it is defined at its first use).
 *
 * The reader's frame (issue #13): each chapter opens with what the reader will be able to do after it, and
 * closes with a self-check of 3 to 5 questions, followed only by its sources.
 *
 * Every check runs on every language (issue #16): the Chinese chapters' frame wording comes from
 * content/zh/terminology.json, their glossary terms from each entry's `zh`, and their heading ids are the
 * English chapter's (scripts/vite/rehypeCounterpartIds.ts), so a link to `/<slug>#<english id>` (or
 * `/zh/<slug>#…`) from a Chinese chapter is checked against the ids its page really has.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectChapters } from './vite/chaptersPlugin';
import { headingIds as compiledHeadingIds } from './vite/mdxPipeline';
import rehypeCounterpartIds from './vite/rehypeCounterpartIds';
import terminology from '../content/zh/terminology.json';
import { GLOSSARY, isRefKey, isTermId, REFERENCES, type TermId } from '../app/mdx/sources';
import { bibliographies, citeKeys, paragraphs, proseOnly, sections, termUses } from './lib/chapterText';

const root = join(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const chapters = collectChapters(contentDir);
const widgetDirs = readdirSync(join(root, 'app/widgets')).filter((d) => existsSync(join(root, 'app/widgets', d, 'meta.ts')));
const widgetNames = widgetDirs.map((d) => /name:\s*'([^']+)'/.exec(readFileSync(join(root, 'app/widgets', d, 'meta.ts'), 'utf8'))?.[1]);
const callouts = ['Aside', 'Pitfall', 'DeepDive', 'Figure', 'Cite', 'Term', 'Bibliography'];

/** The wording of the chapter frame, per language (a language without an entry is not held to it yet). */
const heading = (h: string) => h.replace(/^#+\s*/, '');
const FRAME: Record<string, { opening: string; selfCheck: string; sources: string }> = {
  en: { opening: 'After this chapter you will be able to', selfCheck: 'Check yourself', sources: 'Sources' },
  zh: { opening: terminology.frame.opening.zh, selfCheck: heading(terminology.frame.selfCheck.zh), sources: heading(terminology.frame.sources.zh) },
};
/** The glossary's running-text pattern of a term in a language. */
const termMatch = (id: TermId, lang: string): RegExp => (lang === 'zh' ? GLOSSARY[id].zh.match : GLOSSARY[id].match);
/** Every chapter links to these two (issue #12: "every chapter links to the paper and to torchdiffeq"). */
const ALWAYS_CITED = ['chen2018', 'torchdiffeq'];

function body(lang: string, slug: string): string {
  return readFileSync(join(contentDir, lang, `${slug}.mdx`), 'utf8').replace(/^---[\s\S]*?---/, '');
}

const idCache = new Map<string, string[]>();
/**
 * A chapter's heading ids as its compiled page has them: the site's own MDX pipeline with rehype-slug, and for
 * a translated chapter the English ids by position first (rehypeCounterpartIds).
 */
function headingIds(lang: string, slug: string): string[] {
  const key = `${lang}/${slug}`;
  if (!idCache.has(key)) {
    const file = join(contentDir, lang, `${slug}.mdx`);
    const ids = compiledHeadingIds(readFileSync(file, 'utf8'), file, () => rehypeCounterpartIds({ contentDir }));
    idCache.set(key, ids.map((h) => h.id));
  }
  return idCache.get(key)!;
}

/** A site path without its language prefix (`/zh/ode-basics` → `/ode-basics`, `/zh` → `/`). */
const withoutLang = (path: string, lang: string) => (lang !== 'en' && (path === `/${lang}` || path.startsWith(`/${lang}/`)) ? path.slice(lang.length + 1) || '/' : path);

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
        const ids = headingIds(c.lang, c.slug);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      });

      it('links only to pages and headings that exist', () => {
        const links = [...src.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2]);
        const dead = links.filter((link) => {
          const [path, hash] = link.split('#');
          const clean = withoutLang(path.split('?')[0], c.lang);
          if (['/', '/widgets', '/glossary', '/references'].includes(clean)) return false;
          const widget = /^\/widget\/([\w-]+)$/.exec(clean);
          if (widget) return !widgetNames.includes(widget[1]);
          const target = chapters.find((x) => x.lang === c.lang && `/${x.slug}` === clean);
          if (!target) return true;
          return hash !== undefined && !headingIds(c.lang, target.slug).includes(decodeURIComponent(hash));
        });
        expect(dead).toEqual([]);
      });

      it('has no private citation keys, and every citation names a known reference', () => {
        const prose = src.replace(/```[\s\S]*?```/g, '');
        expect(prose.match(/\[[A-Z]\](?=[\s,.;:)])|\[[A-Z]\s+(?:§|Eq|App|Fig|Table|Theorem|Alg)[^\]]*\]/g) ?? []).toEqual([]);
        const keys = citeKeys(src);
        expect(keys.filter((k) => !isRefKey(k))).toEqual([]);
      });

      it('ends with a bibliography of exactly the sources it cites, the paper and torchdiffeq among them', () => {
        const bibs = bibliographies(src);
        expect(bibs.length).toBe(1);
        const cited = [...new Set(citeKeys(src))].sort();
        expect([...bibs[0]].sort()).toEqual(cited);
        for (const k of ALWAYS_CITED) expect(cited, `cites ${k}`).toContain(k);
      });

      it('links every mention of the explainer it follows to its entry', () => {
        const unlinked = paragraphs(src).filter((p) => /explainer/i.test(p) && !p.includes('<Cite k="jiang2018"'));
        expect(unlinked).toEqual([]);
      });

      it('uses only glossary terms that exist, and puts each term\u2019s first use in the prose inside its <Term>', () => {
        const uses = termUses(src);
        expect(uses.map((u) => u.id).filter((id) => !isTermId(id))).toEqual([]);
        let prose = proseOnly(src);
        // The opening "after this chapter" paragraph previews the chapter; terms are defined where they are taught.
        const first = paragraphs(src)[0];
        if (first && FRAME[c.lang] && first.startsWith(FRAME[c.lang].opening)) {
          const at = src.indexOf(first);
          prose = prose.slice(0, at) + ' '.repeat(first.length) + prose.slice(at + first.length);
        }
        const undefinedAtFirstUse: string[] = [];
        for (const id of Object.keys(GLOSSARY) as TermId[]) {
          const m = termMatch(id, c.lang).exec(prose);
          if (!m) continue;
          const inside = uses.some((u) => u.id === id && u.start <= m.index && m.index < u.end);
          if (!inside) undefinedAtFirstUse.push(`${id}: "${prose.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ').trim()}"`);
        }
        expect(undefinedAtFirstUse).toEqual([]);
      });

      it.runIf(FRAME[c.lang] !== undefined)('opens with what the reader will be able to do, and closes with a self-check and its sources', () => {
        const f = FRAME[c.lang];
        expect(paragraphs(src)[0].startsWith(f.opening)).toBe(true);
        const secs = sections(src);
        expect(secs.map((x) => x.heading).slice(-2)).toEqual([f.selfCheck, f.sources]);
        const questions = [...secs.at(-2)!.text.matchAll(/^\d+\.\s+\S/gm)];
        expect(questions.length).toBeGreaterThanOrEqual(3);
        expect(questions.length).toBeLessThanOrEqual(5);
        expect(secs.at(-1)!.text.trim()).toMatch(/^<Bibliography /);
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

describe('the sources and the glossary', () => {
  it('every reference has an author, a title and a link', () => {
    for (const [k, r] of Object.entries(REFERENCES)) {
      expect(r.authors.length, k).toBeGreaterThan(0);
      expect(r.title.length, k).toBeGreaterThan(0);
      expect(r.url, k).toMatch(/^https:\/\//);
    }
  });

  it('every glossary term points at the chapter section that teaches it, and is used there', () => {
    for (const [id, e] of Object.entries(GLOSSARY)) {
      const [slug, hash] = e.taught.split('#');
      const chapter = chapters.find((c) => c.lang === 'en' && c.slug === slug);
      expect(chapter, `${id}: chapter ${slug}`).toBeDefined();
      const src = body('en', slug);
      if (hash) expect(headingIds('en', slug), `${id}: #${hash}`).toContain(hash);
      expect(termUses(src).some((u) => u.id === id), `${id} is linked in ${slug}`).toBe(true);
    }
  });

  it('every glossary term is linked in the translation of the chapter that teaches it, where there is one', () => {
    for (const [id, e] of Object.entries(GLOSSARY)) {
      const slug = e.taught.split('#')[0];
      for (const c of chapters.filter((x) => x.lang !== 'en' && x.slug === slug)) {
        expect(termUses(body(c.lang, slug)).some((u) => u.id === id), `${id} is linked in ${c.lang}/${slug}`).toBe(true);
      }
    }
  });

  it('covers the terms issue #12 names', () => {
    const terms = Object.values(GLOSSARY).map((e) => e.term.toLowerCase()).join(' | ');
    for (const t of ['nfe', 'rtol', 'atol', 'step-size controller', 'jacobian', 'vector–jacobian product (vjp)', 'lipschitz', 'adjoint state', 'trace', "hutchinson's estimator", 'flow', 'cnf']) {
      expect(terms).toContain(t);
    }
  });
});
