import { Link } from 'wouter';
import { chapterList } from './chapters';
import { homeHead, usePageHead } from './head';
import { strings } from './i18n';
import { chapterPath } from './paths';

export function Home() {
  const t = strings();
  const chapters = chapterList();
  usePageHead(homeHead());
  return (
    <article className="home">
      <h1>{t.siteName}</h1>
      <p className="tagline">{t.tagline}</p>
      <p>{t.homeIntro}</p>
      <p>{t.homeHowTo}</p>
      <h2>{t.chapters}</h2>
      <ol className="chapter-list">
        {chapters.map((c) => (
          <li key={c.slug}>
            <Link href={chapterPath(c)}>
              <span className="chapter-title">{c.title}</span>
            </Link>
            <p>{c.summary}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
