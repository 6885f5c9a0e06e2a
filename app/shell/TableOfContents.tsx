export interface Heading { id: string; text: string; level: number }

/** The chapter's headings; a sidebar on wide screens, a folded list on phones. */
export function TableOfContents({ headings, title }: { headings: Heading[]; title: string }) {
  if (headings.length === 0) return <div className="toc" />;
  const list = (
    <ol>
      {headings.map((h) => (
        <li key={h.id} className={`toc-l${h.level}`}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="toc" aria-label={title}>
      <details open>
        <summary>{title}</summary>
        {list}
      </details>
    </nav>
  );
}
