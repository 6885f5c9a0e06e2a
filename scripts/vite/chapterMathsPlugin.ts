/**
 * Vite plugin: `virtual:chapter-maths/<lang>/<slug>` exports the inner markup of every formula of
 * `content/<lang>/<slug>.mdx`, in document order (an array of strings), for the chapter's `<Maths i>` elements
 * when the page does not already hold them (see rehypeMaths.ts). It compiles the chapter with the site's own
 * plugin list, so formula i of the table is formula i of the body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Plugin } from 'vite';
import { chapterPlugins } from './chapterPlugins.ts';
import { MATHS_MODULE } from './rehypeMaths.ts';

/**
 * The resolved id names the table's chunk: `chapter-formulas-<lang>-<slug>-<hash>.js`, distinct from the
 * chapter's own chunk (`<slug>-<hash>.js`), so a reader of the network log (or a test) can tell them apart.
 */
const RESOLVED_PREFIX = '\0chapter-formulas-';

/** The markup of each formula of one chapter file, typeset as the site typesets it. */
export async function chapterFormulas(contentDir: string, path: string): Promise<string[]> {
  let formulas: string[] = [];
  const processor = createProcessor(chapterPlugins(contentDir, (html) => (formulas = html)));
  const file = { path, value: readFileSync(path, 'utf8') };
  // The processor's types describe its last stage (an estree program); the tree it parses is markdown's.
  await processor.run(processor.parse(file) as never, file);
  return formulas;
}

export function chapterMathsPlugin(contentDir: string): Plugin {
  return {
    name: 'continuous-depth-chapter-maths',
    resolveId(id) {
      return id.startsWith(MATHS_MODULE) ? RESOLVED_PREFIX + id.slice(MATHS_MODULE.length).replace('/', '-') : undefined;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      // Languages are folder names without hyphens (`en`, `zh`); the slug may have them.
      const [, lang, slug] = /^([^-]+)-(.+)$/.exec(id.slice(RESOLVED_PREFIX.length)) ?? [];
      if (!lang || !slug) throw new Error(`chapter maths: cannot read ${id.slice(1)}`);
      const path = join(contentDir, lang, `${slug}.mdx`);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(await chapterFormulas(contentDir, path))};`;
    },
  };
}
