/**
 * `<Term id="nfe">NFE</Term>`: a term's first use in a chapter. It is a link to the term's entry on
 * `/glossary`, and it opens the short definition as a tooltip:
 *
 * - mouse: on hover;
 * - keyboard: on focus (Tab), closed by Escape; Enter follows the link;
 * - touch: the first tap opens the tooltip instead of following the link (a second tap follows it, and the
 *   tooltip carries its own "glossary" link); a tap elsewhere closes it.
 *
 * The definition is always in the DOM and referenced by `aria-describedby`, so a screen reader announces it
 * with the link whether or not it is shown (WAI-ARIA Authoring Practices, Tooltip pattern).
 *
 * `term` and `definition` are the glossary entry in the chapter's language, written in at build time by
 * scripts/vite/remarkInlineSources.ts from app/mdx/sources.ts; without them (an unknown id) the reader
 * still sees the word.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useStrings, useLang } from '../widgets/common/i18n';
import { termAnchor } from './sourceAnchors';
import { mdxStrings } from './strings';
import './sources.css';

export function Term({ id, term, definition, children }: { id: string; term?: string; definition?: string; children: ReactNode }) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const lastPointer = useRef<string>('mouse');
  /** Whether the tooltip was open when the current tap began (mouseenter and focus open it before the click). */
  const openAtPointerDown = useRef(false);
  const root = useRef<HTMLSpanElement>(null);
  const lang = useLang();
  const s = useStrings(mdxStrings);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  if (term === undefined || definition === undefined) {
    // The content check rejects unknown ids; if one slips through, the reader still sees the word.
    return <span className="term term-unknown">{children}</span>;
  }
  // The glossary of the page's language (shell/paths.ts's prefix rule; mdx may not import the shell).
  const href = `${lang === 'en' ? '' : `/${lang}`}/glossary#${termAnchor(id)}`;

  return (
    <span className="term" ref={root} onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <Link
        href={href}
        className="term-link"
        aria-describedby={tipId}
        onPointerDown={(e) => {
          lastPointer.current = e.pointerType;
          openAtPointerDown.current = open;
        }}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          if (!root.current?.contains(e.relatedTarget as Node)) setOpen(false);
        }}
        onClick={(e) => {
          // A first tap on a touch screen shows the definition; it does not leave the page.
          if (lastPointer.current === 'touch' && !openAtPointerDown.current) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {children}
      </Link>
      <span role="tooltip" id={tipId} className="term-tip" hidden={!open}>
        <strong className="term-tip-title">{term}{lang === 'zh' ? '：' : '. '}</strong>
        {definition}{' '}
        <Link href={href} className="term-tip-more" tabIndex={open ? 0 : -1}>
          {s.glossaryLink}
        </Link>
      </span>
    </span>
  );
}
