import { useEffect } from 'react';
import { ReferenceEntry } from '../mdx/Sources';
import { sortedRefKeys } from '../mdx/sources';
import { strings } from './i18n';

/** `/references`: every source the chapters cite, with its link (the list lives in app/mdx/sources.ts). */
export default function ReferencesPage() {
  const t = strings();
  useEffect(() => {
    document.title = `References — ${t.siteName}`;
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [t.siteName]);
  return (
    <article className="home">
      <h1>References</h1>
      <p>Every source the chapters cite. Each chapter also ends with the sources it uses.</p>
      <ol className="bibliography">
        {sortedRefKeys().map((k) => (
          <ReferenceEntry key={k} k={k} />
        ))}
      </ol>
    </article>
  );
}
