import { REFERENCES, sortedRefKeys, isRefKey, type Reference } from './sources.ts';

/**
 * One bibliography entry as a page shows it: the reference under its key `k`, with its note in the page's
 * language (a chapter prints `short` only in its citations, so the entry leaves it out).
 */
export type InlinedReference = Omit<Reference, 'short' | 'note' | 'noteZh'> & { k: string; note?: string };

/**
 * The references of `keys` (unknown keys dropped), sorted as bibliographies print them, each with its note in
 * `lang` (English where there is no translation). The build writes a chapter's into its `<Bibliography>`
 * (scripts/vite/remarkInlineSources.ts); `/references` shows them all.
 */
export function inlinedReferences(keys: readonly string[], lang: 'en' | 'zh'): InlinedReference[] {
  return sortedRefKeys(keys.filter(isRefKey)).map((k) => {
    const r: Reference = REFERENCES[k];
    const note = lang === 'zh' ? (r.noteZh ?? r.note) : r.note;
    return { k, authors: r.authors, title: r.title, venue: r.venue, year: r.year, url: r.url, ...(note ? { note } : {}) };
  });
}
