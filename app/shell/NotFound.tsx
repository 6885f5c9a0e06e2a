import { useEffect } from 'react';
import { Link } from 'wouter';
import { chapterList } from './chapters';
import { strings } from './i18n';

export function NotFound({ message }: { message?: string }) {
  const t = strings();
  useEffect(() => {
    document.title = `${t.notFoundTitle} — ${t.siteName}`;
  }, [t]);
  return (
    <article className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{message ?? t.notFoundBody}</p>
      <p>{t.chapters}:</p>
      <ul>
        {chapterList().map((c) => (
          <li key={c.slug}>
            <Link href={`/${c.slug}`}>{c.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/">{t.home}</Link> · <Link href="/widgets">{t.widgetsTitle}</Link>
      </p>
    </article>
  );
}
