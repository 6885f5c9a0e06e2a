import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { chapterList } from './chapters';
import { languages, strings } from './i18n';
import { chapterPath, languageOf, withBase } from './paths';

/**
 * The site's frame: a header with the chapter list, the page, and a footer. The list is written twice, a
 * row of short titles for wide screens and a folded "Chapters" disclosure for phones; CSS shows one
 * (the other is `display: none`, so neither screen readers nor tab order meet it twice).
 */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const lang = languageOf(location, Object.keys(languages));
  const t = strings(lang);
  const items = chapterList(lang).map((c, i) => (
    <li key={c.slug}>
      <Link href={chapterPath(c)} aria-current={location === chapterPath(c) ? 'page' : undefined} title={c.title}>
        <span className="header-chapter-n">{i + 1}</span> {c.nav ?? c.title}
      </Link>
    </li>
  ));
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link href="/" className="site-name">
          <img src={withBase('/favicon.svg')} alt="" width={22} height={22} loading="lazy" /> {t.siteName}
        </Link>
        <nav aria-label={t.siteNav} className="site-nav">
          <ol className="header-chapters header-chapters-wide">{items}</ol>
          <details className="chapter-menu">
            <summary>{t.chapterNav}</summary>
            <ol className="header-chapters">{items}</ol>
          </details>
          <Link href="/widgets" aria-current={location === '/widgets' ? 'page' : undefined}>
            {t.widgetsTitle}
          </Link>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
