/**
 * The one registry of components that chapter authors may use in MDX (react.dev's idea): callouts,
 * figures, and every widget under its folder name, each wrapped so it loads lazily with a placeholder.
 */
import { Suspense, type ComponentType, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { useHydrated } from '../runtime/useHydrated';
import { Aside, DeepDive, Figure, Pitfall } from './Callouts';
import { Bibliography, Cite } from './Sources';
import { Term } from './Term';
import { Maths } from './Maths';
import { ScrollRegion } from '../widgets/common/ScrollRegion';
import { widgetEntries, widgetText, type WidgetEntry } from './widgets';
import { useLang } from '../widgets/common/i18n';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';
import { heightsOf, sizeKey, WidgetPlaceholder } from './WidgetPlaceholder';

/**
 * A widget as MDX uses it. On the server and during hydration it is its placeholder (the prerendered HTML
 * holds no widget code); once hydrated, the widget itself loads, with the same placeholder while it does.
 * The slot carries the size key, so scripts/widgetAssets.ts can record the mounted widget's height.
 */
function suspended(entry: WidgetEntry): ComponentType<Record<string, unknown>> {
  const Lazy = entry.Component;
  function Widget(props: Record<string, unknown>) {
    const hydrated = useHydrated();
    const { title, summary } = widgetText(entry, useLang());
    const key = sizeKey(entry.name, props);
    const caption = typeof props.caption === 'string' ? props.caption : summary;
    const placeholder = <WidgetPlaceholder title={title} caption={caption as ReactNode} heights={heightsOf(key)} />;
    return (
      <div className="widget-slot" data-size-key={key}>
        {hydrated ? (
          <WidgetErrorBoundary title={title}>
            <Suspense fallback={placeholder}>
              <Lazy {...props} />
            </Suspense>
          </WidgetErrorBoundary>
        ) : (
          placeholder
        )}
      </div>
    );
  }
  Widget.displayName = entry.tag;
  return Widget;
}

export const mdxComponents: MDXComponents = {
  Aside,
  Pitfall,
  DeepDive,
  Figure,
  Cite,
  Term,
  Bibliography,
  ScrollRegion,
  Maths,
  ...Object.fromEntries(widgetEntries.map((e) => [e.tag, suspended(e)])),
};

export { suspended as suspendedWidget };
