import { Link } from 'wouter';
import { useLang } from '../widgets/common/i18n';
import { chapterList } from './chapters';
import { homeHead, usePageHead } from './head';
import { strings } from './i18n';
import { chapterPath } from './paths';

export function Home() {
  const lang = useLang();
  const t = strings(lang);
  const chapters = chapterList(lang);
  usePageHead(homeHead(lang));
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
