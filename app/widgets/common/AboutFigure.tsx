/**
 * "About this figure": a closed disclosure for what is true and useful to the curious but not part of the
 * reading (DESIGN.md, Figures: the reader's view): how a precomputed number was made (script, command,
 * Node version), which source file computes what, which renderer or backend ran. Closed by default.
 */
import type { ReactNode } from 'react';
import { useStrings } from './i18n';
import { commonStrings } from './strings';

export function AboutFigure({ children }: { children: ReactNode }) {
  const t = useStrings(commonStrings);
  return (
    <details className="about-figure">
      <summary>{t.aboutFigure}</summary>
      <div className="about-figure-body">{children}</div>
    </details>
  );
}
