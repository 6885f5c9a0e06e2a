import { Suspense, useEffect } from 'react';
import { Link } from 'wouter';
import { widgetByName } from '../mdx/widgets';
import { WidgetErrorBoundary } from '../mdx/WidgetErrorBoundary';
import { findChapter } from './chapters';
import { strings } from './i18n';
import { NotFound } from './NotFound';

/** `/widget/<name>`: one widget on its own, its state restored from and mirrored into the URL. */
export default function WidgetPage({ name }: { name: string }) {
  const t = strings();
  const entry = widgetByName(name);
  useEffect(() => {
    if (entry) document.title = `${entry.title} — ${t.siteName}`;
  }, [entry, t.siteName]);
  if (!entry) return <NotFound message={`${t.notFoundWidget} (“${name}”)`} />;
  const chapter = findChapter(entry.chapter);
  const { Component } = entry;
  return (
    <article className="widget-page">
      <h1>{entry.title}</h1>
      <p>{entry.summary}</p>
      <WidgetErrorBoundary title={entry.title}>
        <Suspense fallback={<p aria-busy="true">{t.loadingWidget}</p>}>
          <Component standalone query={window.location.search} />
        </Suspense>
      </WidgetErrorBoundary>
      {chapter && (
        <p>
          <Link href={`/${chapter.slug}`}>
            {t.backToChapter}: {chapter.title} →
          </Link>
        </p>
      )}
    </article>
  );
}
