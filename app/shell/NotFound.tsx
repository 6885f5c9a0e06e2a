import { Link } from 'wouter';
import { useLang } from '../widgets/common/i18n';
import { chapterList } from './chapters';
import { notFoundHead, usePageHead } from './head';
import { strings } from './i18n';
import { chapterPath, localPath } from './paths';

export function NotFound({ message }: { message?: string }) {
  const lang = useLang();
  const t = strings(lang);
  usePageHead(notFoundHead(lang));
  return (
    <article className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{message ?? t.notFoundBody}</p>
      <p>{t.chapters}:</p>
      <ul>
        {chapterList(lang).map((c) => (
          <li key={c.slug}>
            <Link href={chapterPath(c)}>{c.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={localPath(lang, '/')}>{t.home}</Link> · <Link href={localPath(lang, '/widgets')}>{t.widgetsTitle}</Link>
      </p>
    </article>
  );
}
