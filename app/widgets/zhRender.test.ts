/**
 * Chinese pages show no English (issue 16, item 2): each widget of chapters 1–3 and the shared frame is
 * rendered on the server, as the prerender does, inside `<LangContext.Provider value="zh">`, and every
 * Latin-script word of its visible text and of its accessible names (aria-label, title, aria-valuetext…)
 * must be a proper name, a method name, a unit or a maths symbol from the list below. A string left in
 * English fails the test with the words it found. The English render is checked to contain English, so
 * the extraction itself cannot pass vacuously.
 */
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangContext, type Lang } from './common/i18n';
import { WidgetHostContext } from './common/host';
import { englishWords } from './englishWords';

const loaders = import.meta.glob<{ default: ComponentType<Record<string, unknown>> }>('./*/index.tsx');

/** The widgets this test covers (chapters 1–3); the other chapters' widgets have their own. */
const WIDGETS = ['OdePlayground', 'SpiralTrainer', 'ConvergencePlot', 'ParticleView', 'CrossingDemo', 'NetworkComparison', 'PlaneWarp', 'ResnetMorph', 'ToleranceExplorer'];

function render(Component: ComponentType<Record<string, unknown>>, lang: Lang, standalone: boolean, props: Record<string, unknown> = {}): string {
  const tree = createElement(Component, { standalone, ...props });
  return renderToString(createElement(WidgetHostContext.Provider, { value: standalone ? 'page' : 'chapter' }, createElement(LangContext.Provider, { value: lang }, tree)));
}

/** The text a reader sees or hears: text nodes and the attributes that name or describe things. */
function readable(html: string): string {
  const attrs = [...html.matchAll(/\s(?:aria-label|aria-valuetext|aria-roledescription|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = html.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  return [text, ...attrs].join(' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('widgets of chapters 1–3 in Chinese', () => {
  for (const name of WIDGETS) {
    it(`${name} shows no English on a Chinese page`, async () => {
      const mod = await loaders[`./${name}/index.tsx`]();
      const en = englishWords(readable(render(mod.default, 'en', false)));
      expect(en.length).toBeGreaterThan(10);
      for (const standalone of [false, true]) {
        const zh = englishWords(readable(render(mod.default, 'zh', standalone)));
        expect(zh, `${name}${standalone ? ' (own page)' : ''}`).toEqual([]);
      }
    });
  }
});

/**
 * A value the address refused is named in the page's language, also where a widget wraps it in its own
 * sentence ("Ignored in the address: …"): the refusal is data until the widget words it (state/urlSchema.ts).
 * Keys and values here are single letters and numbers, which a Chinese page keeps as written.
 */
describe('refused address values on a Chinese page', () => {
  const cases: [string, string, RegExp][] = [
    ['ParticleView', '?h=99', /h：99 超出范围/],
    ['ResnetMorph', '?L=999', /L：999 超出范围/],
  ];
  for (const [name, query, named] of cases) {
    it(`${name} ${query}`, async () => {
      const mod = await loaders[`./${name}/index.tsx`]();
      const page = (lang: Lang) => readable(render(mod.default, lang, true, { query }));
      expect(page('en')).toMatch(/is outside/);
      // Every widget's refused values are introduced the same way, by the frame (not only by the widgets that wrapped them).
      expect(page('en')).toMatch(/Ignored in the address: \S+: \d+ is outside/);
      const zh = page('zh');
      expect(zh).toMatch(named);
      expect(englishWords(zh)).toEqual([]);
    });
  }
});
