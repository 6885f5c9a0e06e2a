import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './Layout';
import { Home } from './Home';
import { NotFound } from './NotFound';
import { strings } from './i18n';

const ChapterPage = lazy(() => import('./ChapterPage'));
const WidgetPage = lazy(() => import('./WidgetPage'));
const WidgetIndex = lazy(() => import('./WidgetIndex'));
const ReferencesPage = lazy(() => import('./ReferencesPage'));
const GlossaryPage = lazy(() => import('./GlossaryPage'));

/** Routes: `/` home, `/<slug>` a chapter, `/widget/<name>` a widget on its own, `/widgets` their index. */
export function App() {
  const t = strings();
  return (
    <Layout>
      <Suspense fallback={<p className="loading" aria-busy="true">{t.loadingChapter}</p>}>
        <Switch>
          <Route path="/" component={Home} />
          <Route path="/widgets" component={WidgetIndex} />
          <Route path="/references" component={ReferencesPage} />
          <Route path="/glossary" component={GlossaryPage} />
          <Route path="/widget/:name">{(p) => <WidgetPage name={p.name} />}</Route>
          <Route path="/:slug">{(p) => <ChapterPage slug={p.slug} />}</Route>
          <Route>{() => <NotFound />}</Route>
        </Switch>
      </Suspense>
    </Layout>
  );
}
