import { Fragment, useEffect } from 'react';
import { Link } from 'wouter';
import { GLOSSARY, type TermId } from '../mdx/sources';
import { termAnchor } from '../mdx/sourceAnchors';
import { useLang } from '../widgets/common/i18n';
import '../mdx/sources.css';
import { findChapter } from './chapters';
import { glossaryHead, usePageHead } from './head';
import { strings } from './i18n';
import { chapterPath } from './paths';

/** Sort order of the terms: alphabetical in English, by pinyin in Chinese (Latin-script terms first). */
const COLLATION = { en: 'en', zh: 'zh-Hans-CN-u-co-pinyin' } as const;

/**
 * `/glossary` (and `/zh/glossary`): the terms a reader may trip on, in the page's language, each with the
 * chapter that teaches it. The `taught` anchors are the same in both languages (a Chinese chapter's headings
 * carry the English ids), so one link serves both.
 */
export default function GlossaryPage() {
  const lang = useLang();
  const t = strings(lang);
  usePageHead(glossaryHead(lang));
  useEffect(() => {
    if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
  }, []);
  const text = (id: TermId) => (lang === 'zh' ? GLOSSARY[id].zh : GLOSSARY[id]);
  const ids = (Object.keys(GLOSSARY) as TermId[]).sort((a, b) => text(a).term.localeCompare(text(b).term, COLLATION[lang]));
  const [before, after] = t.taughtIn.split('{chapter}');
  return (
    <article className="home">
      <h1>{t.glossaryTitle}</h1>
      <p>{t.glossaryIntro}</p>
      <dl className="glossary-list">
        {ids.map((id) => {
          const e = text(id);
          const [slug, hash] = GLOSSARY[id].taught.split('#');
          const chapter = findChapter(slug, lang);
          return (
            <Fragment key={id}>
              <dt id={termAnchor(id)}>{e.term}</dt>
              <dd>
                {e.definition}{' '}
                {chapter && (
                  <span className="glossary-taught">
                    {before}
                    <Link href={`${chapterPath(chapter)}${hash ? `#${hash}` : ''}`}>{chapter.title}</Link>
                    {after}
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
