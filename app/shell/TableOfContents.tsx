import { useEffect, useState } from 'react';
import { useCurrentSection } from './useCurrentSection';

export interface Heading { id: string; text: string; level: number }

const WIDE = '(min-width: 1101px)';

/**
 * The chapter's headings: an open sidebar on wide screens, a folded list above the chapter on phones.
 * The section being read is marked (`aria-current`). It renders closed, on the server too, and opens after
 * mounting on wide screens: there it is a sidebar, so opening it moves nothing; on a phone it stays folded.
 */
export function TableOfContents({ headings, title }: { headings: Heading[]; title: string }) {
  const [open, setOpen] = useState(false);
  const current = useCurrentSection(headings);
  useEffect(() => {
    if (typeof matchMedia === 'undefined') return;
    const mq = matchMedia(WIDE);
    const follow = () => setOpen(mq.matches);
    follow();
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
              <a href={`#${h.id}`} aria-current={h.id === current ? 'location' : undefined}>
                {h.text}
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
