/**
 * Discovers widgets by convention, so adding one touches no shared file:
 *   app/widgets/<Name>/meta.ts   exports `meta: WidgetMeta` (small; loaded eagerly)
 *   app/widgets/<Name>/index.tsx exports the component as default (its own lazily loaded chunk)
 * `<Name>` is the tag authors write in MDX; `meta.name` (kebab-case) is its page, `/widget/<name>`.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

import type { WidgetBaseProps, WidgetMeta } from '../widgets/common/types';
import type { Lang } from '../widgets/common/i18n';

export type { WidgetBaseProps, WidgetMeta };

const metas = import.meta.glob<WidgetMeta>('../widgets/*/meta.ts', { eager: true, import: 'meta' });
const loaders = import.meta.glob<{ default: ComponentType<WidgetBaseProps & Record<string, unknown>> }>('../widgets/*/index.tsx');

const tagOf = (path: string) => path.split('/').at(-2) as string;

export interface WidgetEntry extends WidgetMeta {
  tag: string;
  Component: LazyExoticComponent<ComponentType<WidgetBaseProps & Record<string, unknown>>>;
}

export const widgetEntries: WidgetEntry[] = Object.entries(metas).flatMap(([path, meta]) => {
  const tag = tagOf(path);
  const loader = loaders[path.replace(/meta\.ts$/, 'index.tsx')];
  return loader ? [{ ...meta, tag, Component: lazy(loader) }] : [];
});

export function widgetByName(name: string): WidgetEntry | undefined {
  return widgetEntries.find((w) => w.name === name);
}

/** A widget's title and one-line summary in a language (`meta.zh` for Chinese). */
export function widgetText(entry: WidgetMeta, lang: Lang): { title: string; summary: string } {
  return lang === 'zh' ? entry.zh : { title: entry.title, summary: entry.summary };
}
