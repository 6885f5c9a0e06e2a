/**
 * The server side of prerendering (scripts/vite/prerenderPlugin.ts builds this file for Node and calls it
 * once per route). It renders the app at an address with react-dom/static's `prerenderToNodeStream`, which,
 * unlike `renderToString`, waits for every lazy chunk (the chapter bodies) so the HTML holds the whole text.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './shell/App';
import { findChapter, routedLanguages } from './shell/chapters';
import { chapterHead, glossaryHead, headHtml, homeHead, notFoundHead, referencesHead, widgetHead, widgetsHead, type PageHead } from './shell/head';
import { defaultLanguage, htmlLang } from './shell/i18n';
import { splitLang } from './shell/paths';
import { widgetByName } from './mdx/widgets';

export { prerenderRoutes, notFoundRoute } from './shell/routes';

/** What a route is, for its head and for the client chunks its HTML should preload. */
function describe(path: string): { head: PageHead; modules: string[] } {
  const split = splitLang(path);
  // A language without chapters has no pages: its paths are unknown addresses.
  const { lang, rest } = routedLanguages().includes(split.lang) ? split : { lang: defaultLanguage, rest: '/404' };
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 0) return { head: homeHead(lang), modules: [] };
  if (rest === '/widgets') return { head: widgetsHead(lang), modules: ['app/shell/WidgetIndex.tsx'] };
  if (rest === '/references') return { head: referencesHead(lang), modules: ['app/shell/ReferencesPage.tsx'] };
  if (rest === '/glossary') return { head: glossaryHead(lang), modules: ['app/shell/GlossaryPage.tsx'] };
  if (parts.length === 2 && (parts[0] === 'widget' || parts[0] === 'embed')) {
    const w = widgetByName(parts[1]);
    if (w) {
      const embed = parts[0] === 'embed';
      return { head: widgetHead(w, findChapter(w.chapter, lang), embed, lang), modules: [embed ? 'app/shell/EmbedPage.tsx' : 'app/shell/WidgetPage.tsx'] };
    }
  }
  const chapter = parts.length === 1 ? findChapter(parts[0], lang) : undefined;
  if (chapter) return { head: chapterHead(chapter), modules: ['app/shell/ChapterPage.tsx', `content/${lang}/${chapter.slug}.mdx`] };
  return { head: notFoundHead(lang), modules: [] };
}

export interface RenderedPage {
  /** The app's HTML, for inside `<div id="root">`. */
  html: string;
  /** Title and meta tags, for `<head>`. */
  head: string;
  /** The image the page's preview card names (a site path), so the build can check it exists. */
  image: string;
  /** Source modules (relative to the project) whose client chunks and CSS the page should load at once. */
  modules: string[];
  /** The `<html lang>` of the page (a BCP 47 tag: `en`, `zh-Hans`). */
  lang: string;
}

export async function render(path: string): Promise<RenderedPage> {
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App ssrPath={path} />
    </StrictMode>,
    // Fizz outlines a Suspense boundary bigger than this (default 12,800 bytes) as a hidden segment plus an
    // inline script that swaps it in: without JavaScript the reader would see the fallback, and the swap
    // would shift the page. A static page wants every boundary inline.
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  let html = '';
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const { head, modules } = describe(path);
  return { html, head: headHtml(head), image: head.image, modules, lang: htmlLang[head.lang] };
}
