/**
 * Which view the URL asks for: o=china is the national view (its own URL keys, src/url/national-codec.ts), any
 * other the outbreak views. Moving between them pushes a history entry, so back and forward cross over too.
 */
import { useEffect, useState } from 'react';
import { isNationalQuery } from '../../url/national-codec';

/** Fired after a view change pushed by go(): the route hooks (here and ../episode/route.ts) read the URL again. */
export const NAVIGATE = 'atlas:navigate';

export function go(query: string): void {
  window.history.pushState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** To the national view, in the reader's language. */
export function enterNational(lang: 'zh' | 'en'): void {
  go(`o=china${lang === 'en' ? '&lang=en' : ''}`);
}

/** To an outbreak view: "all", an outbreak id, or an id followed by more keys ("anyang&sel=…"). */
export function leaveNational(outbreak: string, lang: 'zh' | 'en'): void {
  const keys = [outbreak === 'all' ? '' : `o=${outbreak}`, lang === 'en' ? 'lang=en' : ''].filter(Boolean);
  go(keys.join('&'));
}

/**
 * What the URL's query asks for, read again after a pushed view change (go) and on back/forward: the one route hook
 * of every view (o=china here, an episode id in ../episode/route.ts, o=outbreaks in ../outbreak-index/route.ts).
 * `read` must be a module-level function (it is read once per subscription).
 */
export function useQueryRoute<T>(read: (search: string) => T): T {
  const [value, setValue] = useState(() => read(window.location.search));
  useEffect(() => {
    const reread = () => setValue(read(window.location.search));
    window.addEventListener('popstate', reread);
    window.addEventListener(NAVIGATE, reread);
    return () => {
      window.removeEventListener('popstate', reread);
      window.removeEventListener(NAVIGATE, reread);
    };
  }, [read]);
  return value;
}

export function useNationalRoute(): boolean {
  return useQueryRoute(isNationalQuery);
}
