import { widgetByName } from '../mdx/widgets';
import { findChapter } from './chapters';
import { usePageHead, widgetHead } from './head';
import { strings } from './i18n';
import { NotFound } from './NotFound';
import { chapterPath, withBase } from './paths';
import { StandaloneWidget } from './WidgetHost';

/**
 * `/embed/<name>?<state>`: the figure alone, for an iframe on another site (600×400 is the size the
 * "Embed" snippet asks for), with a small link back to the chapter it belongs to. The link opens in the
 * embedding page's tab rather than inside the little frame.
 */
export default function EmbedPage({ name }: { name: string }) {
  const entry = widgetByName(name);
  if (!entry) return <NotFound message={`${strings().notFoundWidget} (“${name}”)`} />;
  return <Embed name={name} />;
}

function Embed({ name }: { name: string }) {
  const t = strings();
  const entry = widgetByName(name)!;
  const chapter = findChapter(entry.chapter);
  usePageHead(widgetHead(entry, chapter, true));
  const n = chapter ? (chapter.order ?? 0) : 0;
  return (
    <main className="embed-page">
      <StandaloneWidget entry={entry} host="embed" />
      {chapter && (
        <p className="embed-back">
          <a href={withBase(chapterPath(chapter))} target="_top">
            {t.embedBack.replace('{site}', t.siteName).replace('{n}', String(n)).replace('{title}', chapter.title)} ↗
          </a>
        </p>
      )}
    </main>
  );
}
