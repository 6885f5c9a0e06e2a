/**
 * One typeset formula of a chapter: `<Maths i="n"/>` is written by the build in place of KaTeX's markup
 * (scripts/vite/rehypeMaths.ts), and the markup comes from the chapter's formula table, which ChapterPage
 * provides: read back from the prerendered page (mathsOnPage.ts) or, where the page does not hold this
 * chapter, imported. The span is KaTeX's own root, `class="katex"`, so the stylesheet and the scroll regions
 * see what they saw before; `data-maths` is its index, by which the prerendered page is read back.
 */
import { createContext, useContext } from 'react';

/** The chapter's formulas' inner markup, by index. */
export const MathsTable = createContext<readonly string[]>([]);

export function Maths({ i }: { i: string }) {
  const html = useContext(MathsTable)[Number(i)] ?? '';
  return <span className="katex" data-maths={i} dangerouslySetInnerHTML={{ __html: html }} />;
}
