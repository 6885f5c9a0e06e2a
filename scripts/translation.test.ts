/**
 * The Chinese edition keeps in step with the English (issue #16):
 *
 * - every shell string and every widget string table has both languages, with the same keys and value types,
 *   and the Chinese shell strings are Chinese;
 * - every English chapter has a Chinese one with the same sections (the same h2/h3 headings, by level and in
 *   order), the same widgets and callouts with the same props (text props — caption, title, alt, label — are
 *   translated and not compared), the same citations and the same glossary links;
 * - every term of content/zh/terminology.json is written as the file fixes it: where the English chapter uses
 *   the term, the Chinese chapter uses its `zh`, and nowhere one of its `avoid` forms.
 *
 * Chapters are read with the site's own MDX parser (remark-mdx, scripts/vite/mdxPipeline.ts), so a component
 * is a JSX node with attributes, not a pattern in text.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { collectChapters } from './vite/chaptersPlugin';
import { parseChapter } from './vite/mdxPipeline';
import { en } from '../app/shell/i18n/en';
import { zh } from '../app/shell/i18n/zh';
import { GLOSSARY, REFERENCES } from '../app/mdx/sources';
import terminology from '../content/zh/terminology.json';

const root = join(import.meta.dirname, '..');
const contentDir = join(root, 'content');
const chapters = collectChapters(contentDir);
const english = chapters.filter((c) => c.lang === 'en');
const widgetTags = readdirSync(join(root, 'app/widgets')).filter((d) => existsSync(join(root, 'app/widgets', d, 'meta.ts')));

/** Han characters (CJK Unified Ideographs and Extension A) and CJK punctuation. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

describe('shell strings', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('are non-empty, and every Chinese one is written in Chinese', () => {
    for (const [k, v] of Object.entries(en)) expect(v.trim(), `en.${k}`).not.toBe('');
    for (const [k, v] of Object.entries(zh)) expect(v, `zh.${k}`).toMatch(CJK);
  });

  it('keep the placeholders of the English ones', () => {
    const holes = (s: string) => [...s.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect(holes(zh[k]), k).toEqual(holes(en[k]));
  });
});

describe('the glossary and the references in Chinese', () => {
  it('every glossary term has a Chinese term, definition and running-text pattern', () => {
    for (const [id, e] of Object.entries(GLOSSARY)) {
      expect(e.zh.term, id).toMatch(CJK);
      expect(e.zh.definition, id).toMatch(CJK);
      expect(e.zh.match.test(e.zh.term), `${id}: its pattern finds its own term`).toBe(true);
    }
  });

  it('every reference with a note has it in Chinese too', () => {
    for (const [k, r] of Object.entries(REFERENCES)) if ('note' in r) expect('noteZh' in r ? r.noteZh : '', k).toMatch(CJK);
  });
});

/** Every string table made with defineStrings (`{ en: {...}, zh: {...} }`) under app/. */
const tableModules = import.meta.glob<Record<string, unknown>>(['../app/widgets/**/strings.ts', '../app/widgets/**/*Strings.ts', '../app/mdx/strings.ts'], { eager: true });
const isTable = (v: unknown): v is { en: Record<string, unknown>; zh: Record<string, unknown> } =>
  typeof v === 'object' && v !== null && 'en' in v && 'zh' in v && typeof v.en === 'object' && typeof v.zh === 'object';

describe('widget and component string tables', () => {
  const tables = Object.entries(tableModules).flatMap(([file, mod]) => Object.entries(mod).filter(([, v]) => isTable(v)).map(([name, v]) => ({ where: `${file.replace('../', '')}: ${name}`, table: v as { en: Record<string, unknown>; zh: Record<string, unknown> } })));

  it('exist (the shared ones at least)', () => {
    expect(tables.map((t) => t.where)).toEqual(expect.arrayContaining([expect.stringContaining('app/widgets/common/strings.ts'), expect.stringContaining('app/mdx/strings.ts')]));
  });

  for (const { where, table } of tables) {
    it(`${where}: the same keys in both languages, with values of the same type`, () => {
      expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
      for (const k of Object.keys(table.en)) {
        expect(typeof table.zh[k], `${k}`).toBe(typeof table.en[k]);
        if (typeof table.en[k] === 'string') expect((table.zh[k] as string).trim() === '', `${k} is empty in zh`).toBe((table.en[k] as string).trim() === '');
      }
    });
  }
});

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const c of node.children as Nodes[]) walk(c, visit);
}

