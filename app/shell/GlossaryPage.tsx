import { Fragment, useEffect } from 'react';
import { Link } from 'wouter';
import { GLOSSARY, termAnchor, type TermId } from '../mdx/sources';
import '../mdx/sources.css';
import { findChapter } from './chapters';
import { strings } from './i18n';

/** `/glossary`: the terms a reader may trip on, alphabetically, each with the chapter that teaches it. */
export default function GlossaryPage() {
  const t = strings();
  useEffect(() => {
    document.title = `Glossary — ${t.siteName}`;
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, [t.siteName]);
  const ids = (Object.keys(GLOSSARY) as TermId[]).sort((a, b) => GLOSSARY[a].term.localeCompare(GLOSSARY[b].term, 'en'));
  return (
    <article className="home">
      <h1>Glossary</h1>
      <p>Short definitions of the terms the chapters use. In a chapter, the first use of each term links here and shows its definition when you point at it, focus it or tap it.</p>
      <dl className="glossary-list">
        {ids.map((id) => {
          const e = GLOSSARY[id];
          const [slug, hash] = e.taught.split('#');
          const chapter = findChapter(slug);
          return (
            <Fragment key={id}>
              <dt id={termAnchor(id)}>{e.term}</dt>
              <dd>
                {e.definition}{' '}
                {chapter && (
                  <span className="glossary-taught">
                    Taught in <Link href={`/${slug}${hash ? `#${hash}` : ''}`}>{chapter.title}</Link>.
                  </span>
                )}
              </dd>
            </Fragment>
          );
        })}
      </dl>
    </article>
  );
}
