/**
 * The one registry of components that chapter authors may use in MDX (react.dev's idea): callouts,
 * figures, and every widget under its folder name, each wrapped so it loads lazily with a placeholder.
 */
import { Suspense, type ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Aside, DeepDive, Figure, Pitfall } from './Callouts';
import { Bibliography, Cite } from './Sources';
import { Term } from './Term';
import { widgetEntries, type WidgetEntry } from './widgets';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';

function suspended(entry: WidgetEntry): ComponentType<Record<string, unknown>> {
  const Lazy = entry.Component;
  function Widget(props: Record<string, unknown>) {
    return (
      <WidgetErrorBoundary title={entry.title}>
        <Suspense fallback={<div className="widget widget-loading" aria-busy="true">Loading {entry.title}…</div>}>
          <Lazy {...props} />
        </Suspense>
      </WidgetErrorBoundary>
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
  ...Object.fromEntries(widgetEntries.map((e) => [e.tag, suspended(e)])),
};

export { suspended as suspendedWidget };
