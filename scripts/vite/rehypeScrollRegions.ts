/**
 * A rehype plugin (run after rehype-katex) that puts every display equation, code block and table of a
 * chapter inside `<ScrollRegion>` (app/widgets/common/ScrollRegion.tsx), the one mechanism by which wide content
 * scrolls sideways inside the column instead of widening the page (DESIGN.md, Figures: Equations). It works
 * on the compiled MDX, so the wrapper is in the server-rendered HTML too; the component decides in the
 * browser whether its content overflows and only then becomes a focusable, labelled region.
 */

/** The minimal hast shapes this plugin touches (MDX's hast adds the JSX element nodes). */
interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: unknown[];
  children?: HastNode[];
}

export const SCROLL_REGION = 'ScrollRegion';

/** What a wrapped node is, for the region's accessible name; null when it is not wrapped. */
export function scrollKind(node: HastNode): 'equation' | 'code' | 'table' | null {
  if (node.type !== 'element') return null;
  const cls = node.properties?.className;
  const classes = Array.isArray(cls) ? cls.map(String) : typeof cls === 'string' ? cls.split(/\s+/) : [];
  if (classes.includes('katex-display')) return 'equation';
  if (node.tagName === 'pre') return 'code';
  if (node.tagName === 'table') return 'table';
  return null;
}

function wrap(node: HastNode, kind: string): HastNode {
  return {
    type: 'mdxJsxFlowElement',
    name: SCROLL_REGION,
    attributes: [{ type: 'mdxJsxAttribute', name: 'kind', value: kind }],
    children: [node],
  };
}

function walk(parent: HastNode): void {
  const children = parent.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'mdxJsxFlowElement' && child.name === SCROLL_REGION) continue;
    const kind = scrollKind(child);
    if (kind) children[i] = wrap(child, kind);
    else walk(child);
  }
}

export default function rehypeScrollRegions() {
  return (tree: HastNode) => walk(tree);
}
