/**
 * The server side of prerendering (scripts/vite/prerenderPlugin.ts builds this file for Node and calls it
 * once per route). It renders the app at an address with react-dom/static's `prerenderToNodeStream`, which,
 * unlike `renderToString`, waits for every lazy chunk (the chapter bodies) so the HTML holds the whole text.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './shell/App';
import { findChapter } from './shell/chapters';
import { chapterHead, headHtml, homeHead, notFoundHead, sitePageHead, widgetHead, widgetsHead, type PageHead } from './shell/head';
import { defaultLanguage, languages } from './shell/i18n';
import { widgetByName } from './mdx/widgets';

export { prerenderRoutes, notFoundRoute } from './shell/routes';

/** What a route is, for its head and for the client chunks its HTML should preload. */
function describe(path: string): { head: PageHead; modules: string[]; lang: string } {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { head: homeHead(), modules: [], lang: defaultLanguage };
  if (parts.length === 1 && parts[0] === 'widgets') return { head: widgetsHead(), modules: ['app/shell/WidgetIndex.tsx'], lang: defaultLanguage };
  if (path === '/references') return { head: sitePageHead(path, 'References', 'The papers, software and books every chapter cites, with links.'), modules: ['app/shell/ReferencesPage.tsx'], lang: defaultLanguage };
  if (path === '/glossary') return { head: sitePageHead(path, 'Glossary', 'Short definitions of the terms the chapters use: NFE, rtol and atol, Jacobian, VJP, adjoint state, Hutchinson’s estimator and more.'), modules: ['app/shell/GlossaryPage.tsx'], lang: defaultLanguage };
  if (parts.length === 2 && (parts[0] === 'widget' || parts[0] === 'embed')) {
    const w = widgetByName(parts[1]);
    if (w) {
      const embed = parts[0] === 'embed';
      return { head: widgetHead(w, findChapter(w.chapter), embed), modules: [embed ? 'app/shell/EmbedPage.tsx' : 'app/shell/WidgetPage.tsx'], lang: defaultLanguage };
    }
  }
  const [lang, slug] = parts.length === 2 && parts[0] in languages ? parts : [defaultLanguage, parts[0]];
  const chapter = parts.length <= 2 ? findChapter(slug, lang) : undefined;
  if (chapter) return { head: chapterHead(chapter), modules: ['app/shell/ChapterPage.tsx', `content/${lang}/${slug}.mdx`], lang };
  return { head: notFoundHead(), modules: [], lang: defaultLanguage };
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
  const { head, modules, lang } = describe(path);
  return { html, head: headHtml(head), image: head.image, modules, lang };
}