const isJsx = (n: Nodes): n is Jsx => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';

/** Props that carry text for the reader: translated, so not compared. */
const TEXT_PROPS = new Set(['caption', 'title', 'alt', 'label']);

/** A JSX element's props as the source writes them (`eq="stiff"`, `refs={[…]}`), text props left out. */
function props(el: Jsx): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of el.attributes) {
    if (a.type !== 'mdxJsxAttribute' || TEXT_PROPS.has(a.name)) continue;
    out[a.name] = a.value === null || a.value === undefined ? 'true' : typeof a.value === 'string' ? a.value : `{${a.value.value.replace(/\s+/g, ' ').trim()}}`;
  }
  return out;
}

interface Outline {
  /** The h2/h3 headings' levels, in order. */
  sections: number[];
  /** Widgets and callouts, in order, with their props. */
  components: string[];
  /** Citation keys and glossary ids used, each once, sorted. */
  cites: string[];
  terms: string[];
}

function outline(src: string): Outline {
  const tree: Root = parseChapter(src);
  const sections: number[] = [];
  const components: string[] = [];
  const cites = new Set<string>();
  const terms = new Set<string>();
  walk(tree, (n) => {
    if (n.type === 'heading' && ((n as Heading).depth === 2 || (n as Heading).depth === 3)) sections.push((n as Heading).depth);
    if (!isJsx(n) || !n.name) return;
    if (n.name === 'Cite') cites.add(props(n).k ?? '');
    else if (n.name === 'Term') terms.add(props(n).id ?? '');
    else components.push(`${n.name} ${JSON.stringify(props(n))}`);
  });
  return { sections, components, cites: [...cites].sort(), terms: [...terms].sort() };
}

const read = (lang: string, slug: string) => readFileSync(join(contentDir, lang, `${slug}.mdx`), 'utf8');

describe('Chinese chapters', () => {
  for (const c of english) {
    const file = join(contentDir, 'zh', `${c.slug}.mdx`);
    describe(c.slug, () => {
      it('has a Chinese translation', () => {
        expect(existsSync(file), `content/zh/${c.slug}.mdx`).toBe(true);
      });
      if (!existsSync(file)) return;
      const a = outline(read('en', c.slug));
      const b = outline(read('zh', c.slug));

      it('has the same sections, in the same order (h2 and h3)', () => {
        expect(a.sections.length).toBeGreaterThan(3);
        expect(b.sections).toEqual(a.sections);
      });

      it('has the same widgets and callouts, in order, with the same props', () => {
        expect(a.components.some((x) => widgetTags.includes(x.split(' ')[0]))).toBe(true);
        expect(b.components).toEqual(a.components);
      });

      it('cites the same sources and links the same glossary terms', () => {
        expect(b.cites).toEqual(a.cites);
        expect(b.terms).toEqual(a.terms);
      });
    });
  }
});

/** A chapter's words: front matter, code, maths and link targets cut out (terms in them are not prose: `/resnet-to-ode` is not "ResNet"). */
const words = (src: string) =>
  src
    .replace(/^---[\s\S]*?---/, '')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ');

describe('terminology (content/zh/terminology.json)', () => {
  it('every term has a Chinese form, and no form it avoids contains it', () => {
    for (const t of terminology.terms) {
      expect(t.zh, t.en).toMatch(/\S/);
      for (const bad of t.avoid) expect(t.zh.includes(bad), `${t.en}: ${bad}`).toBe(false);
    }
  });

  for (const c of english.filter((x) => existsSync(join(contentDir, 'zh', `${x.slug}.mdx`)))) {
    it(`${c.slug}: each term the English uses is written as fixed in the Chinese, and no avoided form appears`, () => {
      const enText = words(read('en', c.slug)).toLowerCase();
      const zhText = words(read('zh', c.slug));
      const missing: string[] = [];
      const avoided: string[] = [];
      for (const t of terminology.terms) {
        const forms = ('match' in t && Array.isArray(t.match) ? t.match : [t.en]).map((f) => f.toLowerCase().replace(/['’]/g, "['’]"));
        if (forms.some((f) => new RegExp(f).test(enText)) && !zhText.includes(t.zh)) missing.push(`${t.en} → ${t.zh}`);
        for (const bad of t.avoid) if (zhText.includes(bad)) avoided.push(`${bad} (use ${t.zh})`);
      }
      expect(missing, 'terms the English uses whose fixed Chinese form is absent').toEqual([]);
      expect(avoided, 'avoided forms').toEqual([]);
    });
  }
});
