import { Link } from 'wouter';
import { widgetEntries, widgetText, type WidgetEntry } from '../mdx/widgets';
import { useLang } from '../widgets/common/i18n';
import { chapterList } from './chapters';
import { usePageHead, widgetsHead } from './head';
import { strings } from './i18n';
import { chapterPath, widgetPath, withBase } from './paths';
import widgetOrder from 'virtual:widget-order';

/**
 * `/widgets`: every widget in reading order (the order of first use in the chapters, from
 * `virtual:widget-order`), grouped by chapter, each with a small preview and its one-line summary.
 * Previews are made by scripts/widgetPreviews.ts into public/previews/<name>.png.
 */
export default function WidgetIndex() {
  const lang = useLang();
  const t = strings(lang);
  usePageHead(widgetsHead(lang));
  const rank = (w: WidgetEntry) => {
    const i = widgetOrder.indexOf(w.tag);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return (
    <article className="widget-index">
      <h1>{t.widgetsTitle}</h1>
      <p>{t.widgetsIntro}</p>
      {chapterList(lang).map((c, i) => {
        const ws = widgetEntries.filter((w) => w.chapter === c.slug).sort((a, b) => rank(a) - rank(b) || widgetText(a, lang).title.localeCompare(widgetText(b, lang).title, lang));
        if (ws.length === 0) return null;
        return (
          <section key={c.slug} aria-labelledby={`widgets-${c.slug}`}>
            <h2 id={`widgets-${c.slug}`}>
              <span className="widget-index-n">{i + 1}</span> <Link href={chapterPath(c)}>{c.title}</Link>
            </h2>
            <ul className="widget-cards">
              {ws.map((w) => (
                <li key={w.name} className="widget-card">
                  <img src={withBase(`/previews/${w.name}.png`)} alt="" width={160} height={100} loading="lazy" />
                  <div>
                    <Link href={widgetPath(w.name, '', lang)} className="widget-card-title">
                      {widgetText(w, lang).title}
                    </Link>
                    <p>{widgetText(w, lang).summary}</p>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
