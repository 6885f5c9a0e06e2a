import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { LangContext, useLang } from '../widgets/common/i18n';
import { Layout } from './Layout';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { routedLanguages } from './chapters';
import { defaultLanguage, htmlLang, strings, type Lang } from './i18n';
import { basePath, languageOf, localPath } from './paths';

const ChapterPage = lazy(() => import('./ChapterPage'));
const WidgetPage = lazy(() => import('./WidgetPage'));
const WidgetIndex = lazy(() => import('./WidgetIndex'));
const EmbedPage = lazy(() => import('./EmbedPage'));
const ReferencesPage = lazy(() => import('./ReferencesPage'));
const GlossaryPage = lazy(() => import('./GlossaryPage'));

/**
 * Routes: `/` home, `/<slug>` a chapter, `/widget/<name>` a widget on its own, `/widgets` their index,
 * `/embed/<name>` a widget without the site around it (for iframes), `/references`, `/glossary`; and each
 * of them under `/<lang>` for every other language that has chapters (`/zh`, `/zh/<slug>`, …: paths.ts).
 * `ssrPath` is the site path being prerendered (scripts/vite/prerenderPlugin.ts), without the base path; in
 * the browser it is unset. wouter compares its `ssrPath` with `base` like a browser address, so the base goes
 * in front: without it, a build under `/continuous-depth/` matched no route and prerendered an empty page, and
 * hydration then failed (React #418) on every page.
 */
export function App({ ssrPath }: { ssrPath?: string }) {
  return (
    <Router base={basePath} ssrPath={ssrPath === undefined ? undefined : `${basePath}${ssrPath}`}>
      <InLanguage>
        <Pages />
      </InLanguage>
    </Router>
  );
}

/** Routed languages with the default one last, so `/zh/…` is matched before English's `/:slug`. */
const routeOrder = (): Lang[] => [...routedLanguages().filter((l) => l !== defaultLanguage), defaultLanguage];

/**
 * Gives every page the language of its address (`LangContext`, which widgets read with `useLang`), and keeps
 * `<html lang>` in step after client-side navigation (prerendered pages carry it in their HTML).
 */
function InLanguage({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const fromPath = languageOf(location);
  const lang = routedLanguages().includes(fromPath) ? fromPath : defaultLanguage;
  useEffect(() => {
    document.documentElement.lang = htmlLang[lang];
  }, [lang]);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

function Pages() {
  const t = strings(useLang());
  const langs = routeOrder();
  return (
    <Switch>
      {langs.map((l) => (
        <Route key={`embed-${l}`} path={localPath(l, '/embed/:name')}>
          {(p: { name?: string }) => (
            <Suspense fallback={null}>
              <EmbedPage name={p.name ?? ''} />
            </Suspense>
          )}
        </Route>
      ))}
      <Route>
        <Layout>
          <Suspense fallback={<p className="loading" aria-busy="true">{t.loadingChapter}</p>}>
            <Switch>
              {langs.flatMap((l) => [
                <Route key={`home-${l}`} path={localPath(l, '/')} component={Home} />,
                <Route key={`widgets-${l}`} path={localPath(l, '/widgets')} component={WidgetIndex} />,
                <Route key={`references-${l}`} path={localPath(l, '/references')} component={ReferencesPage} />,
                <Route key={`glossary-${l}`} path={localPath(l, '/glossary')} component={GlossaryPage} />,
                <Route key={`widget-${l}`} path={localPath(l, '/widget/:name')}>
                  {(p: { name?: string }) => <WidgetPage name={p.name ?? ''} />}
                </Route>,
                <Route key={`chapter-${l}`} path={localPath(l, '/:slug')}>
                  {(p: { slug?: string }) => <ChapterPage slug={p.slug ?? ''} lang={l} />}
                </Route>,
              ])}
              <Route>{() => <NotFound />}</Route>
            </Switch>
          </Suspense>
        </Layout>
      </Route>
    </Switch>
  );
}
