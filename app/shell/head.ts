/**
 * Each page's `<head>`: title, description, canonical link, Open Graph and Twitter card. One description of
 * a page serves the prerenderer (which writes the tags into the HTML: scripts/vite/prerenderPlugin.ts) and
 * the browser (which updates them on client-side navigation: `usePageHead`).
 *
 * Absolute addresses need the site's origin, which only the deployer knows: set `VITE_SITE_URL` at build
 * time (e.g. `https://example.org`). Without it the links are root-relative, which browsers resolve but
 * some link-preview crawlers do not.
 */
import { useEffect } from 'react';
import { widgetText, type WidgetEntry } from '../mdx/widgets';
import type { ChapterMeta } from './chapters';
import { routedLanguages } from './chapters';
import { defaultLanguage, htmlLang, isLang, ogLocale, strings, type Lang } from './i18n';
import { chapterPath, embedPath, localPath, splitLang, widgetPath, withBase } from './paths';
import { pageExistsIn } from './routes';

export interface PageHead {
  title: string;
  description: string;
  /** Site path of the page (without base), e.g. `/ode-basics` or `/zh/ode-basics`. */
  path: string;
  /** Site path of the preview image (without base), e.g. `/og/ode-basics.png`. */
  image: string;
  type: 'website' | 'article';
  /** The page's language: `<html lang>`, `og:locale`. */
  lang: Lang;
  /** Pages that should not be indexed (404, embeds). */
  noindex?: boolean;
}

const origin = (import.meta.env.VITE_SITE_URL ?? '').replace(/\/$/, '');

/** A site path as the absolute (or, without VITE_SITE_URL, root-relative) address the tags carry. */
export const absolute = (path: string) => `${origin}${withBase(path)}`;

/**
 * The preview card of a chapter, made by scripts/ogCards.ts into public/og/ (`/og/zh/<slug>.png` for a
 * Chinese chapter: `npm run og-cards` after adding or retitling one).
 */
export const chapterImage = (c: { lang: string; slug: string }) => `/og${chapterPath(c)}.png`;
/** The site's own card, in a language (`/og/site.png`, `/og/zh/site.png`). */
export const siteImage = (lang: Lang = defaultLanguage) => (lang === defaultLanguage ? '/og/site.png' : `/og/${lang}/site.png`);

export function homeHead(lang: Lang = defaultLanguage): PageHead {
  const t = strings(lang);
  return { title: `${t.siteName} — ${t.tagline}`, description: t.homeIntro, path: localPath(lang, '/'), image: siteImage(lang), type: 'website', lang };
}

export function chapterHead(c: ChapterMeta): PageHead {
  const lang = isLang(c.lang) ? c.lang : defaultLanguage;
  const t = strings(lang);
  return { title: `${c.title} — ${t.siteName}`, description: c.summary, path: chapterPath(c), image: chapterImage(c), type: 'article', lang };
}

export function widgetHead(w: WidgetEntry, chapter: ChapterMeta | undefined, embed = false, lang: Lang = defaultLanguage): PageHead {
  const t = strings(lang);
  const { title, summary } = widgetText(w, lang);
  return {
    title: `${title} — ${t.siteName}`,
    description: summary,
    path: embed ? embedPath(w.name, '', lang) : widgetPath(w.name, '', lang),
    image: chapter ? chapterImage(chapter) : siteImage(lang),
    type: 'website',
    lang,
    noindex: embed,
  };
}

export function widgetsHead(lang: Lang = defaultLanguage): PageHead {
  const t = strings(lang);
  return { title: `${t.widgetsTitle} — ${t.siteName}`, description: t.widgetsIntro, path: localPath(lang, '/widgets'), image: siteImage(lang), type: 'website', lang };
}

/** `/references` in a language. */
export function referencesHead(lang: Lang = defaultLanguage): PageHead {
  const t = strings(lang);
  return { title: `${t.referencesTitle} — ${t.siteName}`, description: t.referencesDescription, path: localPath(lang, '/references'), image: siteImage(lang), type: 'website', lang };
}

