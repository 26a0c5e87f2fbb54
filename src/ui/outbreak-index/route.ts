/**
 * Whether the URL asks for the outbreak index (o=outbreaks, its own keys: src/url/outbreak-index-codec.ts). Moving
 * to it pushes a history entry through the national route's `go`, so back and forward cross over too.
 */
import { useEffect, useState } from 'react';
import { isOutbreakIndexQuery } from '../../url/outbreak-index-codec';
import { go, NAVIGATE } from '../national/route';

export function enterOutbreakIndex(lang: 'zh' | 'en'): void {
  go(`o=outbreaks${lang === 'en' ? '&lang=en' : ''}`);
}

export function useOutbreakIndexRoute(): boolean {
  const [index, setIndex] = useState(() => isOutbreakIndexQuery(window.location.search));
  useEffect(() => {
    const read = () => setIndex(isOutbreakIndexQuery(window.location.search));
    window.addEventListener('popstate', read);
    window.addEventListener(NAVIGATE, read);
    return () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener(NAVIGATE, read);
    };
  }, []);
  return index;
}
