import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { Layout } from './Layout';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { strings, languages } from './i18n';
import { basePath } from './paths';

const ChapterPage = lazy(() => import('./ChapterPage'));
const WidgetPage = lazy(() => import('./WidgetPage'));
const WidgetIndex = lazy(() => import('./WidgetIndex'));
const EmbedPage = lazy(() => import('./EmbedPage'));
const ReferencesPage = lazy(() => import('./ReferencesPage'));
const GlossaryPage = lazy(() => import('./GlossaryPage'));

/**
 * Routes: `/` home, `/<slug>` a chapter (`/<lang>/<slug>` in another language), `/widget/<name>` a widget on
 * its own, `/widgets` their index, `/embed/<name>` a widget without the site around it (for iframes).
 * `ssrPath` is the address being prerendered (scripts/vite/prerenderPlugin.ts); in the browser it is unset.
 */
export function App({ ssrPath }: { ssrPath?: string }) {
  const t = strings();
  return (
    <Router base={basePath} ssrPath={ssrPath}>
      <Switch>
        <Route path="/embed/:name">
          {(p) => (
            <Suspense fallback={null}>
              <EmbedPage name={p.name} />
            </Suspense>
          )}
        </Route>
        <Route>
          <Layout>
            <Suspense fallback={<p className="loading" aria-busy="true">{t.loadingChapter}</p>}>
              <Switch>
                <Route path="/" component={Home} />
                <Route path="/widgets" component={WidgetIndex} />
                <Route path="/references" component={ReferencesPage} />
                <Route path="/glossary" component={GlossaryPage} />
                <Route path="/widget/:name">{(p) => <WidgetPage name={p.name} />}</Route>
                <Route path="/:slug">{(p) => <ChapterPage slug={p.slug} />}</Route>
                <Route path="/:lang/:slug">{(p) => (p.lang in languages ? <ChapterPage slug={p.slug} lang={p.lang} /> : <NotFound />)}</Route>
                <Route>{() => <NotFound />}</Route>
              </Switch>
            </Suspense>
          </Layout>
        </Route>
      </Switch>
    </Router>
  );
}