/** `/glossary` in a language. */
export function glossaryHead(lang: Lang = defaultLanguage): PageHead {
  const t = strings(lang);
  return { title: `${t.glossaryTitle} — ${t.siteName}`, description: t.glossaryDescription, path: localPath(lang, '/glossary'), image: siteImage(lang), type: 'website', lang };
}

export function notFoundHead(lang: Lang = defaultLanguage): PageHead {
  const t = strings(lang);
  return { title: `${t.notFoundTitle} — ${t.siteName}`, description: t.notFoundBody, path: '/404', image: siteImage(lang), type: 'website', lang, noindex: true };
}

/**
 * The same page in every language that has it, as `hreflang` alternates (Google's "tell Google about
 * localized versions": each version lists all versions, itself included, plus `x-default` for readers of
 * any other language, here the English page). A page that exists in one language only has none.
 */
export function alternates(path: string): Array<{ hreflang: string; path: string }> {
  const { rest } = splitLang(path);
  const versions = routedLanguages()
    .filter((l) => pageExistsIn(l, rest))
    .map((l) => ({ hreflang: htmlLang[l], path: localPath(l, rest) }));
  if (versions.length < 2) return [];
  return [...versions, { hreflang: 'x-default', path: localPath(defaultLanguage, rest) }];
}

/** The head as `[tag, attributes]` pairs, in document order; `title` is the `<title>` element. */
export function headTags(h: PageHead): Array<['meta' | 'link', Record<string, string>]> {
  const t = strings(h.lang);
  const url = absolute(h.path);
  const image = absolute(h.image);
  return [
    ['meta', { name: 'description', content: h.description }],
    ...(h.noindex ? [['meta', { name: 'robots', content: 'noindex' }] as ['meta', Record<string, string>]] : []),
    ['link', { rel: 'canonical', href: url }],
    ...(h.noindex ? [] : alternates(h.path)).map((a) => ['link', { rel: 'alternate', hreflang: a.hreflang, href: absolute(a.path) }] as ['link', Record<string, string>]),
    ['meta', { property: 'og:locale', content: ogLocale[h.lang] }],
    ['meta', { property: 'og:type', content: h.type }],
    ['meta', { property: 'og:site_name', content: t.siteName }],
    ['meta', { property: 'og:title', content: h.title }],
    ['meta', { property: 'og:description', content: h.description }],
    ['meta', { property: 'og:url', content: url }],
    ['meta', { property: 'og:image', content: image }],
    ['meta', { property: 'og:image:width', content: '1200' }],
    ['meta', { property: 'og:image:height', content: '630' }],
    ['meta', { name: 'twitter:card', content: 'summary_large_image' }],
    ['meta', { name: 'twitter:title', content: h.title }],
    ['meta', { name: 'twitter:description', content: h.description }],
    ['meta', { name: 'twitter:image', content: image }],
  ];
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The head as HTML, for the prerenderer. */
export function headHtml(h: PageHead): string {
  const tags = headTags(h).map(([tag, attrs]) => `<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${escapeAttr(v)}"`).join(' ')} />`);
  return [`<title>${escapeAttr(h.title)}</title>`, ...tags].join('\n    ');
}

/** Keeps the document's head in step with the page after client-side navigation. */
export function usePageHead(h: PageHead): void {
  const html = headHtml(h);
  useEffect(() => {
    document.title = h.title;
    document.documentElement.lang = htmlLang[h.lang];
    // Alternates are several links with one rel: replaced as a set, not matched one by one.
    for (const old of document.head.querySelectorAll('link[rel="alternate"][hreflang]')) old.remove();
    for (const [tag, attrs] of headTags(h)) {
      if (attrs.rel === 'alternate') {
        const el = document.createElement('link');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        document.head.append(el);
        continue;
      }
      const keyName = 'property' in attrs ? 'property' : attrs.rel ? 'rel' : 'name';
      const key = attrs[keyName];
      let el = document.head.querySelector<HTMLElement>(`${tag}[${keyName}="${key}"]`);
      if (!el) {
        el = document.createElement(tag);
        document.head.append(el);
      }
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    }
    if (!h.noindex) document.head.querySelector('meta[name="robots"]')?.remove();
    // `html` stands for every field of h: the effect reruns exactly when the head changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [html]);
}
