import { Suspense } from 'react';
import { useSearch } from 'wouter';
import { widgetText, type WidgetEntry } from '../mdx/widgets';
import { useLang } from '../widgets/common/i18n';
import { WidgetErrorBoundary } from '../mdx/WidgetErrorBoundary';
import { heightsOf, WidgetPlaceholder } from '../mdx/WidgetPlaceholder';
import { useHydrated } from '../runtime/useHydrated';
import { WidgetHostContext, type WidgetHost } from '../widgets/common/host';

/**
 * One widget on a page of its own (`page`) or in an iframe (`embed`), its state read from the address.
 * Prerendered and while hydrating it is its placeholder: the state is in the query, which a static file
 * cannot know, so the widget itself starts in the browser.
 */
export function StandaloneWidget({ entry, host }: { entry: WidgetEntry; host: WidgetHost }) {
  const hydrated = useHydrated();
  const search = useSearch();
  const { title, summary } = widgetText(entry, useLang());
  const placeholder = <WidgetPlaceholder title={title} caption={summary} heights={heightsOf(`${host}:${entry.name}`)} />;
  if (!hydrated) return placeholder;
  const { Component } = entry;
  return (
    <WidgetHostContext.Provider value={host}>
      <WidgetErrorBoundary title={title}>
        <Suspense fallback={placeholder}>
          <Component standalone query={search ? `?${search}` : ''} />
        </Suspense>
      </WidgetErrorBoundary>
    </WidgetHostContext.Provider>
  );
}
