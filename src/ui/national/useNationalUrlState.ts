/**
 * The national view's state held in React and mirrored in the URL, as the outbreak views do: replaceState by
 * default (after the view has rested, so scrubbing does not write on every step), pushState for deliberate
 * navigation, nothing while playing; popstate re-reads the URL. The cleaned URL is written back on load.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CHINA_URL_SCOPE, formatNationalQuery, parseNationalQuery, type NationalIgnored, type NationalUrlScope, type NationalViewState } from '../../url/national-codec';

export type NationalHistoryMode = 'replace' | 'push' | 'none';
const REPLACE_DELAY_MS = 250;

/** `scope`: an episode view's `o`, day range and default day (stable for the view's life); all China by default. */
export function useNationalUrlState(scope: NationalUrlScope = CHINA_URL_SCOPE) {
  const [initial] = useState(() => parseNationalQuery(window.location.search, scope));
  const [view, setView] = useState<NationalViewState>(initial.state);
  const [ignored, setIgnored] = useState<NationalIgnored[]>(initial.ignored);
  const pending = useRef<NationalHistoryMode>('replace');
  const timer = useRef<number | undefined>(undefined);

  const update = useCallback((patch: Partial<NationalViewState>, mode: NationalHistoryMode = 'replace') => {
    pending.current = mode;
    setView((previous) => ({ ...previous, ...patch }));
  }, []);

  useEffect(() => {
    const mode = pending.current;
    pending.current = 'replace';
    window.clearTimeout(timer.current);
    if (mode === 'none') return;
    const write = () => {
      const query = formatNationalQuery(view, scope);
      if (query === window.location.search.replace(/^\?/, '')) return;
      const url = `${window.location.pathname}?${query}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    if (mode === 'push') write();
    else timer.current = window.setTimeout(write, REPLACE_DELAY_MS);
  }, [view, scope]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    const onPopState = () => {
      const parsed = parseNationalQuery(window.location.search, scope);
      pending.current = 'none';
      setView(parsed.state);
      setIgnored(parsed.ignored);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [scope]);

  const dismissIgnored = useCallback(() => setIgnored([]), []);
  return { view, update, ignored, dismissIgnored };
}
