/**
 * Every address the build prerenders (scripts/vite/prerenderPlugin.ts). It derives from the chapters in
 * `content/<lang>/` and the widget registry, so a new chapter, a new language or a new widget is
 * prerendered without touching this file. Pages that are neither go in `fixedPages`. Each routed language
 * (../chapters.ts, `routedLanguages`) has every page under its prefix (paths.ts): `/zh`, `/zh/widgets`,
 * `/zh/<slug>`, `/zh/widget/<name>`, `/zh/embed/<name>`, …
 */
import { widgetByName, widgetEntries } from '../mdx/widgets';
import { allChapters, findChapter, routedLanguages } from './chapters';
import type { Lang } from './i18n';
import { chapterPath, embedPath, localPath, widgetPath } from './paths';

/** Pages that exist once per language, whatever the content (language-free paths). */
export const fixedPages = ['/', '/widgets', '/references', '/glossary'];

export function prerenderRoutes(): string[] {
  return routedLanguages().flatMap((lang) => [
    ...fixedPages.map((p) => localPath(lang, p)),
    ...allChapters()
      .filter((c) => c.lang === lang)
      .map(chapterPath),
    ...widgetEntries.map((w) => widgetPath(w.name, '', lang)),
    ...widgetEntries.map((w) => embedPath(w.name, '', lang)),
  ]);
}

/** Whether a language-free path (`/ode-basics`, `/widget/x`, `/glossary`) is a page in `lang`. */
export function pageExistsIn(lang: Lang, rest: string): boolean {
  if (!routedLanguages().includes(lang)) return false;
  if (fixedPages.includes(rest)) return true;
  const parts = rest.split('/').filter(Boolean);
  if (parts.length === 2 && (parts[0] === 'widget' || parts[0] === 'embed')) return widgetByName(parts[1]) !== undefined;
  return parts.length === 1 && findChapter(parts[0], lang) !== undefined;
}

/** The page a static host serves for an unknown address (`404.html`); any path no route matches. */
export const notFoundRoute = '/404';
