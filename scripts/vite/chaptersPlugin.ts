/**
 * Vite plugin: `virtual:chapters` exports the front matter of every chapter in `content/<lang>/*.mdx`
 * as a small array, so the home page and navigation know the chapters without loading their bodies.
 *
 * Front matter fields: `title` (string), `order` (number), `summary` (string), optionally `nav` (a short title
 * for the header's chapter list). The slug is the file name.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';

/** `nav` is an optional short title for the header's chapter list. */
export interface ChapterMeta { lang: string; slug: string; title: string; order: number; summary: string; nav?: string }

const VIRTUAL_ID = 'virtual:chapters';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** `virtual:widget-order`: the JSX tags the chapters use, in reading order (first use), for `/widgets`. */
const ORDER_ID = 'virtual:widget-order';
const RESOLVED_ORDER_ID = '\0' + ORDER_ID;

/** Reads the YAML block between the leading `---` fences of an MDX file. */
export function readFrontMatter(source: string, file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) throw new Error(`${file}: missing front matter (title, order, summary)`);
  return parse(match[1]) as Record<string, unknown>;
}

export function collectChapters(contentDir: string): ChapterMeta[] {
  const chapters: ChapterMeta[] = [];
  for (const lang of readdirSync(contentDir)) {
    const dir = join(contentDir, lang);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const fm = readFrontMatter(readFileSync(join(dir, file), 'utf8'), file);
      const { title, order, summary, nav } = fm;
      if (typeof title !== 'string' || typeof order !== 'number' || typeof summary !== 'string') {
        throw new Error(`${lang}/${file}: front matter needs title (string), order (number), summary (string)`);
      }
      if (nav !== undefined && typeof nav !== 'string') throw new Error(`${lang}/${file}: front matter nav must be a string`);
      chapters.push({ lang, slug: basename(file, '.mdx'), title, order, summary, ...(nav ? { nav } : {}) });
    }
  }
  return chapters.sort((a, b) => a.order - b.order);
}

/** Capitalised JSX tags in the default language's chapters, in reading order, each once. */
export function tagsInReadingOrder(contentDir: string, lang = 'en'): string[] {
  const tags: string[] = [];
  for (const c of collectChapters(contentDir).filter((ch) => ch.lang === lang)) {
    const source = readFileSync(join(contentDir, c.lang, `${c.slug}.mdx`), 'utf8');
    for (const m of source.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) if (!tags.includes(m[1])) tags.push(m[1]);
  }
  return tags;
}

export function chaptersPlugin(contentDir: string): Plugin {
  return {
    name: 'continuous-depth-chapters',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === ORDER_ID ? RESOLVED_ORDER_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_ORDER_ID) return `export default ${JSON.stringify(tagsInReadingOrder(contentDir))};`;
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(collectChapters(contentDir))};`;
    },
    // In dev, a chapter added, removed or edited changes the list: drop the cached module and reload.
    // (Not `addWatchFile` on the folders: Vite's dev import analysis would then try to import them.)
    configureServer(server) {
      const refresh = (file: string) => {
        if (!file.startsWith(contentDir) || !file.endsWith('.mdx')) return;
        for (const id of [RESOLVED_ID, RESOLVED_ORDER_ID]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(contentDir);
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      server.watcher.on('change', refresh);
    },
  };
}
