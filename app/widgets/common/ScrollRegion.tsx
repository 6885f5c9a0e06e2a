/**
 * `<ScrollRegion>`: wide content of a chapter (a display equation, a code block, a table) scrolls sideways
 * inside the text column, never the page (DESIGN.md, Figures: Equations). The rehype plugin
 * scripts/vite/rehypeScrollRegions.ts wraps such content in it at build time. While its content overflows,
 * the scroller is a focusable, labelled group (so keyboard readers can scroll it: WCAG 2.1.1, axe's
 * scrollable-region-focusable), and the edge with more content fades out (the visible cue). Content that
 * fits stays a plain block with no tab stop.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStrings } from './i18n';
import { commonStrings } from './strings';
import './scrollRegion.css';

/** The strings key of each kind's accessible name. */
const LABELS = { equation: 'scrollEquation', code: 'scrollCode', table: 'scrollTable' } as const;

export type ScrollKind = keyof typeof LABELS;

interface Overflow {
  left: boolean;
  right: boolean;
}

/** More content to the left or right of what is shown (1 px of slack for sub-pixel layouts). */
function measure(el: HTMLElement): Overflow {
  const max = el.scrollWidth - el.clientWidth;
  return { left: el.scrollLeft > 1, right: el.scrollLeft < max - 1 };
}

export function ScrollRegion({ kind = 'equation', children }: { kind?: ScrollKind; children?: ReactNode }) {
  const t = useStrings(commonStrings);
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false });
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const o = measure(el);
      setScrolls(el.scrollWidth - el.clientWidth > 1);
      setOverflow((p) => (p.left === o.left && p.right === o.right ? p : o));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    ro?.observe(el);
    if (el.firstElementChild) ro?.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      ro?.disconnect();
    };
  }, []);
  return (
    <div className="scroll-x" data-kind={kind} data-more-left={overflow.left || undefined} data-more-right={overflow.right || undefined}>
      <div ref={ref} className="scroll-x-inner" {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': t[LABELS[kind]] } : {})}>
        {children}
      </div>
    </div>
  );
}
