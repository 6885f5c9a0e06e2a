import { Link } from 'wouter';
import { widgetByName, widgetText } from '../mdx/widgets';
import { useLang } from '../widgets/common/i18n';
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
  const t = strings(useLang());
  return <NotFound message={`${t.notFoundWidget} (“${name}”)`} />;
}

function KnownWidgetPage({ name }: { name: string }) {
  const lang = useLang();
  const t = strings(lang);
  const entry = widgetByName(name)!;
  const chapter = findChapter(entry.chapter, lang);
  const { title, summary } = widgetText(entry, lang);
  usePageHead(widgetHead(entry, chapter, false, lang));
  return (
    <article className="widget-page">
      <h1>{title}</h1>
      <p>{summary}</p>
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
