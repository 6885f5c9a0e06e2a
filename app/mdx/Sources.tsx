/**
 * Citations and bibliographies, drawn from the one list of sources in `sources.ts`.
 *
 * - `<Cite k="chen2018">§3, Table 1</Cite>` renders "[Chen et al. 2018, §3, Table 1]", the name linking to
 *   the entry in the chapter's bibliography.
 * - `<Bibliography refs={['chen2018', 'torchdiffeq']} />` renders those entries, sorted, each with its link.
 *   The content check holds `refs` to exactly the keys the chapter cites.
 */
import type { ReactNode } from 'react';
import { isRefKey, refAnchor, REFERENCES, sortedRefKeys, type RefKey, type Reference } from './sources';
import { useLang } from '../widgets/common/i18n';
import './sources.css';

export function Cite({ k, children }: { k: string; children?: ReactNode }) {
  const lang = useLang();
  if (!isRefKey(k)) return <span className="cite">[{children}]</span>;
  return (
    <span className="cite">
      [
      <a href={`#${refAnchor(k)}`} lang={lang === 'en' ? undefined : 'en'}>
        {REFERENCES[k].short}
      </a>
      {children ? <>, {children}</> : null}]
    </span>
  );
}

/** One entry: authors, linked title, venue, and what the site takes from it. */
export function ReferenceEntry({ k, showNote = true }: { k: RefKey; showNote?: boolean }) {
  const r: Reference = REFERENCES[k];
  const lang = useLang();
  const note = lang === 'zh' ? (r.noteZh ?? r.note) : r.note;
  // Authors, titles and venues are not translated: on a page in another language they are marked as English,
  // so a screen reader pronounces them as such (and the page's own text is told apart from them).
  const source = (
    <>
      {r.authors}. <a href={r.url}>{r.title}</a>. {r.venue}
      {r.venue.includes(String(r.year)) ? '' : `, ${r.year}`}.
    </>
  );
  return (
    <li id={refAnchor(k)} className="reference">
      {lang === 'en' ? source : <span lang="en">{source}</span>}
      {showNote && note ? <span className="reference-note"> {note}</span> : null}
    </li>
  );
}

export function Bibliography({ refs }: { refs: readonly string[] }) {
  const keys = sortedRefKeys(refs.filter(isRefKey));
  return (
    <ol className="bibliography">
      {keys.map((k) => (
        <ReferenceEntry key={k} k={k} />
      ))}
    </ol>
  );
}
