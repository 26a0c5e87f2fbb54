/**
 * View state held in React and mirrored in the URL. Writing the URL is a side channel after a state change, and
 * only when the query differs from what the browser shows: replaceState by default, pushState for deliberate
 * navigation, nothing while the animation plays. popstate re-reads the URL. replaceState writes wait until the
 * view has been still for REPLACE_DELAY_MS: scrubbing the slider changes the date on every key repeat, and a
 * synchronous replaceState per step cost ~10 ms of each step (and Chromium throttles frequent calls).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatQuery, parseQuery, type CodecContext, type IgnoredParameter } from '../../url/codec';
import type { ViewState } from '../../url/view-state';

export type HistoryMode = 'replace' | 'push' | 'none';

const REPLACE_DELAY_MS = 250;

export function useUrlViewState(context: CodecContext) {
  const [initial] = useState(() => parseQuery(window.location.search, context));
  const [view, setView] = useState<ViewState>(initial.state);
  const [ignored, setIgnored] = useState<IgnoredParameter[]>(initial.ignored);
  const pendingMode = useRef<HistoryMode>('replace');
  const replaceTimer = useRef<number | undefined>(undefined);

  const update = useCallback((patch: Partial<ViewState>, mode: HistoryMode = 'replace') => {
    pendingMode.current = mode;
    setView((previous) => ({ ...previous, ...patch }));
  }, []);

  useEffect(() => {
    const mode = pendingMode.current;
    pendingMode.current = 'replace';
    window.clearTimeout(replaceTimer.current);
    if (mode === 'none') return;
    const write = () => {
      const query = formatQuery(view, context);
      const current = window.location.search.replace(/^\?/, '');
      if (query === current) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    if (mode === 'push') write();
    else replaceTimer.current = window.setTimeout(write, REPLACE_DELAY_MS);
  }, [view, context]);

  // A replace still waiting when the view goes away is dropped, as the view it describes is gone.
  useEffect(() => () => window.clearTimeout(replaceTimer.current), []);

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
