import { Link } from 'wouter';
import { widgetByName } from '../mdx/widgets';
import { findChapter } from './chapters';
import { usePageHead, widgetHead } from './head';
import { strings } from './i18n';
import { NotFound } from './NotFound';
import { chapterPath } from './paths';
import { StandaloneWidget } from './WidgetHost';

/** `/widget/<name>`: one widget on its own, its state restored from and mirrored into the URL. */
export default function WidgetPage({ name }: { name: string }) {
  const entry = widgetByName(name);
  if (!entry) return <UnknownWidget name={name} />;
  return <KnownWidgetPage name={name} />;
}

function UnknownWidget({ name }: { name: string }) {
  const t = strings();
  return <NotFound message={`${t.notFoundWidget} (“${name}”)`} />;
}

function KnownWidgetPage({ name }: { name: string }) {
  const t = strings();
  const entry = widgetByName(name)!;
  const chapter = findChapter(entry.chapter);
  usePageHead(widgetHead(entry, chapter));
  return (
    <article className="widget-page">
      <h1>{entry.title}</h1>
      <p>{entry.summary}</p>
      <StandaloneWidget entry={entry} host="page" />
      {chapter && (
        <p>
          <Link href={chapterPath(chapter)}>
            {t.backToChapter}: {chapter.title} →
          </Link>
        </p>
      )}
    </article>
  );
}
