/**
 * The index's state held in React and mirrored in the URL (replaceState: sorting, filtering and typing refine one
 * view; the cleaned URL is written back on load); popstate re-reads the URL.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatIndexQuery, isOutbreakIndexQuery, parseIndexQuery, type IndexCodecContext, type OutbreakIndexIgnored, type OutbreakIndexState } from '../../url/outbreak-index-codec';

export function useIndexUrlState(context: IndexCodecContext) {
  const [initial] = useState(() => parseIndexQuery(window.location.search, context));
  const [view, setView] = useState<OutbreakIndexState>(initial.state);
  const [ignored, setIgnored] = useState<OutbreakIndexIgnored[]>(initial.ignored);

  const update = useCallback((patch: Partial<OutbreakIndexState>) => setView((previous) => ({ ...previous, ...patch })), []);

  useEffect(() => {
    if (!isOutbreakIndexQuery(window.location.search)) return;
    const query = formatIndexQuery(view);
    if (query === window.location.search.replace(/^\?/, '')) return;
    window.history.replaceState(null, '', `${window.location.pathname}?${query}${window.location.hash}`);
  }, [view]);

  useEffect(() => {
    const onPopState = () => {
      if (!isOutbreakIndexQuery(window.location.search)) return;
      const parsed = parseIndexQuery(window.location.search, context);
      setView(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [context]);

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { view, update, ignored, dismissIgnored };
}
