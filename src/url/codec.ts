/**
 * View state ↔ query string, in one pure module with one table of keys (round-trip tested).
 * parse: reset to defaults, apply the query, clamp dates to the data's bounds, drop bad keys and say why.
 * format: short canonical query — values equal to the default are left out, commas stay unescaped.
 * The view holds the day as a number; here it becomes an ISO date (`d`, calendar mode) or a day count (`n`).
 */
import { KINDS, PRECISIONS, STATUSES } from '../data/schema';
import { isoOfDay } from '../core/calendar-day';
import {
  formatBasemap, formatLanguage, formatMapView, parseNumber, readBasemap, readDay, readLanguage, readMapView, readParams, readSearch,
  URL_KEYS, clampDay, cleanSearchInput, writeQuery, type Ignored, type UrlField,
} from './keys';
import type { ViewState } from './view-state';

export { CENTRE_BOUNDS, cleanSearchInput, MAX_SEARCH_LENGTH, MAX_VALUE_LENGTH, ZOOM_RANGE } from './keys';

export interface CodecContext {
  outbreakIds: readonly string[];
  /** Feature ids per outbreak id, to reject a selection that does not exist. */
  featureOutbreak: ReadonlyMap<string, string>;
  /** First and last calendar day (day numbers) of the slider for an outbreak id or "all". */
  calendarRange: (outbreak: string) => { min: number; max: number };
  /** Bounds of the first-case day over all outbreaks (days since each one's first case; below 0 before it). */
  minAlignDay?: number;
  maxAlignDay: number;
}

export type IgnoredParameter = Ignored<'unknown-key' | 'unknown-outbreak' | 'unknown-feature' | 'bad-date' | 'date-clamped' | 'bad-number'
  | 'unknown-value' | 'unsafe-text' | 'too-long' | 'search-too-long' | 'zoom-out-of-range' | 'centre-out-of-range' | 'unpaired-view'>;

/** The keys of the outbreak views (from the one table in keys.ts): any other is noted as unknown. */
const FIELDS = ['outbreak', 'date', 'align', 'alignDay', 'kinds', 'statuses', 'precisions', 'search', 'selected', 'zoom', 'centre', 'lang', 'basemap', 'showLifted'] as const satisfies readonly UrlField[];
const BASEMAPS = ['osm', 'offline'] as const;

/** The longest query the app writes (a few hundred characters in practice): far below any server's limit. */
export const MAX_QUERY_LENGTH = 2000;

export function defaultViewState(context: CodecContext, outbreak = 'all'): ViewState {
  return {
    outbreak, align: 'calendar', day: context.calendarRange(outbreak).min, kinds: [], statuses: [], precisions: [],
    search: '', selected: null, zoom: null, centre: null, lang: 'zh', basemap: 'osm', showLifted: false,
  };
}

function parseList<T extends string>(raw: string, allowed: readonly T[], key: string, ignored: IgnoredParameter[]): T[] {
  const values: T[] = [];
  for (const value of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
    const known = allowed.find((a) => a === value);
    if (known === undefined) ignored.push({ key, value, reason: 'unknown-value' });
    else if (!values.includes(known)) values.push(known);
  }
  return values;
}

