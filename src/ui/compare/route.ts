/** To the compare view (o=compare, its own keys: src/url/compare-codec.ts): a pushed history entry. */
import type { Language } from '../../core/language';
import { routeQuery } from '../../url/routes';
import { go } from '../browser-location';

/** To the compare view with these ids (none: its empty state, which says how to pick). */
export function enterCompare(ids: readonly string[], lang: Language): void {
  go(routeQuery({ view: 'compare', ids }, lang));
}
