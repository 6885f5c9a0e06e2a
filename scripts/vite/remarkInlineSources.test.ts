/** The build writes each chapter's glossary entries and references into it, in the chapter's language. */
import { describe, expect, it } from 'vitest';
import { parseChapter } from './mdxPipeline';
import remarkInlineSources from './remarkInlineSources';
import { GLOSSARY, REFERENCES } from '../../app/mdx/sources';

const SOURCE = `Counting <Term id="nfe">NFE</Term> as in <Cite k="torchdiffeq">README</Cite>, and <Term id="no-such-term">this</Term>.

<Bibliography refs={['torchdiffeq', 'chen2018']} />
`;

interface Attr {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: Attr[];
  children?: Node[];
}

/** The attributes of every JSX element called `name`, as name → value maps, in document order. */
function elements(tree: Node, name: string, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if ((tree.type === 'mdxJsxTextElement' || tree.type === 'mdxJsxFlowElement') && tree.name === name) out.push(Object.fromEntries((tree.attributes ?? []).map((a) => [a.name, a.value])));
  for (const c of tree.children ?? []) elements(c, name, out);
  return out;
}

function inlined(path: string): Node {
  const tree = parseChapter(SOURCE) as unknown as Node;
  remarkInlineSources({ contentDir: '/repo/content' })(tree, { path });
  return tree;
}

describe('remarkInlineSources', () => {
  it('gives an English chapter its terms, citations and bibliography in English', () => {
    const tree = inlined('/repo/content/en/ode-basics.mdx');
    const [nfe, unknown] = elements(tree, 'Term');
    expect(nfe).toMatchObject({ id: 'nfe', term: GLOSSARY.nfe.term, definition: GLOSSARY.nfe.definition });
    expect(unknown).toEqual({ id: 'no-such-term' });
    expect(elements(tree, 'Cite')[0]).toEqual({ k: 'torchdiffeq', short: REFERENCES.torchdiffeq.short });
    const entries = JSON.parse(String(elements(tree, 'Bibliography')[0].entries)) as { k: string; note?: string; url: string }[];
    expect(entries.map((e) => e.k)).toEqual(['chen2018', 'torchdiffeq']);
    expect(entries[0]).toMatchObject({ url: REFERENCES.chen2018.url, note: REFERENCES.chen2018.note });
  });

  it('gives a Chinese chapter the Chinese entries, and keeps titles and names as they are', () => {
    const tree = inlined('/repo/content/zh/ode-basics.mdx');
    expect(elements(tree, 'Term')[0]).toMatchObject({ term: GLOSSARY.nfe.zh.term, definition: GLOSSARY.nfe.zh.definition });
    expect(elements(tree, 'Cite')[0]).toMatchObject({ short: REFERENCES.torchdiffeq.short });
    const [chen] = JSON.parse(String(elements(tree, 'Bibliography')[0].entries)) as { title: string; note?: string }[];
    expect(chen.title).toBe(REFERENCES.chen2018.title);
    expect(chen.note).toBe(REFERENCES.chen2018.noteZh);
  });
});
