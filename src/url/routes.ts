/**
 * Which view a query opens, and the query that opens a view: the typed routes of the app, read from `o` alone.
 *   outbreaks  (no o, or a report outbreak id)  src/url/codec.ts
 *   national   o=china                          src/url/national-codec.ts
 *   episode    o=<adcode>-<YYYYMMDD>            src/url/national-codec.ts, scoped to the episode
 *   index      o=outbreaks                      src/url/outbreak-index-codec.ts
 *   compare    o=compare                        src/url/compare-codec.ts
 * Whether an outbreak or an episode exists is for its view to say (it has the data). Pure.
 */
import type { Language } from '../core/language';
import { EPISODE_ID_PATTERN } from '../national/episode-scope';
import { COMPARE } from './compare-codec';
import { formatLanguage, URL_KEYS, writeQuery } from './keys';
import { NATIONAL_OUTBREAK } from './national-codec';
import { OUTBREAK_INDEX } from './outbreak-index-codec';

export type Route =
  | { view: 'outbreaks'; outbreak: string }
  | { view: 'national' }
  | { view: 'episode'; id: string }
  | { view: 'index' }
  | { view: 'compare'; ids: readonly string[] };

export type ViewName = Route['view'];

export function routeOf(query: string): Route {
  const params = new URLSearchParams(query);
  const outbreak = params.get(URL_KEYS.outbreak);
  if (outbreak === NATIONAL_OUTBREAK) return { view: 'national' };
  if (outbreak === OUTBREAK_INDEX) return { view: 'index' };
  if (outbreak === COMPARE) return { view: 'compare', ids: (params.get(URL_KEYS.ids) ?? '').split(',').filter(Boolean) };
  if (outbreak !== null && EPISODE_ID_PATTERN.test(outbreak)) return { view: 'episode', id: outbreak };
  return { view: 'outbreaks', outbreak: outbreak ?? 'all' };
}

/** The query that opens a route in a language, every other key at its default. */
export function routeQuery(route: Route, lang: Language): string {
  const pairs: Array<[string, string]> = [];
  switch (route.view) {
    case 'outbreaks':
      if (route.outbreak !== 'all') pairs.push([URL_KEYS.outbreak, route.outbreak]);
      break;
    case 'national':
      pairs.push([URL_KEYS.outbreak, NATIONAL_OUTBREAK]);
      break;
    case 'episode':
      pairs.push([URL_KEYS.outbreak, route.id]);
      break;
    case 'index':
      pairs.push([URL_KEYS.outbreak, OUTBREAK_INDEX]);
      break;
    case 'compare':
      pairs.push([URL_KEYS.outbreak, COMPARE]);
      if (route.ids.length) pairs.push([URL_KEYS.ids, route.ids.join(',')]);
      break;
  }
  return writeQuery([...pairs, ...formatLanguage(lang)]);
}
