import { widgetByName } from '../mdx/widgets';
import { useLang } from '../widgets/common/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { findChapter } from './chapters';
import { usePageHead, widgetHead } from './head';
import { strings } from './i18n';
import { NotFound } from './NotFound';
import { chapterPath, withBase } from './paths';
import { StandaloneWidget } from './WidgetHost';

/**
 * `/embed/<name>?<state>`: the figure alone, for an iframe on another site (600×400 is the size the
 * "Embed" snippet asks for), with a small link back to the chapter it belongs to. The link opens in the
 * embedding page's tab rather than inside the little frame. The language switch beside it stays in the frame
 * and keeps the widget's state (the query).
 */
export default function EmbedPage({ name }: { name: string }) {
  const entry = widgetByName(name);
  const lang = useLang();
  if (!entry) return <NotFound message={`${strings(lang).notFoundWidget} (“${name}”)`} />;
  return <Embed name={name} />;
}

function Embed({ name }: { name: string }) {
  const lang = useLang();
  const t = strings(lang);
  const entry = widgetByName(name)!;
  const chapter = findChapter(entry.chapter, lang);
  usePageHead(widgetHead(entry, chapter, true, lang));
  const n = chapter ? (chapter.order ?? 0) : 0;
  return (
    <main className="embed-page">
      <StandaloneWidget entry={entry} host="embed" />
      <p className="embed-back">
        {chapter && (
          <>
            <a href={withBase(chapterPath(chapter))} target="_top">
              {t.embedBack.replace('{site}', t.siteName).replace('{n}', String(n)).replace('{title}', chapter.title)} ↗
            </a>{' '}
            ·{' '}
          </>
        )}
        <LanguageSwitch className="lang-switch lang-switch-embed" />
      </p>
    </main>
  );
}
