import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { strings } from './i18n';

export function Layout({ children }: { children: ReactNode }) {
  const t = strings();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <Link href="/" className="site-name">
          <img src="/favicon.svg" alt="" width={22} height={22} /> {t.siteName}
        </Link>
        <nav aria-label="Site">
          <Link href="/widgets">{t.widgetsTitle}</Link>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{t.footer}</p>
      </footer>
    </>
  );
}
