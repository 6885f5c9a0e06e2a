import { useId, type ReactNode } from 'react';
import { useWidgetHost } from './host';
import { ShareActions } from './ShareActions';
import '../../render/plot/chart.css';
import './widget.css';
import { AboutFigure } from './AboutFigure';
import { langPath, useLang, useStrings } from './i18n';
import { commonStrings } from './strings';
import { urlProblemText, type UrlProblem } from '../../state/urlSchema';

export interface WidgetFrameProps {
  /** The widget's registry name, e.g. `ode-playground`: used for the standalone link. */
  name: string;
  /** Accessible name and heading of the figure. */
  title: string;
  /** The visible caption: what the reader is looking at and what to try. */
  caption: ReactNode;
  /** The current state as a query string (`?a=1`), for the share link. */
  query?: string;
  /** What the widget just computed, read out politely to screen readers. */
  readout?: ReactNode;
  /**
   * Problems the reader should know about: a widget's own sentences (bad input, blow-up), and the values its
   * address refused, which the frame words in the page's language as "Ignored in the address: …".
   */
  problems?: readonly (string | UrlProblem)[];
  /** A one-line status, such as which tfjs backend runs and why. */
  status?: ReactNode;
  /**
   * Build and machine details (how a number was precomputed, source files, renderer, versions): shown in a
   * closed "About this figure" disclosure, out of the reader's way (DESIGN.md, the reader's view).
   */
  about?: ReactNode;
  /**
   * `body`: the text column (a single plot). `wide`: the page width, up to about 1,100 px centred on the
   * text, for a figure of several panels (DESIGN.md, Figures: widths as in a Distill article).
   */
  layout?: 'body' | 'wide';
  standalone?: boolean;
  children: ReactNode;
}

/**
 * The frame every widget sits in (DESIGN.md, Widgets): a `<figure>` with an accessible name and a visible
 * caption, a live readout, messages where the reader is looking, and (except when embedded) a link to the
 * widget's own page in a new tab, "Copy link" and "Embed", all carrying its current state.
 */
export function WidgetFrame({ name, title, caption, query = '', readout, problems = [], status, about, layout = 'body', standalone, children }: WidgetFrameProps) {
  const captionId = useId();
  const host = useWidgetHost();
  const t = useStrings(commonStrings);
  const lang = useLang();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return (
    <figure className={layout === 'wide' ? 'widget widget--wide' : 'widget'} aria-label={title} aria-describedby={captionId} data-widget={name}>
      <div className="widget-head">
        <span className="widget-title">{title}</span>
        {host !== 'embed' && (
          <div className="widget-actions">
            {!standalone && (
              <a className="widget-share" href={`${base}${langPath(lang, `/widget/${name}${query}`)}`} target="_blank" rel="noopener" title={t.openAloneTitle}>
                {t.openAlone}
              </a>
            )}
            <ShareActions name={name} title={title} query={query} />
          </div>
        )}
      </div>
      {problems.length > 0 && (
        <div className="widget-problems" role="alert">
          {problems
            .map((p) => (typeof p === 'string' ? p : t.ignoredInAddress(urlProblemText(p, lang))))
            .map((text) => (
              <p key={text}>{text}</p>
            ))}
        </div>
      )}
      <div className="widget-body">{children}</div>
      {readout !== undefined && (
        <div className="widget-readout" aria-live="polite" role="status">
          {readout}
        </div>
      )}
      {status !== undefined && <div className="widget-status">{status}</div>}
      <figcaption id={captionId}>{caption}</figcaption>
      {about !== undefined && <AboutFigure>{about}</AboutFigure>}
    </figure>
  );
}
