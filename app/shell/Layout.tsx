import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLang } from '../widgets/common/i18n';
import { chapterList } from './chapters';
import { strings } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { chapterPath, localPath, withBase } from './paths';

/**
 * The site's frame: a header with the chapter list, the page, and a footer. The list is written twice, a
 * row of short titles for wide screens and a folded "Chapters" disclosure for phones; CSS shows one
 * (the other is `display: none`, so neither screen readers nor tab order meet it twice). Every link stays in
 * the page's language; the language switch leads to the same page in the other one.
 */
/** The paper the site explains, as cited in the footer: a title, not translated. */
const PAPER = 'Chen, Rubanova, Bettencourt & Duvenaud, “Neural Ordinary Differential Equations”';

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const lang = useLang();
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
        <Link href={localPath(lang, '/')} className="site-name">
          <img src={withBase('/favicon.svg')} alt="" width={22} height={22} loading="lazy" /> {t.siteName}
        </Link>
        <nav aria-label={t.siteNav} className="site-nav">
          <ol className="header-chapters header-chapters-wide">{items}</ol>
          <details className="chapter-menu">
            <summary>{t.chapterNav}</summary>
            <ol className="header-chapters">{items}</ol>
          </details>
          <Link href={localPath(lang, '/widgets')} aria-current={location === localPath(lang, '/widgets') ? 'page' : undefined}>
            {t.widgetsTitle}
          </Link>
          <LanguageSwitch />
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          {t.footer.split('{paper}')[0]}
          <span lang="en">{PAPER}</span>
          {t.footer.split('{paper}')[1]}
        </p>
      </footer>
    </>
  );
}
