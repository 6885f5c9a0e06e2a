/**
 * A chapter's formula table read back from the page, when the page holds that chapter as the build
 * prerendered it (scripts/vite/rehypeMaths.ts explains why the formulas are not in the chapter's script).
 *
 * The prerendered `<article data-chapter="<lang>/<slug>">` holds every formula as `<span data-maths="i">`.
 * Anything else (another chapter's article after a client-side navigation, a page rendered in the browser
 * from an empty root, a count that does not match the chapter's) gives undefined, and the caller imports
 * the table instead: a formula is never shown from the wrong chapter or left out. `chapter` is `<lang>/<slug>`,
 * both made of a file name's letters, digits and hyphens, so it needs no escaping in the selector.
 */
export function mathsOnPage(chapter: string, count: number, doc: Document | undefined = globalThis.document): string[] | undefined {
  const article = doc?.querySelector(`article[data-chapter="${chapter}"]`);
  if (!article) return undefined;
  const formulas = article.querySelectorAll<HTMLElement>('[data-maths]');
  if (formulas.length !== count) return undefined;
  const table = new Array<string>(count);
  for (const el of formulas) {
    const i = Number(el.dataset.maths);
    if (!Number.isInteger(i) || i < 0 || i >= count || table[i] !== undefined) return undefined;
    table[i] = el.innerHTML;
  }
  return table;
}
