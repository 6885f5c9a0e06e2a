import { useEffect, useState } from 'react';

export interface Heading { id: string; text: string; level: number }

const WIDE = '(min-width: 1101px)';

/** The chapter's headings: an open sidebar on wide screens, a folded list above the chapter on phones. */
export function TableOfContents({ headings, title }: { headings: Heading[]; title: string }) {
  const [open, setOpen] = useState(() => typeof matchMedia === 'undefined' || matchMedia(WIDE).matches);
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const mq = matchMedia(WIDE);
    const follow = () => setOpen(mq.matches);
    mq.addEventListener('change', follow);
    return () => mq.removeEventListener('change', follow);
  }, []);
  if (headings.length === 0) return <div className="toc" />;
  return (
    <nav className="toc" aria-label={title}>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{title}</summary>
        <ol>
          {headings.map((h) => (
            <li key={h.id} className={`toc-l${h.level}`}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
