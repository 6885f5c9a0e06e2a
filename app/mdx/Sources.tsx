/**
 * Citations and bibliographies. The build writes what they show into each chapter from the one list of
 * sources, app/mdx/sources.ts (scripts/vite/remarkInlineSources.ts), so a chapter carries only its own.
 *
 * - `<Cite k="chen2018">§3, Table 1</Cite>` renders "[Chen et al. 2018, §3, Table 1]", the name (`short`,
 *   written in by the build) linking to the entry in the chapter's bibliography.
 * - `<Bibliography refs={['chen2018', 'torchdiffeq']} />` renders those entries, sorted, each with its link;
 *   the build turns `refs` into `entries`. The content check holds `refs` to exactly the keys the chapter cites.
 */
import type { ReactNode } from 'react';
import type { InlinedReference } from './referenceEntries';
import { refAnchor } from './sourceAnchors';
import { useLang } from '../widgets/common/i18n';
import './sources.css';

export function Cite({ k, short, children }: { k: string; short?: string; children?: ReactNode }) {
  const lang = useLang();
  if (short === undefined) return <span className="cite">[{children}]</span>;
  return (
    <span className="cite">
      [
      <a href={`#${refAnchor(k)}`} lang={lang === 'en' ? undefined : 'en'}>
        {short}
      </a>
      {children ? <>, {children}</> : null}]
    </span>
  );
}

/** One entry: authors, linked title, venue, and what the site takes from it (`note`, in the page's language). */
export function ReferenceEntry({ entry: r }: { entry: InlinedReference }) {
  const lang = useLang();
  // Authors, titles and venues are not translated: on a page in another language they are marked as English,
  // so a screen reader pronounces them as such (and the page's own text is told apart from them).
  const source = (
    <>
      {r.authors}. <a href={r.url}>{r.title}</a>. {r.venue}
      {r.venue.includes(String(r.year)) ? '' : `, ${r.year}`}.
    </>
  );
  return (
    <li id={refAnchor(r.k)} className="reference">
      {lang === 'en' ? source : <span lang="en">{source}</span>}
      {r.note ? <span className="reference-note"> {r.note}</span> : null}
    </li>
  );
}

/** `entries`: the chapter's references as JSON, sorted, written in by the build. */
export function Bibliography({ entries = '[]' }: { entries?: string }) {
  const list = JSON.parse(entries) as InlinedReference[];
  return (
    <ol className="bibliography">
      {list.map((r) => (
        <ReferenceEntry key={r.k} entry={r} />
      ))}
    </ol>
  );
}
