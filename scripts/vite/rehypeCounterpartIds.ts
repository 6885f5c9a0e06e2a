/**
 * A rehype plugin (run before rehype-slug) that gives a translated chapter's headings the ids of the English
 * chapter's headings at the same position: the i-th h2/h3 of `content/zh/<slug>.mdx` gets the id of the i-th
 * h2/h3 of `content/en/<slug>.mdx` (and h4–h6 likewise among themselves). rehype-slug then leaves those
 * headings alone.
 *
 * Why: an id made from a Chinese heading (`#初值问题`) would differ from the English one (`#initial-value-problems`),
 * so every link to a section would need translating, and the language switch could not find the reader's
 * section. With one id per section in both languages, `/ode-basics#adaptive-steps` and
 * `/zh/ode-basics#adaptive-steps` are the same place, the glossary's `taught` anchors and the chapters' links
 * to sections work in both, and the switch only swaps the path. The translation test
 * (scripts/translation.test.ts) holds the two chapters to the same h2/h3 structure, which makes position a
 * faithful map. Headings beyond the English count keep rehype-slug's ids.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterOf, headingIds, headingsOf, type HeadingId } from './mdxPipeline.ts';

interface HastNode { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] }

/** Sections (h2, h3) map among sections, minor headings (h4–h6) among minor ones; h1 is the page's title. */
const band = (depth: number) => (depth <= 1 ? 'title' : depth <= 3 ? 'section' : 'minor');

/** Where a heading of the translated chapter takes its id from: the English heading in the same band and rank. */
export function counterpartIds(english: HeadingId[], translated: number[]): Array<string | undefined> {
  const rank: Record<string, number> = {};
  const byBand: Record<string, string[]> = {};
  for (const h of english) (byBand[band(h.depth)] ??= []).push(h.id);
  return translated.map((depth) => {
    const b = band(depth);
    const i = (rank[b] = (rank[b] ?? -1) + 1);
    return byBand[b]?.[i];
  });
}

export default function rehypeCounterpartIds({ contentDir, defaultLang = 'en' }: { contentDir: string; defaultLang?: string }) {
  return (tree: HastNode, file: { path?: string }) => {
    const chapter = chapterOf(contentDir, file.path);
    if (!chapter || chapter.lang === defaultLang) return;
    const source = join(contentDir, defaultLang, `${chapter.slug}.mdx`);
    if (!existsSync(source)) return;
    const english = headingIds(readFileSync(source, 'utf8'), source);
    const headings = headingsOf(tree);
    const ids = counterpartIds(
      english,
      headings.map((h) => h.depth),
    );
    headings.forEach((h, i) => {
      if (ids[i] && !h.node.properties?.id) h.node.properties = { ...h.node.properties, id: ids[i] };
    });
  };
}
