import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { MDXProvider } from '@mdx-js/react';
import 'katex/dist/katex.min.css';
import { mdxComponents } from '../mdx/registry';
import { chapterList, findChapter, loadChapter } from './chapters';
import { strings } from './i18n';
import { decodeHash } from '../state/urlSchema';
import { NotFound } from './NotFound';
import { TableOfContents, type Heading } from './TableOfContents';

export default function ChapterPage({ slug }: { slug: string }) {
  const t = strings();
  const meta = findChapter(slug);
  const Body = useMemo(() => (meta ? lazy(loadChapter(meta)) : null), [meta]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [headings, setHeadings] = useState<Heading[]>([]);

  useEffect(() => {
    if (meta) document.title = `${meta.title} — ${t.siteName}`;
  }, [meta, t.siteName]);

  // Collect the headings once the body has rendered (rehype-slug gives them stable ids).
  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const collect = () => {
      const found = [...el.querySelectorAll('h2[id], h3[id]')].map((h) => ({ id: h.id, text: h.textContent ?? '', level: h.tagName === 'H2' ? 2 : 3 }));
      setHeadings((prev) => (JSON.stringify(prev) === JSON.stringify(found) ? prev : found));
      if (found.length && window.location.hash) document.getElementById(decodeHash(window.location.hash))?.scrollIntoView();
    };
    const mo = new MutationObserver(collect);
    mo.observe(el, { childList: true, subtree: true });
    collect();
    return () => mo.disconnect();
  }, [Body]);

  if (!meta || !Body) return <NotFound />;
  const list = chapterList();
  const index = list.findIndex((c) => c.slug === slug);
  const prev = list[index - 1];
  const next = list[index + 1];

  return (
    <div className="chapter-layout">
      <TableOfContents headings={headings} title={t.contents} />
      <article className="chapter" ref={bodyRef}>
        <p className="chapter-kicker">
          {t.chapter} {index + 1}
        </p>
        <h1>{meta.title}</h1>
        <Suspense fallback={<p aria-busy="true">{t.loadingChapter}</p>}>
          <MDXProvider components={mdxComponents}>
            <Body />
          </MDXProvider>
        </Suspense>
        <nav className="prev-next" aria-label="Chapters">
          {prev ? (
            <Link href={`/${prev.slug}`} rel="prev">
              ← {t.previous}: {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`/${next.slug}`} rel="next">
              {t.next}: {next.title} →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </article>
    </div>
  );
}
