/**
 * The link to the same page in the other language ("中文" on an English page, "English" on a Chinese one),
 * keeping the reader's place:
 *
 * - the path: `/ode-basics` ↔ `/zh/ode-basics`, `/widget/x` ↔ `/zh/widget/x` (paths.ts); a page that the
 *   other language does not have yet leads to that language's home;
 * - the query, which on a widget's own page and on an embed holds the widget's state (app/state/widgetStore.ts
 *   mirrors it into the address), so the widget opens as the reader left it;
 * - the section: a chapter's headings have the same ids in every language (the Chinese chapter's headings take
 *   the ids of the English headings at the same position: scripts/vite/rehypeCounterpartIds.ts), so the switch
 *   appends the id of the section being read, found by the table of contents' rule (the last h2/h3 whose top has
 *   passed a quarter of the viewport). A hash that names something on screen (a reference, a term) is kept.
 *
 * The query and section change while the reader is on the page, so the href is completed when the link is
 * used (click, middle click, context menu, keyboard focus). It is a plain link: the other language's page is
 * a prerendered document of its own, loaded with its own `<html lang>`.
 */
import type { SyntheticEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useLang } from '../widgets/common/i18n';
import { useHydrated } from '../runtime/useHydrated';
import { decodeHash } from '../state/urlSchema';
import { routedLanguages } from './chapters';
import { htmlLang, strings, type Lang } from './i18n';
import { localPath, splitLang, withBase } from './paths';
import { pageExistsIn } from './routes';

/** The language the switch leads to: the next routed language after this one. */
export function otherLanguage(lang: Lang): Lang | undefined {
  const langs = routedLanguages();
  if (langs.length < 2) return undefined;
  return langs[(langs.indexOf(lang) + 1) % langs.length];
}

/** The counterpart of a site path in `target`, or that language's home when it has no such page. */
export function counterpartPath(path: string, target: Lang): string {
  const { rest } = splitLang(path);
  return localPath(target, pageExistsIn(target, rest) ? rest : '/');
}

/** The hash to carry over: the anchor on screen, else (in a chapter) the section being read, else none. */
export function placeHash(doc: Document = document): string {
  const named = decodeHash(doc.location.hash);
  const target = named ? doc.getElementById(named) : null;
  const view = doc.defaultView!;
  if (target) {
    const top = target.getBoundingClientRect().top;
    if (top >= 0 && top < view.innerHeight) return doc.location.hash;
  }
  const headings = doc.querySelectorAll<HTMLElement>('article.chapter :is(h2, h3)[id]');
  if (headings.length === 0) return doc.location.hash;
  const line = view.innerHeight / 4;
  let id = '';
  for (const h of headings) if (h.getBoundingClientRect().top <= line) id = h.id;
  return id ? `#${encodeURIComponent(id)}` : '';
}

export function LanguageSwitch({ className = 'lang-switch' }: { className?: string }) {
  const lang = useLang();
  const [location] = useLocation();
  const search = useSearch();
  // The prerendered HTML cannot know the query: it joins the href once hydrated, so hydration matches.
  const hydrated = useHydrated();
  const target = otherLanguage(lang);
  if (!target) return null;
  const path = withBase(counterpartPath(location, target));
  const href = hydrated && search ? `${path}?${search}` : path;
  const complete = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = `${path}${window.location.search}${placeHash()}`;
  };
  return (
    <a
      className={className}
      href={href}
      hrefLang={htmlLang[target]}
      lang={htmlLang[target]}
      title={strings(lang).switchLanguage}
      onClick={complete}
      onAuxClick={complete}
      onContextMenu={complete}
      onFocus={complete}
      onPointerEnter={complete}
    >
      {strings(target).languageName}
    </a>
  );
}
