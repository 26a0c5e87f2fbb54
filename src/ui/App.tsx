import { Atlas } from './Atlas';
import { useAtlasData } from './hooks/useAtlasData';
import { t } from './i18n';

/** Language before the data (and the URL codec) is ready: from the query, else Chinese. */
function bootLanguage(): 'zh' | 'en' {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh';
}

export function App() {
  const { state, retry } = useAtlasData();
  const lang = bootLanguage();
  if (state.status === 'loading') {
    return <div className="app-state" role="status" data-testid="loading"><div className="spinner" aria-hidden="true" />{t(lang, 'loading')}</div>;
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
  return <Atlas data={state.data} />;
}
