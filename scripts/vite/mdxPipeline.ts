/**
 * The remark plugins every chapter is compiled with, in one place: vite.config.ts compiles the chapters with
 * them, and the tools that must see a chapter exactly as the site does (heading ids, the translation checks)
 * parse with them too, through @mdx-js/mdx's own processor.
 */
import { createProcessor } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { relative, sep } from 'node:path';
import type { Root as MdastRoot } from 'mdast';

export const remarkPlugins = [remarkFrontmatter, remarkMdxFrontmatter, remarkMath, remarkGfm];

/** A heading as the compiled chapter has it: its level (1–6) and its id. */
export interface HeadingId { depth: number; id: string }

interface HastNode { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] }

/** The headings of a node's subtree, in document order. */
export function headingsOf(node: HastNode, out: Array<{ depth: number; node: HastNode }> = []): Array<{ depth: number; node: HastNode }> {
  const m = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '') : null;
  if (m) out.push({ depth: Number(m[1]), node });
  for (const c of node.children ?? []) headingsOf(c, out);
  return out;
}

/**
 * The ids rehype-slug gives an MDX source's headings when compiled as the site compiles it, in document
 * order (optionally after `before`, a rehype plugin that runs before rehype-slug, such as the counterpart ids).
 */
export function headingIds(source: string, path?: string, before?: () => (tree: HastNode, file: { path?: string }) => void): HeadingId[] {
  const found: HeadingId[] = [];
  const collect = () => (tree: HastNode) => {
    for (const h of headingsOf(tree)) found.push({ depth: h.depth, id: String(h.node.properties?.id ?? '') });
  };
  const processor = createProcessor({ remarkPlugins, rehypePlugins: [...(before ? [before] : []), rehypeSlug, collect] });
  // The processor's types describe its last stage (an estree program); the tree it parses is markdown's.
  processor.runSync(processor.parse({ value: source, path }) as never, { value: source, path });
  return found;
}

/** A chapter's markdown syntax tree (remark-mdx), as the site parses it: JSX elements, headings, maths. */
export function parseChapter(source: string): MdastRoot {
  return createProcessor({ remarkPlugins }).parse(source) as MdastRoot;
}

/** The chapter a file is, relative to the content folder: `zh/ode-basics.mdx` → zh, ode-basics. */
export function chapterOf(contentDir: string, path: string | undefined): { lang: string; slug: string } | undefined {
  if (!path) return undefined;
  const parts = relative(contentDir, path).split(sep);
  // A file beside or above the content folder (`../notes.mdx`) is no chapter.
  if (parts.length !== 2 || parts[0] === '..' || !parts[1].endsWith('.mdx')) return undefined;
  return { lang: parts[0], slug: parts[1].replace(/\.mdx$/, '') };
}
