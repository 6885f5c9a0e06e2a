import { useEffect } from 'react';
import { ReferenceEntry } from '../mdx/Sources';
import { inlinedReferences } from '../mdx/referenceEntries';
import { REFERENCES } from '../mdx/sources';
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
        {inlinedReferences(Object.keys(REFERENCES), lang).map((r) => (
          <ReferenceEntry key={r.k} entry={r} />
        ))}
      </ol>
    </article>
  );
}
