import { useEffect } from 'react';
import { Link } from 'wouter';
import { widgetEntries } from '../mdx/widgets';
import { chapterList } from './chapters';
import { strings } from './i18n';

/** `/widgets`: every widget, grouped by chapter, each linking to its own page. */
export default function WidgetIndex() {
  const t = strings();
  useEffect(() => {
    document.title = `${t.widgetsTitle} — ${t.siteName}`;
  }, [t]);
  return (
    <article className="home">
      <h1>{t.widgetsTitle}</h1>
      {chapterList().map((c) => {
        const ws = widgetEntries.filter((w) => w.chapter === c.slug);
        if (ws.length === 0) return null;
        return (
          <section key={c.slug}>
            <h2>{c.title}</h2>
            <ul>
              {ws.map((w) => (
                <li key={w.name}>
                  <Link href={`/widget/${w.name}`}>{w.title}</Link> — {w.summary}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
