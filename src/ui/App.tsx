import { Atlas } from './outbreaks/Atlas';
import { useAtlasData } from './hooks/useAtlasData';
import { t } from './shell/i18n';
import { lazy, Suspense, useEffect } from 'react';
import { leaveNational, useRoute } from './shell/navigation';
import { ViewErrorBoundary } from './shell/ViewErrorBoundary';
import { currentQuery } from './shell/browser-location';
import { languageOfQuery } from '../url/keys';
import { preloadNationalData } from './national/useNationalData';

// The national view and its code (spatial index, trip check, decoder) load only when o=china is opened.
const loadNationalView = () => import('./national/NationalView');
const NationalView = lazy(() => loadNationalView().then((module) => ({ default: module.NationalView })));
// The episode view (o=<episode id>): the national view scoped to one episode, in the same lazy code.
const EpisodeView = lazy(() => import('./episode/EpisodeView').then((module) => ({ default: module.EpisodeView })));
// The outbreak index (o=outbreaks) likewise.
const OutbreakIndexView = lazy(() => import('./outbreak-index/OutbreakIndexView').then((module) => ({ default: module.OutbreakIndexView })));
// The compare view (o=compare) likewise.
const CompareView = lazy(() => import('./compare/CompareView').then((module) => ({ default: module.CompareView })));

/** Language from the query, else Chinese: before the data (and the URL codec) is ready, and when a view fails. */
function bootLanguage(): 'zh' | 'en' {
  return languageOfQuery(currentQuery());
}

export function App() {
  const { state, retry } = useAtlasData();
  const route = useRoute();
  // A national link asks for the view's code and its record at once, beside the reports' data, not after it (the
  // first national frame waited for the reports, then the view's chunk, then the loader's, then the record's files).
  useEffect(() => {
    if (route.view !== 'national') return;
    void loadNationalView();
    preloadNationalData();
  }, [route.view]);
  const lang = bootLanguage();
  const loadingScreen = <div className="app-state" role="status" data-testid="loading"><div className="spinner" aria-hidden="true" />{t(lang, 'loading')}</div>;
  if (state.status === 'loading') {
    return loadingScreen;
  }
  if (state.status === 'error') {
    return (
      <div className="app-state is-error" role="alert" data-testid="load-error">
        <p>{t(lang, 'loadFailed')}</p>
        <p className="detail">{state.message}</p>
        <button type="button" onClick={retry}>{t(lang, 'retry')}</button>
      </div>
    );
  }
  // o=china is the national view, with its own URL keys; the outbreak views are the Atlas.
  // Each view behind its own boundary (keyed by view, so moving to the other view starts afresh): an error while
  // rendering shows a message and the way back to the default view, never a blank page.
  if (route.view === 'compare') {
    return (
      <ViewErrorBoundary key="compare" national={false} language={bootLanguage}>
        <Suspense fallback={loadingScreen}>
          <CompareView outbreaks={state.data.outbreaks} features={state.data.features} />
        </Suspense>
      </ViewErrorBoundary>
    );
  }
  if (route.view === 'index') {
    return (
      <ViewErrorBoundary key="outbreaks" national={false} language={bootLanguage}>
        <Suspense fallback={loadingScreen}>
          <OutbreakIndexView outbreaks={state.data.outbreaks} />
        </Suspense>
      </ViewErrorBoundary>
    );
  }
  if (route.view === 'episode') {
    return (
      <ViewErrorBoundary key={`episode:${route.id}`} national language={bootLanguage}>
        <Suspense fallback={loadingScreen}>
          <EpisodeView data={state.data} id={route.id} onOutbreak={leaveNational} unknown={<Atlas data={state.data} />} />
        </Suspense>
      </ViewErrorBoundary>
    );
  }
  if (route.view === 'outbreaks') {
    return <ViewErrorBoundary key="atlas" national={false} language={bootLanguage}><Atlas data={state.data} /></ViewErrorBoundary>;
  }
  return (
    <ViewErrorBoundary key="china" national language={bootLanguage}>
      <Suspense fallback={loadingScreen}>
        <NationalView data={state.data} onOutbreak={leaveNational} />
      </Suspense>
    </ViewErrorBoundary>
  );
}
