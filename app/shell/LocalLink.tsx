/**
 * Links written in a chapter (`[the playground](/widget/ode-playground)`, `[Euler](/ode-basics#eulers-method)`)
 * stay in the chapter's language: on a `/zh/…` page a site path is taken to its `/zh/…` counterpart when that
 * page exists in Chinese. Translators may write either form; a path already in a language, an outside
 * address, or an in-page anchor is left as written.
 */
import type { ComponentProps } from 'react';
import { useLang } from '../widgets/common/i18n';
import { defaultLanguage, type Lang } from './i18n';
import { localPath, splitLang, withBase } from './paths';
import { pageExistsIn } from './routes';

/** A chapter link's href in a language (`/ode-basics#x` → `/zh/ode-basics#x`), or unchanged. */
export function localHref(href: string, lang: Lang): string {
  if (lang === defaultLanguage || !href.startsWith('/') || href.startsWith('//')) return href;
  const [, path, tail] = /^([^?#]*)(.*)$/.exec(href)!;
  const { lang: already, rest } = splitLang(path);
  if (already !== defaultLanguage || !pageExistsIn(lang, rest)) return href;
  return `${localPath(lang, rest)}${tail}`;
}

/** The MDX `a`: a site path gets the base path and the page's language. */
export function LocalLink({ href = '', ...props }: ComponentProps<'a'>) {
  const lang = useLang();
  const local = href.startsWith('/') && !href.startsWith('//') ? withBase(localHref(href, lang)) : href;
  return <a href={local} {...props} />;
}
