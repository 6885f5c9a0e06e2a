/**
 * Reading a chapter's MDX as a reader sees its prose, for the content checks: where the running text is, which
 * JSX components it uses with which attributes, and where its sections begin. Every "blanking" below replaces
 * characters by spaces of the same length, so an index into the blanked text is an index into the source.
 */

const blank = (m: string) => m.replace(/[^\n]/g, ' ');

/** The source with front matter, code, maths, headings and every JSX tag (with its attributes) blanked. */
export function proseOnly(src: string): string {
  return src
    .replace(/^---[\s\S]*?---/, blank)
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$[^$\n]*\$/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)]*\)/g, blank)
    .replace(/^#{1,6}\s.*$/gm, blank)
    .replace(/<\/?[A-Za-z][^>]*?\/?>/g, blank);
}

export interface Span { start: number; end: number }
export interface TermUse extends Span { id: string }

/** Every `<Term id="…">…</Term>` in the source, with the range of the whole element. */
export function termUses(src: string): TermUse[] {
  return [...src.matchAll(/<Term id="([^"]*)">[\s\S]*?<\/Term>/g)].map((m) => ({ id: m[1], start: m.index, end: m.index + m[0].length }));
}

/** Every `<Cite k="…">` key in the source (a `<Cite>` without `k` yields the empty string). */
export function citeKeys(src: string): string[] {
  return [...src.matchAll(/<Cite(?:\s+k="([^"]*)")?\s*\/?>/g)].map((m) => m[1] ?? '');
}

/** The keys listed by each `<Bibliography refs={[…]} />`. */
export function bibliographies(src: string): string[][] {
  return [...src.matchAll(/<Bibliography\s+refs=\{\[([^\]]*)\]\}\s*\/>/g)].map((m) => [...m[1].matchAll(/'([^']*)'/g)].map((k) => k[1]));
}

/** The body's paragraphs (blocks separated by blank lines), front matter removed. */
export function paragraphs(src: string): string[] {
  return src
    .replace(/^---[\s\S]*?---/, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** The `##` sections of the body, in order: heading text and the text up to the next `##` heading. */
export function sections(src: string): { heading: string; text: string }[] {
  const body = src.replace(/^---[\s\S]*?---/, '').replace(/```[\s\S]*?```/g, blank);
  const heads = [...body.matchAll(/^## (.+)$/gm)];
  return heads.map((h, i) => ({ heading: h[1].trim(), text: body.slice(h.index + h[0].length, heads[i + 1]?.index ?? body.length) }));
}
