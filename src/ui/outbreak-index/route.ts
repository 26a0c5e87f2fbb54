/**
 * Whether the URL asks for the outbreak index (o=outbreaks, its own keys: src/url/outbreak-index-codec.ts). Moving
 * to it pushes a history entry through the national route's `go`, so back and forward cross over too.
 */
import { isOutbreakIndexQuery } from '../../url/outbreak-index-codec';
import { go, useQueryRoute } from '../national/route';

export function enterOutbreakIndex(lang: 'zh' | 'en'): void {
  go(`o=outbreaks${lang === 'en' ? '&lang=en' : ''}`);
}

export function useOutbreakIndexRoute(): boolean {
  return useQueryRoute(isOutbreakIndexQuery);
}
