import { useEffect } from 'react';
import { ReferenceEntry } from '../mdx/Sources';
import { sortedRefKeys } from '../mdx/sources';
import { useLang } from '../widgets/common/i18n';
import { referencesHead, usePageHead } from './head';
import { strings } from './i18n';

/**
 * `/references` (and `/zh/references`): every source the chapters cite, with its link (the list lives in
 * app/mdx/sources.ts). Titles of papers are not translated; the words around them are.
 */
export default function ReferencesPage() {
  const lang = useLang();
  const t = strings(lang);
  usePageHead(referencesHead(lang));
  useEffect(() => {
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, []);
  return (
    <article className="home">
      <h1>{t.referencesTitle}</h1>
      <p>{t.referencesIntro}</p>
      <ol className="bibliography">
        {sortedRefKeys().map((k) => (
          <ReferenceEntry key={k} k={k} />
        ))}
      </ol>
    </article>
  );
}
