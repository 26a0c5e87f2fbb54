/**
 * View state held in React and mirrored in the URL. Writing the URL is a side channel after a state change, and
 * only when the query differs from what the browser shows: replaceState by default, pushState for deliberate
 * navigation, nothing while the animation plays. popstate re-reads the URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatQuery, parseQuery, type CodecContext, type IgnoredParameter } from '../../url/codec';
import type { ViewState } from '../../url/view-state';

export type HistoryMode = 'replace' | 'push' | 'none';

export function useUrlViewState(context: CodecContext) {
  const [initial] = useState(() => parseQuery(window.location.search, context));
  const [view, setView] = useState<ViewState>(initial.state);
  const [ignored, setIgnored] = useState<IgnoredParameter[]>(initial.ignored);
  const pendingMode = useRef<HistoryMode>('replace');

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'replace') => {
    pendingMode.current = mode;
    setView((previous) => ({ ...previous, ...patch }));
  }, []);

  useEffect(() => {
    const mode = pendingMode.current;
    pendingMode.current = 'replace';
    if (mode === 'none') return;
    const query = formatQuery(view, context);
    const current = window.location.search.replace(/^\?/, '');
    if (query === current) return;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [view, context]);

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseQuery(window.location.search, context);
      pendingMode.current = 'none';
      setView(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [context]);

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { view, update, ignored, dismissIgnored };
}
