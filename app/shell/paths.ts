/**
 * Addresses inside the site. The site may be served under a sub-path (`BASE_PATH`, see vite.config.ts):
 * wouter's `<Link>` adds it by itself (the Router's `base`), plain `<a>` and `fetch` go through `withBase`.
 */
import { defaultLanguage } from './i18n';

/** The base path without its trailing slash: '' at the root, '/continuous-depth' under a sub-path. */
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site path (`/ode-basics`) as an address the browser can follow from any page. */
export function withBase(path: string): string {
  return `${basePath}${path}`;
}

/** The path of a chapter: `/<slug>` in the default language, `/<lang>/<slug>` in the others. */
export function chapterPath(c: { lang: string; slug: string }): string {
  return c.lang === defaultLanguage ? `/${c.slug}` : `/${c.lang}/${c.slug}`;
}

export const widgetPath = (name: string, query = '') => `/widget/${name}${query}`;
export const embedPath = (name: string, query = '') => `/embed/${name}${query}`;

/** The language a site path is in (`/zh/…` → zh), for the chapter list in the header. */
export function languageOf(path: string, languages: readonly string[]): string {
  const first = path.split('/')[1] ?? '';
  return languages.includes(first) ? first : defaultLanguage;
}
