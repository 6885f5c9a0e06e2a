/**
 * A rehype plugin (run last, after rehype-katex and the scroll regions) that takes KaTeX's markup out of a
 * chapter's JavaScript. Each typeset formula (`<span class="katex">…</span>`, inline or inside a display) becomes
 * `<Maths i="n"/>` (app/mdx/Maths.tsx), the n-th formula of the chapter; its markup goes into a table that the
 * chapter loads only when the page does not already hold it (app/mdx/mathsOnPage.ts).
 *
 * Why: KaTeX writes every formula twice (MathML for screen readers, positioned spans for the eye), and MDX
 * compiles that markup into one `jsx()` call per element. In chapter 1 that was about two thirds of the
 * chapter's chunk (12 of 18.8 kB gzip), downloaded only to hydrate text the prerendered page already shows.
 * Now a prerendered page hands its own formulas to React, and the table is fetched only after a client-side
 * navigation, or where no prerendered page was served.
 *
 * The compiled chapter also exports `mathsCount` (how many formulas it has) and `loadMaths()` (imports
 * `virtual:chapter-maths/<lang>/<slug>`, served by chapterMathsPlugin.ts, which compiles the chapter again
 * with `collect` set to receive the markup). A file that is not a chapter is left alone.
 */
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'hast';
import { chapterOf } from './mdxPipeline.ts';

export const MATHS = 'Maths';
export const MATHS_MODULE = 'virtual:chapter-maths/';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  [key: string]: unknown;
}

export interface RehypeMathsOptions {
  contentDir: string;
  /** Receives each formula's inner markup, in document order (the table build); omitted for the chapter body. */
  collect?: (html: string[]) => void;
}

/** A KaTeX root: a span whose only class is `katex` (a display wraps one in `katex-display`). */
function isKatexRoot(node: HastNode): boolean {
  const cls = node.properties?.className;
  return node.type === 'element' && node.tagName === 'span' && Array.isArray(cls) && cls.length === 1 && cls[0] === 'katex';
}

/** Replaces every KaTeX root below `parent` with `<Maths i>`, in document order, and returns their markup. */
function replaceFormulas(parent: HastNode, html: string[]): void {
  const children = parent.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (isKatexRoot(child)) {
      children[i] = { type: 'mdxJsxTextElement', name: MATHS, attributes: [{ type: 'mdxJsxAttribute', name: 'i', value: String(html.length) }], children: [] };
      html.push(toHtml((child.children ?? []) as RootContent[]));
    } else replaceFormulas(child, html);
  }
}

/** `export const <name> = <init>;` as MDX's ESM node (estree), for the compiled chapter. */
function exportConst(name: string, init: object): HastNode {
  const declaration = { type: 'VariableDeclaration', kind: 'const', declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name }, init }] };
  const program = { type: 'Program', sourceType: 'module', body: [{ type: 'ExportNamedDeclaration', declaration, specifiers: [], source: null }] };
  return { type: 'mdxjsEsm', value: '', data: { estree: program } };
}

const literal = (value: string | number) => ({ type: 'Literal', value, raw: JSON.stringify(value) });

export default function rehypeMaths({ contentDir, collect }: RehypeMathsOptions) {
  return (tree: HastNode, file: { path?: string }) => {
    const chapter = chapterOf(contentDir, file.path);
    if (!chapter) return;
    const html: string[] = [];
    replaceFormulas(tree, html);
    if (collect) {
      collect(html);
      return;
    }
    const loader = { type: 'ArrowFunctionExpression', params: [], async: false, generator: false, expression: true, body: { type: 'ImportExpression', source: literal(`${MATHS_MODULE}${chapter.lang}/${chapter.slug}`) } };
    tree.children = [exportConst('mathsCount', literal(html.length)), exportConst('loadMaths', loader), ...(tree.children ?? [])];
  };
}
