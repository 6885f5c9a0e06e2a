import type { ComponentType } from 'react';
import type { MDXProps } from 'mdx/types';
import chapters from 'virtual:chapters';
import { defaultLanguage, languages, type Lang } from './i18n';

/** `nav` is an optional short title for the header's chapter list. */
export interface ChapterMeta { lang: string; slug: string; title: string; order: number; summary: string; nav?: string }

/** A heading of a chapter, as rehype-extract-toc exports it from the MDX (`tableOfContents`). */
export interface TocEntry { value: string; depth: number; id?: string; children?: TocEntry[] }

/**
 * A compiled chapter: its body, its headings, and its formulas (scripts/vite/rehypeMaths.ts): how many there
 * are, and the import of their markup for when the page does not already hold it.
 */
export interface ChapterModule {
  default: ComponentType<MDXProps>;
  tableOfContents?: TocEntry[];
  mathsCount?: number;
  loadMaths?: () => Promise<{ default: string[] }>;
}

/** Chapter bodies, each its own lazily loaded chunk. */
const bodies = import.meta.glob<ChapterModule>('/content/*/*.mdx');

/** Every chapter in every language, in reading order. */
export function allChapters(): ChapterMeta[] {
  return chapters as ChapterMeta[];
}

export function chapterList(lang: string = defaultLanguage): ChapterMeta[] {
  return allChapters().filter((c) => c.lang === lang);
}

export function findChapter(slug: string, lang: string = defaultLanguage): ChapterMeta | undefined {
  return chapterList(lang).find((c) => c.slug === slug);
}

/**
 * The languages that have pages: the default one always, another once `content/<lang>/` has chapters. Only
 * these are routed and prerendered, so a language whose strings exist but whose chapters do not yet is
 * invisible rather than half there.
 */
export function routedLanguages(): Lang[] {
  return (Object.keys(languages) as Lang[]).filter((l) => l === defaultLanguage || chapterList(l).length > 0);
}

export function loadChapter(meta: ChapterMeta): () => Promise<ChapterModule> {
  const loader = bodies[`/content/${meta.lang}/${meta.slug}.mdx`];
  if (!loader) throw new Error(`No body for chapter ${meta.lang}/${meta.slug}`);
  return loader;
}
