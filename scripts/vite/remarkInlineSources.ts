/**
 * A remark plugin that writes into each chapter, at build time, the part of the site's sources it uses
 * (app/mdx/sources.ts), in the chapter's language:
 *
 * - `<Term id="nfe">` gets `term` and `definition`, the glossary entry its tooltip shows;
 * - `<Cite k="chen2018">` gets `short`, the name it prints ("Chen et al. 2018");
 * - `<Bibliography refs={[…]} />` gets `entries`, the listed references sorted as /references sorts them,
 *   with the note in the chapter's language, as one JSON string.
 *
 * So a chapter's JavaScript carries the dozen definitions and references it shows, not the whole glossary and
 * bibliography in both languages (8.7 kB gzip on every chapter before: issue #14's chapter budget). The
 * `/glossary` and `/references` pages still read sources.ts whole. The language is the chapter's folder under
 * `contentDir` (`chapterOf`, as for the counterpart ids): `zh/…` is Chinese, anything else English. An unknown id or key gets nothing, and the component
 * shows the bare text (the content check fails the build's tests first).
 */
import { GLOSSARY, REFERENCES, isRefKey, isTermId } from '../../app/mdx/sources.ts';
import { inlinedReferences } from '../../app/mdx/referenceEntries.ts';
import { chapterOf } from './mdxPipeline.ts';

/** The mdast shapes this plugin touches: MDX JSX elements and their attributes. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdNode {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: MdNode[];
}

type Lang = 'en' | 'zh';

const isJsx = (n: MdNode) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';

function attribute(node: MdNode, name: string): JsxAttribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

const stringAttribute = (name: string, value: string): JsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** The keys of `refs={['a', 'b']}`: an expression attribute, read for its quoted strings. */
function listedKeys(node: MdNode): string[] {
  const value = attribute(node, 'refs')?.value;
  const source = typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'value' in value ? String((value as { value: unknown }).value) : '';
  return [...source.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

function inline(node: MdNode, lang: Lang): void {
  if (isJsx(node) && node.attributes) {
    if (node.name === 'Term') {
      const id = attribute(node, 'id')?.value;
      if (typeof id === 'string' && isTermId(id)) {
        const entry = lang === 'zh' ? GLOSSARY[id].zh : GLOSSARY[id];
        node.attributes.push(stringAttribute('term', entry.term), stringAttribute('definition', entry.definition));
      }
    } else if (node.name === 'Cite') {
      const k = attribute(node, 'k')?.value;
      if (typeof k === 'string' && isRefKey(k)) node.attributes.push(stringAttribute('short', REFERENCES[k].short));
    } else if (node.name === 'Bibliography') {
      const entries = inlinedReferences(listedKeys(node), lang);
      node.attributes = [stringAttribute('entries', JSON.stringify(entries))];
    }
  }
  for (const child of node.children ?? []) inline(child, lang);
}

export default function remarkInlineSources({ contentDir }: { contentDir: string }) {
  return (tree: MdNode, file: { path?: string }) => {
    const lang: Lang = chapterOf(contentDir, file.path)?.lang === 'zh' ? 'zh' : 'en';
    inline(tree, lang);
  };
}
