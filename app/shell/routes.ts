/**
 * Every address the build prerenders (scripts/vite/prerenderPlugin.ts). It derives from the chapters in
 * `content/<lang>/` and the widget registry, so a new chapter, a new language or a new widget is
 * prerendered without touching this file. Pages that are neither go in `fixedPages`.
 */
import { widgetEntries } from '../mdx/widgets';
import { allChapters } from './chapters';
import { chapterPath, embedPath, widgetPath } from './paths';

/** Pages that exist once, whatever the content. */
export const fixedPages = ['/', '/widgets', '/references', '/glossary'];

export function prerenderRoutes(): string[] {
  return [
    ...fixedPages,
    ...allChapters().map(chapterPath),
    ...widgetEntries.map((w) => widgetPath(w.name)),
    ...widgetEntries.map((w) => embedPath(w.name)),
  ];
}

/** The page a static host serves for an unknown address (`404.html`); any path no route matches. */
export const notFoundRoute = '/404';
