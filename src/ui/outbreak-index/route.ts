/** To the outbreak index (o=outbreaks, its own keys: src/url/outbreak-index-codec.ts): a pushed history entry. */
import type { Language } from '../../core/language';
import { routeQuery } from '../../url/routes';
import { go } from '../browser-location';

export function enterOutbreakIndex(lang: Language): void {
  go(routeQuery({ view: 'index' }, lang));
}
