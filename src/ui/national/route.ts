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

export function useNationalRoute(): boolean {
  const [national, setNational] = useState(() => isNationalQuery(window.location.search));
  useEffect(() => {
    const read = () => setNational(isNationalQuery(window.location.search));
    window.addEventListener('popstate', read);
    window.addEventListener(NAVIGATE, read);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener(NAVIGATE, read);
    };
  }, []);
  return national;
}
