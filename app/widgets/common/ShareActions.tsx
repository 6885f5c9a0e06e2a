/**
 * "Copy link" and "Embed": the two ways to take a widget, in its current state, somewhere else.
 * The link is the widget's own page with its state in the query; the embed snippet is an iframe of its
 * chromeless page, `/embed/<name>?<state>`, sized 600×400.
 */
import { useId, useState } from 'react';
import { langPath, useLang, useStrings, type Lang } from './i18n';
import { commonStrings } from './strings';

/** The absolute address of a site path, under the site's base path. */
export function siteUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${window.location.origin}${base}${path}`;
}

export function embedSnippet(name: string, title: string, query: string, lang: Lang = 'en'): string {
  const src = siteUrl(langPath(lang, `/embed/${name}${query}`));
  const safeTitle = title.replace(/"/g, '&quot;');
  return `<iframe src="${src}" title="${safeTitle}" width="600" height="400" style="border:0" loading="lazy"></iframe>`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ShareActions({ name, title, query }: { name: string; title: string; query: string }) {
  const t = useStrings(commonStrings);
  const lang = useLang();
  const [said, setSaid] = useState('');
  const [embedOpen, setEmbedOpen] = useState(false);
  const snippetId = useId();
  const snippet = embedOpen ? embedSnippet(name, title, query, lang) : '';

  const copyLink = async () => setSaid((await copy(siteUrl(langPath(lang, `/widget/${name}${query}`)))) ? t.linkCopied : t.linkNotCopied);
  const copySnippet = async () => setSaid((await copy(snippet)) ? t.embedCopied : t.embedNotCopied);

  return (
    <div className="share-actions">
      <button type="button" className="share-button" onClick={copyLink} title={t.copyLinkTitle}>
        {t.copyLink}
      </button>
      <button type="button" className="share-button" aria-expanded={embedOpen} aria-controls={snippetId} onClick={() => setEmbedOpen((o) => !o)}>
        {t.embed}
      </button>
      <span className="share-said" role="status">
        {said}
      </span>
      {embedOpen && (
        <div className="share-embed" id={snippetId}>
          <label>
            {t.embedCode}
            <textarea readOnly rows={3} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button type="button" className="share-button" onClick={copySnippet}>
            {t.copyEmbedCode}
          </button>
        </div>
      )}
    </div>
  );
}
