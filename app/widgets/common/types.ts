/**
 * What every widget declares about itself (`meta.ts`) and the props every widget takes. They live here, in
 * the widgets layer, so that widgets need not import upward; `app/mdx/widgets.ts` builds the registry on them.
 */
export interface WidgetMeta {
  /** kebab-case page name, e.g. `ode-playground`: the widget's page is `/widget/<name>`. */
  name: string;
  title: string;
  /** The chapter slug it belongs to. */
  chapter: string;
  /** One sentence for the widget index. */
  summary: string;
  /** The title and summary in Chinese, for `/zh/…` pages. */
  zh: { title: string; summary: string };
}

/** Props every widget takes; MDX passes its own props too. */
export interface WidgetBaseProps {
  /** On its own page: read `query` and mirror state into the address bar. */
  standalone?: boolean;
  /** The query string to restore (standalone page). */
  query?: string;
}
