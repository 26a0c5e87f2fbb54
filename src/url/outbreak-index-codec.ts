/**
 * The outbreak index's URL (o=outbreaks): one pure module with one table of keys, in the shape of codec.ts (parse →
 * {state, ignored}; format → a short canonical query, defaults left out). `sort` is a column; `dir` is written only
 * when it differs from that column's first direction (earliest start first, largest peak first). The province must
 * be one with an episode and the year one the record covers; anything else is dropped with a reason.
 */
import { DEFAULT_DIRECTION, PEAK_THRESHOLDS, SORT_KEYS, type IndexQuery, type SortKey } from '../official/episode-index';
import { dropOverlong, MAX_SEARCH_LENGTH } from './codec';

export const OUTBREAK_INDEX = 'outbreaks';

export interface OutbreakIndexState extends IndexQuery {
  lang: 'zh' | 'en';
}

export interface IndexCodecContext {
  provinces: readonly string[];
  years: readonly number[];
}

export type OutbreakIndexIgnored = {
  key: string; value: string; reason: 'unknown-key' | 'unknown-value' | 'too-long' | 'search-too-long' | 'unsafe-text';
};

export const INDEX_QUERY_KEYS = { outbreak: 'o', sort: 'sort', direction: 'dir', province: 'prov', year: 'y', minPeak: 'min', search: 'q', lang: 'lang' } as const;

/** Characters no unit or province name holds (codec.ts rejects them in a search too), and control characters. */
const MARKUP = /[<>"'`\\{}]/;
const unsafe = (text: string) => MARKUP.test(text) || [...text].some((character) => character < ' ');

export function defaultIndexState(): OutbreakIndexState {
  return { sort: 'start', direction: DEFAULT_DIRECTION.start, province: null, year: null, minPeak: 0, search: '', lang: 'zh' };
}

export function isOutbreakIndexQuery(query: string): boolean {
  return new URLSearchParams(query).get(INDEX_QUERY_KEYS.outbreak) === OUTBREAK_INDEX;
}

export function parseIndexQuery(query: string, context: IndexCodecContext): { state: OutbreakIndexState; ignored: OutbreakIndexIgnored[] } {
  const params = new URLSearchParams(query);
  const state = defaultIndexState();
  const ignored: OutbreakIndexIgnored[] = dropOverlong(params);
  const known = new Set<string>(Object.values(INDEX_QUERY_KEYS));
  for (const [key, value] of params) if (!known.has(key)) ignored.push({ key, value, reason: 'unknown-key' });
  const read = (key: keyof typeof INDEX_QUERY_KEYS, accept: (value: string) => boolean) => {
    const value = params.get(INDEX_QUERY_KEYS[key]);
    if (value === null) return null;
    if (accept(value)) return value;
    ignored.push({ key: INDEX_QUERY_KEYS[key], value, reason: 'unknown-value' });
    return null;
  };

  const sort = read('sort', (v) => (SORT_KEYS as readonly string[]).includes(v)) as SortKey | null;
  if (sort) [state.sort, state.direction] = [sort, DEFAULT_DIRECTION[sort]];
  const direction = read('direction', (v) => v === 'asc' || v === 'desc');
  if (direction) state.direction = direction as 'asc' | 'desc';
  state.province = read('province', (v) => context.provinces.includes(v));
  const year = read('year', (v) => /^\d{4}$/.test(v) && context.years.includes(Number(v)));
  if (year) state.year = Number(year);
  const min = read('minPeak', (v) => (PEAK_THRESHOLDS as readonly number[]).map(String).includes(v));
  if (min) state.minPeak = Number(min);
  const lang = read('lang', (v) => v === 'zh' || v === 'en');
  if (lang) state.lang = lang as 'zh' | 'en';
  const search = params.get(INDEX_QUERY_KEYS.search);
  if (search !== null) {
    if (unsafe(search)) ignored.push({ key: INDEX_QUERY_KEYS.search, value: search, reason: 'unsafe-text' });
    else if (search.length > MAX_SEARCH_LENGTH) ignored.push({ key: INDEX_QUERY_KEYS.search, value: search, reason: 'search-too-long' });
    else state.search = search;
  }
  return { state, ignored };
}

export function formatIndexQuery(state: OutbreakIndexState): string {
  const defaults = defaultIndexState();
  const params: Array<[string, string]> = [[INDEX_QUERY_KEYS.outbreak, OUTBREAK_INDEX]];
  if (state.sort !== defaults.sort) params.push([INDEX_QUERY_KEYS.sort, state.sort]);
  if (state.direction !== DEFAULT_DIRECTION[state.sort]) params.push([INDEX_QUERY_KEYS.direction, state.direction]);
  if (state.province !== null) params.push([INDEX_QUERY_KEYS.province, state.province]);
  if (state.year !== null) params.push([INDEX_QUERY_KEYS.year, String(state.year)]);
  if (state.minPeak !== defaults.minPeak) params.push([INDEX_QUERY_KEYS.minPeak, String(state.minPeak)]);
  if (state.search !== '') params.push([INDEX_QUERY_KEYS.search, state.search]);
  if (state.lang !== defaults.lang) params.push([INDEX_QUERY_KEYS.lang, state.lang]);
  return params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}
