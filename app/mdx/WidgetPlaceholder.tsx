/**
 * What a widget looks like before its code has run: on the server (prerendered HTML), during hydration,
 * and while its chunk loads. It is a figure of the widget's measured final height with its title and
 * caption, so the text around it does not move when the widget mounts (DESIGN.md: CLS ≤ 0.05).
 *
 * Heights come from `widgetSizes.json`, written by `npm run measure:widgets` (scripts/measureWidgets.ts),
 * which loads every chapter in Chromium and records each widget's height at the three layout widths of
 * `app/shell/styles.css`: wide (> 1100 px: the figure is 56rem), column (601–1100 px: the 42rem text
 * column) and phone (≤ 600 px, measured at 390 px).
 */
import type { CSSProperties, ReactNode } from 'react';
import sizes from './widgetSizes.json';
import { useStrings } from '../widgets/common/i18n';
import { mdxStrings } from './strings';
import './placeholder.css';

export interface WidgetHeights { wide?: number; column?: number; phone?: number }

const table = sizes as Record<string, WidgetHeights | undefined>;

/** Props that hold text for the reader (translated in other languages), not layout: not part of the key. */
const TEXT_PROPS = ['caption', 'children', 'title', 'alt', 'label'];

/** The key a widget's size is stored under: its name plus the MDX props that change its layout. */
export function sizeKey(name: string, props: Record<string, unknown>): string {
  const layoutProps = Object.entries(props)
    .filter(([k, v]) => !TEXT_PROPS.includes(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${String(v)}`);
  return [name, ...layoutProps].join('|');
}

export function heightsOf(key: string): WidgetHeights | undefined {
  return table[key] ?? table[key.split('|')[0]];
}

export function WidgetPlaceholder({ title, caption, heights }: { title: string; caption: ReactNode; heights: WidgetHeights | undefined }) {
  const s = useStrings(mdxStrings);
  const style = Object.fromEntries(Object.entries(heights ?? {}).map(([band, h]) => [`--h-${band}`, `${h}px`])) as CSSProperties;
  return (
    <figure className="widget widget-placeholder" aria-label={title} aria-busy="true" style={style}>
      <div className="widget-head">
        <span className="widget-title">{title}</span>
      </div>
      <div className="widget-placeholder-body">
        <noscript>{s.needsJavaScript}</noscript>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
