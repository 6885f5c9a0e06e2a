import type { ReactNode } from 'react';
import { useStrings } from '../widgets/common/i18n';
import { mdxStrings } from './strings';

/** A side note that can be skipped. */
export function Aside({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <aside className="callout aside">
      {title && <p className="callout-title">{title}</p>}
      {children}
    </aside>
  );
}

/** A common mistake, including the ones the source article makes. */
export function Pitfall({ title, children }: { title?: string; children: ReactNode }) {
  const s = useStrings(mdxStrings);
  return (
    <aside className="callout pitfall" role="note">
      <p className="callout-title">{title ?? s.pitfall}</p>
      {children}
    </aside>
  );
}

/** A derivation or detail for readers who want it, folded by default. */
export function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="callout deepdive">
      <summary>{title}</summary>
      {children}
    </details>
  );
}

/** A static figure (image or inline SVG) with a caption. */
export function Figure({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <figure className="static-figure">
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
