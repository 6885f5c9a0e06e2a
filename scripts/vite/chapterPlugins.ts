/**
 * The remark and rehype plugins a chapter is compiled with, in one place: vite.config.ts compiles the
 * chapters with them, and chapterMathsPlugin.ts compiles a chapter again with the same list to collect its
 * formulas' markup, so the i-th formula of the table is the i-th `<Maths>` of the body.
 *
 * Order matters. remarkInlineSources writes into each chapter the glossary entries and references it shows.
 * rehype-slug gives headings stable ids (a translated chapter's headings first take the English chapter's
 * ids, position by position: rehypeCounterpartIds); extract-toc exports them as `tableOfContents`, so the
 * table of contents is known before the body renders (on the server too) and nothing shifts. Scroll regions
 * wrap wide equations, code and tables after KaTeX has typeset them; rehypeMaths then moves each formula's
 * markup out of the body.
 */
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeExtractToc from '@stefanprobst/rehype-extract-toc';
import rehypeExportToc from '@stefanprobst/rehype-extract-toc/mdx';
import type { PluggableList } from 'unified';
import rehypeCounterpartIds from './rehypeCounterpartIds.ts';
import rehypeMaths from './rehypeMaths.ts';
import rehypeScrollRegions from './rehypeScrollRegions.ts';
import { remarkPlugins } from './mdxPipeline.ts';
import remarkInlineSources from './remarkInlineSources.ts';

export function chapterPlugins(contentDir: string, collect?: (html: string[]) => void): { remarkPlugins: PluggableList; rehypePlugins: PluggableList } {
  return {
    remarkPlugins: [...remarkPlugins, [remarkInlineSources, { contentDir }]],
    rehypePlugins: [
      [rehypeCounterpartIds, { contentDir }],
      rehypeSlug,
      rehypeExtractToc,
      rehypeExportToc,
      [rehypeKatex, { throwOnError: true, strict: 'error' }],
      rehypeScrollRegions,
      [rehypeMaths, { contentDir, collect }],
    ],
  };
}
