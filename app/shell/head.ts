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
import type { WidgetEntry } from '../mdx/widgets';
import type { ChapterMeta } from './chapters';
import { strings } from './i18n';
import { chapterPath, embedPath, widgetPath, withBase } from './paths';

export interface PageHead {
  title: string;
  description: string;
  /** Site path of the page (without base), e.g. `/ode-basics`. */
  path: string;
  /** Site path of the preview image (without base), e.g. `/og/ode-basics.png`. */
  image: string;
  type: 'website' | 'article';
  /** Pages that should not be indexed (404, embeds). */
  noindex?: boolean;
}

const origin = (import.meta.env.VITE_SITE_URL ?? '').replace(/\/$/, '');

/** A site path as the absolute (or, without VITE_SITE_URL, root-relative) address the tags carry. */
export const absolute = (path: string) => `${origin}${withBase(path)}`;

/** The preview card of a chapter, made by scripts/ogCards.ts into public/og/. */
export const chapterImage = (c: { lang: string; slug: string }) => `/og${chapterPath(c)}.png`;
export const siteImage = '/og/site.png';

export function homeHead(): PageHead {
  const t = strings();
  return { title: `${t.siteName} — ${t.tagline}`, description: t.homeIntro, path: '/', image: siteImage, type: 'website' };
}

export function chapterHead(c: ChapterMeta): PageHead {
  const t = strings(c.lang);
  return { title: `${c.title} — ${t.siteName}`, description: c.summary, path: chapterPath(c), image: chapterImage(c), type: 'article' };
}

export function widgetHead(w: WidgetEntry, chapter: ChapterMeta | undefined, embed = false): PageHead {
  const t = strings();
  return {
    title: `${w.title} — ${t.siteName}`,
    description: w.summary,
    path: embed ? embedPath(w.name) : widgetPath(w.name),
    image: chapter ? chapterImage(chapter) : siteImage,
    type: 'website',
    noindex: embed,
  };
}

export function widgetsHead(): PageHead {
  const t = strings();
  return { title: `${t.widgetsTitle} — ${t.siteName}`, description: t.widgetsIntro, path: '/widgets', image: siteImage, type: 'website' };
}

/** A page of the site that is neither a chapter nor a widget (`/references`, `/glossary`). */
export function sitePageHead(path: string, title: string, description: string): PageHead {
  const t = strings();
  return { title: `${title} — ${t.siteName}`, description, path, image: siteImage, type: 'website' };
}

export function notFoundHead(): PageHead {
  const t = strings();
  return { title: `${t.notFoundTitle} — ${t.siteName}`, description: t.notFoundBody, path: '/404', image: siteImage, type: 'website', noindex: true };
}

/** The head as `[tag, attributes]` pairs, in document order; `title` is the `<title>` element. */
export function headTags(h: PageHead): Array<['meta' | 'link', Record<string, string>]> {
  const t = strings();
  const url = absolute(h.path);
  const image = absolute(h.image);
  return [
    ['meta', { name: 'description', content: h.description }],
    ...(h.noindex ? [['meta', { name: 'robots', content: 'noindex' }] as ['meta', Record<string, string>]] : []),
    ['link', { rel: 'canonical', href: url }],
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
    for (const [tag, attrs] of headTags(h)) {
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
