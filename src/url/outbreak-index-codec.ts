/**
 * The outbreak index's URL (o=outbreaks): one pure module with one table of keys, in the shape of codec.ts (parse →
 * {state, ignored}; format → a short canonical query, defaults left out). `sort` is a column; `dir` is written only
 * when it differs from that column's first direction (earliest start first, largest peak first). The province must
 * be one with an episode and the year one the record covers; anything else is dropped with a reason.
 */
import { DEFAULT_DIRECTION, PEAK_THRESHOLDS, SORT_KEYS, type IndexQuery } from '../official/episode-index';
import type { Language } from '../core/language';
import { formatLanguage, readLanguage, readParams, readSearch, URL_KEYS, writeQuery, type Ignored, type SharedReason, type UrlField } from './keys';

export const OUTBREAK_INDEX = 'outbreaks';

export interface OutbreakIndexState extends IndexQuery {
  lang: Language;
}

export interface IndexCodecContext {
  provinces: readonly string[];
  years: readonly number[];
}

export type OutbreakIndexIgnored = Ignored<SharedReason>;

/** The index's keys (from the one table in keys.ts): any other is noted as unknown. */
const FIELDS = ['outbreak', 'sort', 'direction', 'province', 'year', 'minPeak', 'search', 'lang'] as const satisfies readonly UrlField[];

export function defaultIndexState(): OutbreakIndexState {
  return { sort: 'start', direction: DEFAULT_DIRECTION.start, province: null, year: null, minPeak: 0, search: '', lang: 'zh' };
}

export function parseIndexQuery(query: string, context: IndexCodecContext): { state: OutbreakIndexState; ignored: OutbreakIndexIgnored[] } {
  const ignored: OutbreakIndexIgnored[] = [];
  const params = readParams(query, FIELDS, ignored);
  const state = defaultIndexState();
  const read = <T>(field: UrlField, accept: (value: string) => T | undefined): T | undefined => {
    const value = params.get(URL_KEYS[field]);
    if (value === null) return undefined;
    const accepted = accept(value);
    if (accepted === undefined) ignored.push({ key: URL_KEYS[field], value, reason: 'unknown-value' });
    return accepted;
  };

  const sort = read('sort', (v) => SORT_KEYS.find((key) => key === v));
  if (sort) [state.sort, state.direction] = [sort, DEFAULT_DIRECTION[sort]];
  const direction = read('direction', (v) => (v === 'asc' || v === 'desc' ? v : undefined));
  if (direction) state.direction = direction;
  state.province = read('province', (v) => context.provinces.find((province) => province === v)) ?? null;
  state.year = read('year', (v) => (/^\d{4}$/.test(v) ? context.years.find((year) => year === Number(v)) : undefined)) ?? null;
  state.minPeak = read('minPeak', (v) => PEAK_THRESHOLDS.find((threshold) => String(threshold) === v)) ?? state.minPeak;
  state.lang = readLanguage(params, ignored);
  state.search = readSearch(params, ignored);
  return { state, ignored };
}

export function formatIndexQuery(state: OutbreakIndexState): string {
  const defaults = defaultIndexState();
  const params: Array<[string, string]> = [[URL_KEYS.outbreak, OUTBREAK_INDEX]];
  if (state.sort !== defaults.sort) params.push([URL_KEYS.sort, state.sort]);
  if (state.direction !== DEFAULT_DIRECTION[state.sort]) params.push([URL_KEYS.direction, state.direction]);
  if (state.province !== null) params.push([URL_KEYS.province, state.province]);
  if (state.year !== null) params.push([URL_KEYS.year, String(state.year)]);
  if (state.minPeak !== defaults.minPeak) params.push([URL_KEYS.minPeak, String(state.minPeak)]);
  if (state.search !== '') params.push([URL_KEYS.search, state.search]);
  params.push(...formatLanguage(state.lang));
  return writeQuery(params);
}
