/** Whether the URL asks for the compare view (o=compare, its own keys: src/url/compare-codec.ts). */
import { isCompareQuery } from '../../url/compare-codec';
import { go, useQueryRoute } from '../national/route';

/** To the compare view with these ids (none: its empty state, which says how to pick). */
export function enterCompare(ids: readonly string[], lang: 'zh' | 'en'): void {
  go(`o=compare${ids.length ? `&ids=${ids.join(',')}` : ''}${lang === 'en' ? '&lang=en' : ''}`);
}

export function useCompareRoute(): boolean {
  return useQueryRoute(isCompareQuery);
}
