/**
 * View state ↔ URL for React: the view lives in a ViewHistory (src/url/view-history.ts), which records each update
 * in the browser's history with the mode it came with; components read it with useSyncExternalStore. popstate
 * re-reads the URL. The cleaned URL of a shared link is written back once the view is still.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { formatQuery, parseQuery, type CodecContext, type IgnoredParameter } from '../../url/codec';
import { ViewHistory, type HistoryPort, type Timers } from '../../url/view-history';

const browserHistory: HistoryPort = {
  current: () => window.location.search.replace(/^\?/, ''),
  push: (query) => window.history.pushState(null, '', urlWith(query)),
  replace: (query) => window.history.replaceState(null, '', urlWith(query)),
};

function urlWith(query: string): string {
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

const browserTimers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (id) => window.clearTimeout(id),
};

export function useUrlViewState(context: CodecContext) {
  const [initial] = useState(() => parseQuery(window.location.search, context));
  const [history] = useState(() => new ViewHistory(initial.state, (view) => formatQuery(view, context), browserHistory, browserTimers));
  const view = useSyncExternalStore(history.subscribe, history.get);
  const [ignored, setIgnored] = useState<IgnoredParameter[]>(initial.ignored);

  useEffect(() => {
    // Writes the cleaned URL back (a no-op when the query was clean); a write still waiting at unmount is dropped.
    history.update({}, 'replace');
    return history.dispose;
  }, [history]);

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseQuery(window.location.search, context);
      history.restore(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [context, history]);

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { view, update: history.update, settleTyping: history.settle, ignored, dismissIgnored };
}
