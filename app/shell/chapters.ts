import type { ComponentType } from 'react';
import type { MDXProps } from 'mdx/types';
import chapters from 'virtual:chapters';
import { defaultLanguage } from './i18n';

export interface ChapterMeta { lang: string; slug: string; title: string; order: number; summary: string }

/** Chapter bodies, each its own lazily loaded chunk. */
const bodies = import.meta.glob<{ default: ComponentType<MDXProps> }>('/content/*/*.mdx');

export function chapterList(lang: string = defaultLanguage): ChapterMeta[] {
  return (chapters as ChapterMeta[]).filter((c) => c.lang === lang);
}

export function findChapter(slug: string, lang: string = defaultLanguage): ChapterMeta | undefined {
  return chapterList(lang).find((c) => c.slug === slug);
}

export function loadChapter(meta: ChapterMeta): () => Promise<{ default: ComponentType<MDXProps> }> {
  const loader = bodies[`/content/${meta.lang}/${meta.slug}.mdx`];
  if (!loader) throw new Error(`No body for chapter ${meta.lang}/${meta.slug}`);
  return loader;
}
