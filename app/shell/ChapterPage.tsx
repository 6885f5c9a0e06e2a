import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { MDXProvider } from '@mdx-js/react';
import 'katex/dist/katex.min.css';
import { mdxComponents } from '../mdx/registry';
import { MathsTable } from '../mdx/Maths';
import { mathsOnPage } from '../mdx/mathsOnPage';
import { chapterList, findChapter, loadChapter, type ChapterMeta, type ChapterModule, type TocEntry } from './chapters';
import { chapterHead, usePageHead } from './head';
import { defaultLanguage, strings } from './i18n';
import { decodeHash } from '../state/urlSchema';
import { NotFound } from './NotFound';
import { chapterPath } from './paths';
import { TableOfContents, type Heading } from './TableOfContents';
import { LocalLink } from './LocalLink';

/** The registry, plus links that stay in the chapter's language (LocalLink). */
const chapterComponents = { ...mdxComponents, a: LocalLink };

/** The h2 and h3 headings of a chapter, flattened in document order. */
function flatHeadings(toc: TocEntry[] = []): Heading[] {
  return toc.flatMap((e) => [
    ...(e.id && (e.depth === 2 || e.depth === 3) ? [{ id: e.id, text: e.value, level: e.depth }] : []),
    ...flatHeadings(e.children),
  ]);
}

/** `<lang>/<slug>`: names the chapter's article on the page, so its prerendered formulas can be read back. */
const chapterKey = (meta: ChapterMeta) => `${meta.lang}/${meta.slug}`;

/**
 * The markup of the chapter's formulas: read back from the prerendered page when it holds this chapter,
 * else imported (after a client-side navigation, or where the page was rendered in the browser).
 */
async function formulasOf(meta: ChapterMeta, mod: ChapterModule): Promise<readonly string[]> {
  if (mod.mathsCount === undefined || !mod.loadMaths) return [];
  return mathsOnPage(chapterKey(meta), mod.mathsCount) ?? (await mod.loadMaths()).default;
}

export default function ChapterPage({ slug, lang = defaultLanguage }: { slug: string; lang?: string }) {
  const meta = findChapter(slug, lang);
  // The chapter's body, table of contents and all, is one lazily loaded chunk; prerendered, it is in the HTML.
  const View = useMemo(
    () =>
      meta
        ? lazy(async () => {
            const mod = await loadChapter(meta)();
            const maths = await formulasOf(meta, mod);
            return { default: () => <ChapterView meta={meta} mod={mod} maths={maths} /> };
          })
        : null,
    [meta],
  );
  if (!meta || !View) return <NotFound />;
  // The boundary is here, not above: a component that suspends before it first mounts loses its memo, and
  // a new `lazy` on every retry would never resolve. Prerendered, the boundary arrives complete.
  return (
    <Suspense fallback={<p className="loading" aria-busy="true">{strings(lang).loadingChapter}</p>}>
      <View />
    </Suspense>
  );
}

function ChapterView({ meta, mod, maths }: { meta: ChapterMeta; mod: ChapterModule; maths: readonly string[] }) {
  const t = strings(meta.lang);
  usePageHead(chapterHead(meta));
  const headings = useMemo(() => flatHeadings(mod.tableOfContents), [mod]);
  const list = chapterList(meta.lang);
  const index = list.findIndex((c) => c.slug === meta.slug);
  const prev = list[index - 1];
  const next = list[index + 1];
  const Body = mod.default;
  // After a client-side navigation to `/<slug>#section`, the section exists only now.
  useEffect(() => {
    if (window.location.hash) document.getElementById(decodeHash(window.location.hash))?.scrollIntoView();
  }, [meta]);

  return (
    <div className="chapter-layout">
      <TableOfContents headings={headings} title={t.contents} />
      <article className="chapter" data-chapter={chapterKey(meta)}>
        <p className="chapter-kicker">{t.chapterOfN.replace('{n}', String(index + 1)).replace('{N}', String(list.length))}</p>
        <h1>{meta.title}</h1>
        <Suspense fallback={<p aria-busy="true">{t.loadingChapter}</p>}>
          <MDXProvider components={chapterComponents}>
            <MathsTable.Provider value={maths}>
              <Body />
            </MathsTable.Provider>
          </MDXProvider>
        </Suspense>
        <nav className="prev-next" aria-label={t.chapterNav}>
          {prev ? (
            <Link href={chapterPath(prev)} rel="prev">
              <span className="prev-next-label">← {t.previous}</span> {prev.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={chapterPath(next)} rel="next" className="prev-next-next">
              <span className="prev-next-label">{t.next} →</span> {next.title}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </article>
    </div>
  );
}
