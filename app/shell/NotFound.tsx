import { Link } from 'wouter';
import { chapterList } from './chapters';
import { notFoundHead, usePageHead } from './head';
import { strings } from './i18n';
import { chapterPath } from './paths';

export function NotFound({ message }: { message?: string }) {
  const t = strings();
  usePageHead(notFoundHead());
  return (
    <article className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{message ?? t.notFoundBody}</p>
      <p>{t.chapters}:</p>
      <ul>
        {chapterList().map((c) => (
          <li key={c.slug}>
            <Link href={chapterPath(c)}>{c.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/">{t.home}</Link> · <Link href="/widgets">{t.widgetsTitle}</Link>
      </p>
    </article>
  );
}