export function parseQuery(query: string, context: CodecContext): { state: ViewState; ignored: IgnoredParameter[] } {
  const ignored: IgnoredParameter[] = [];
  const params = readParams(query, FIELDS, ignored);

  let outbreak = params.get(URL_KEYS.outbreak) ?? 'all';
  if (outbreak !== 'all' && !context.outbreakIds.includes(outbreak)) {
    ignored.push({ key: URL_KEYS.outbreak, value: outbreak, reason: 'unknown-outbreak' });
    outbreak = 'all';
  }
  const state = defaultViewState(context, outbreak);

  const align = params.get(URL_KEYS.align);
  if (align === 'first') state.align = 'first-case';
  else if (align !== null && align !== 'cal') ignored.push({ key: URL_KEYS.align, value: align, reason: 'unknown-value' });

  // Both day keys are checked whatever the alignment; the one of the other alignment is not used.
  const date = readDay(params, URL_KEYS.date, context.calendarRange(outbreak), ignored);
  if (date !== null && state.align === 'calendar') state.day = date;

  const alignDay = params.get(URL_KEYS.alignDay);
  if (state.align === 'first-case') state.day = 0;
  if (alignDay !== null) {
    const n = parseNumber(alignDay);
    const range = { min: context.minAlignDay ?? 0, max: context.maxAlignDay };
    if (n === null || !Number.isInteger(n)) ignored.push({ key: URL_KEYS.alignDay, value: alignDay, reason: 'bad-number' });
    else {
      if (n < range.min || n > range.max) ignored.push({ key: URL_KEYS.alignDay, value: alignDay, reason: 'date-clamped' });
      if (state.align === 'first-case') state.day = clampDay(n, range);
    }
  }

  const kinds = params.get(URL_KEYS.kinds);
  if (kinds !== null) state.kinds = parseList(kinds, KINDS, URL_KEYS.kinds, ignored);
  const statuses = params.get(URL_KEYS.statuses);
  if (statuses !== null) state.statuses = parseList(statuses, STATUSES, URL_KEYS.statuses, ignored);
  const precisions = params.get(URL_KEYS.precisions);
  if (precisions !== null) state.precisions = parseList(precisions, PRECISIONS, URL_KEYS.precisions, ignored);
  state.search = readSearch(params, ignored).trim();

  const selected = params.get(URL_KEYS.selected);
  if (selected !== null) {
    const owner = context.featureOutbreak.get(selected);
    if (owner && (outbreak === 'all' || owner === outbreak)) state.selected = selected;
    else ignored.push({ key: URL_KEYS.selected, value: selected, reason: 'unknown-feature' });
  }

  Object.assign(state, readMapView(params, ignored));
  state.lang = readLanguage(params, ignored);
  state.basemap = readBasemap(params, BASEMAPS, ignored);
  const lifted = params.get(URL_KEYS.showLifted);
  if (lifted === '1') state.showLifted = true;
  else if (lifted !== null && lifted !== '0') ignored.push({ key: URL_KEYS.showLifted, value: lifted, reason: 'unknown-value' });

  return { state, ignored };
}

export function formatQuery(state: ViewState, context: CodecContext): string {
  const defaults = defaultViewState(context, state.outbreak);
  const params: Array<[string, string]> = [];
  const put = (key: string, value: string) => params.push([key, value]);
  if (state.outbreak !== 'all') put(URL_KEYS.outbreak, state.outbreak);
  if (state.align === 'first-case') {
    put(URL_KEYS.align, 'first');
    if (state.day !== 0) put(URL_KEYS.alignDay, String(state.day));
  } else if (state.day !== defaults.day) put(URL_KEYS.date, isoOfDay(state.day));
  if (state.kinds.length) put(URL_KEYS.kinds, state.kinds.join(','));
  if (state.statuses.length) put(URL_KEYS.statuses, state.statuses.join(','));
  if (state.precisions.length) put(URL_KEYS.precisions, state.precisions.join(','));
  // Typed text is cleaned and capped as it is typed; capped again here, so no state can write a link too long to open.
  if (state.search) put(URL_KEYS.search, cleanSearchInput(state.search));
  if (state.selected) put(URL_KEYS.selected, state.selected);
  params.push(...formatMapView(state), ...formatLanguage(state.lang), ...formatBasemap(state.basemap, BASEMAPS));
  if (state.showLifted) put(URL_KEYS.showLifted, '1');
  const query = writeQuery(params);
  // Unreachable with the caps above (a 60-character search is at most 540 bytes escaped); the guard keeps it so:
  // the free text goes first, the view's position and day stay.
  return query.length <= MAX_QUERY_LENGTH ? query : writeQuery(params.filter(([key]) => key !== URL_KEYS.search && key !== URL_KEYS.selected));
}
