/**
 * Addresses inside the site. The site may be served under a sub-path (`BASE_PATH`, see vite.config.ts):
 * wouter's `<Link>` adds it by itself (the Router's `base`), plain `<a>` and `fetch` go through `withBase`.
 *
 * Languages: a page of the default language (English) is at its path (`/ode-basics`, `/widgets`, `/`); the
 * same page in another language is under that language's prefix (`/zh/ode-basics`, `/zh/widgets`, `/zh`).
 * Every other part of a path is the same in every language, so "the same page in Chinese" is one prefix away.
 */
import { defaultLanguage, isLang, type Lang } from './i18n';

/** The base path without its trailing slash: '' at the root, '/continuous-depth' under a sub-path. */
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A site path (`/ode-basics`) as an address the browser can follow from any page. */
export function withBase(path: string): string {
  return `${basePath}${path}`;
}

/** A language-free site path in a language: (zh, `/widgets`) → `/zh/widgets`, (zh, `/`) → `/zh`; English unchanged. */
export function localPath(lang: Lang, path: string): string {
  if (lang === defaultLanguage) return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}

/** A site path split into its language and its language-free rest: `/zh/ode-basics` → zh, `/ode-basics`. */
export function splitLang(path: string): { lang: Lang; rest: string } {
  const first = path.split('/')[1] ?? '';
  if (first !== defaultLanguage && isLang(first)) return { lang: first, rest: path.slice(first.length + 1) || '/' };
  return { lang: defaultLanguage, rest: path };
}

/** The path of a chapter: `/<slug>` in the default language, `/<lang>/<slug>` in the others. */
export function chapterPath(c: { lang: string; slug: string }): string {
  return localPath(isLang(c.lang) ? c.lang : defaultLanguage, `/${c.slug}`);
}

export const widgetPath = (name: string, query = '', lang: Lang = defaultLanguage) => localPath(lang, `/widget/${name}${query}`);
export const embedPath = (name: string, query = '', lang: Lang = defaultLanguage) => localPath(lang, `/embed/${name}${query}`);

/** The language a site path is in (`/zh/…` → zh). */
export function languageOf(path: string): Lang {
  return splitLang(path).lang;
}
