/**
 * View state ↔ query string, in one pure module with one table of keys (round-trip tested).
 * parse: reset to defaults, apply the query, clamp dates to the data's bounds, drop bad keys and say why.
 * format: short canonical query — values equal to the default are left out, commas stay unescaped.
 * The view holds the day as a number; here it becomes an ISO date (`d`, calendar mode) or a day count (`n`).
 */
import { KINDS, PRECISIONS, STATUSES } from '../data/schema';
import { dayNumber, isoOfDay } from '../timeline/days';
import type { ViewState } from './view-state';

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

export interface IgnoredParameter {
  key: string;
  value: string;
  reason: 'unknown-key' | 'unknown-outbreak' | 'unknown-feature' | 'bad-date' | 'date-clamped' | 'bad-number' | 'unknown-value' | 'unsafe-text'
    | 'too-long' | 'search-too-long' | 'zoom-out-of-range' | 'centre-out-of-range';
}

/** The view's fields in the query; the day is written as `date` in calendar mode and as `alignDay` in first-case mode. */
type QueryField = Exclude<keyof ViewState, 'day'> | 'date' | 'alignDay';

export const QUERY_KEYS = {
  outbreak: 'o', date: 'd', align: 'a', alignDay: 'n', kinds: 'k', statuses: 's', precisions: 'p', search: 'q',
  selected: 'sel', zoom: 'z', centre: 'c', lang: 'lang', basemap: 'b', showLifted: 'lifted',
} as const satisfies Record<QueryField, string>;

export const MAX_SEARCH_LENGTH = 60;
/**
 * The longest value any key takes (a feature id is under 40 characters, a centre under 20): a longer one is not
 * read. Servers refuse a request whose URL is too long before the app loads (HTTP 414 or 431; Node's limit on a
 * request's headers, `vite preview` included, is 16 kB), so the app cannot say anything about such a link.
 */
export const MAX_VALUE_LENGTH = 100;
/** The longest query the app writes (a few hundred characters in practice): far below any server's limit. */
export const MAX_QUERY_LENGTH = 2000;
/** The map's zoom levels a link may ask for, and the centre's bounds (Web Mercator stops near ±85°). */
export const ZOOM_RANGE = { min: 3, max: 18 } as const;
export const CENTRE_BOUNDS = { lat: 85, lon: 180 } as const;
/** Names never contain markup (or control characters); a search holding one is an attack or an accident. */
const MARKUP_CHARACTERS = /[<>"'`\\{}]/g;

/** The search text as typed, without the characters no search may hold (the URL codec would reject it). */
export function cleanSearchInput(text: string): string {
  let clean = '';
  for (const character of text.replace(MARKUP_CHARACTERS, '')) if (character >= ' ') clean += character;
  return clean.slice(0, MAX_SEARCH_LENGTH);
}

export function defaultViewState(context: CodecContext, outbreak = 'all'): ViewState {
  return {
    outbreak, align: 'calendar', day: context.calendarRange(outbreak).min, kinds: [], statuses: [], precisions: [],
    search: '', selected: null, zoom: null, centre: null, lang: 'zh', basemap: 'osm', showLifted: false,
  };
}

function parseList<T extends string>(raw: string, allowed: readonly T[], key: string, ignored: IgnoredParameter[]): T[] {
  const values: T[] = [];
  for (const value of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
    if ((allowed as readonly string[]).includes(value)) {
      if (!values.includes(value as T)) values.push(value as T);
    } else ignored.push({ key, value, reason: 'unknown-value' });
  }
  return values;
}

function parseNumber(raw: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
}

/** Drops (with a notice) every value longer than MAX_VALUE_LENGTH: a link's text is bounded before anything reads it. */
export function dropOverlong(params: URLSearchParams): Array<{ key: string; value: string; reason: 'too-long' }> {
  const dropped: Array<{ key: string; value: string; reason: 'too-long' }> = [];
  for (const [key, value] of [...params]) {
    if (value.length <= MAX_VALUE_LENGTH && key.length <= MAX_VALUE_LENGTH) continue;
    dropped.push({ key: key.slice(0, MAX_VALUE_LENGTH), value, reason: 'too-long' });
    params.delete(key, value);
  }
  return dropped;
}

/** A zoom is a whole level in ZOOM_RANGE; a centre is `lat,lon` inside CENTRE_BOUNDS. What is wrong with each, or null. */
export function zoomProblem(raw: string): 'bad-number' | 'zoom-out-of-range' | null {
  const z = parseNumber(raw);
  if (z === null) return 'bad-number';
  return Number.isInteger(z) && z >= ZOOM_RANGE.min && z <= ZOOM_RANGE.max ? null : 'zoom-out-of-range';
}

export function centreProblem(raw: string): 'bad-number' | 'centre-out-of-range' | null {
  const parts = raw.split(',').map(parseNumber);
  const [lat, lon] = parts;
  if (parts.length !== 2 || lat === null || lon === null) return 'bad-number';
  return Math.abs(lat) <= CENTRE_BOUNDS.lat && Math.abs(lon) <= CENTRE_BOUNDS.lon ? null : 'centre-out-of-range';
}

export function parseQuery(query: string, context: CodecContext): { state: ViewState; ignored: IgnoredParameter[] } {
  const params = new URLSearchParams(query);
  const ignored: IgnoredParameter[] = dropOverlong(params);
  const known = new Set<string>(Object.values(QUERY_KEYS));
  for (const [key, value] of params) if (!known.has(key)) ignored.push({ key, value, reason: 'unknown-key' });
  const get = (field: QueryField) => params.get(QUERY_KEYS[field]);

  let outbreak = get('outbreak') ?? 'all';
  if (outbreak !== 'all' && !context.outbreakIds.includes(outbreak)) {
    ignored.push({ key: QUERY_KEYS.outbreak, value: outbreak, reason: 'unknown-outbreak' });
    outbreak = 'all';
  }
  const state = defaultViewState(context, outbreak);

  const align = get('align');
  if (align === 'first') state.align = 'first-case';
  else if (align !== null && align !== 'cal') ignored.push({ key: QUERY_KEYS.align, value: align, reason: 'unknown-value' });

  // Both day keys are checked whatever the alignment; the one of the other alignment is not used.
  const date = get('date');
  if (date !== null) {
    const { min, max } = context.calendarRange(outbreak);
    const day = dayNumber(date);
    if (Number.isNaN(day)) ignored.push({ key: QUERY_KEYS.date, value: date, reason: 'bad-date' });
    else {
      if (day < min || day > max) ignored.push({ key: QUERY_KEYS.date, value: date, reason: 'date-clamped' });
      if (state.align === 'calendar') state.day = Math.min(max, Math.max(min, day));
    }
  }

  const alignDay = get('alignDay');
  if (state.align === 'first-case') state.day = 0;
  if (alignDay !== null) {
    const n = parseNumber(alignDay);
    const minAlignDay = context.minAlignDay ?? 0;
    if (n === null || !Number.isInteger(n)) ignored.push({ key: QUERY_KEYS.alignDay, value: alignDay, reason: 'bad-number' });
    else {
      if (n < minAlignDay || n > context.maxAlignDay) ignored.push({ key: QUERY_KEYS.alignDay, value: alignDay, reason: 'date-clamped' });
      if (state.align === 'first-case') state.day = Math.min(context.maxAlignDay, Math.max(minAlignDay, n));
    }
  }

  const kinds = get('kinds');
  if (kinds !== null) state.kinds = parseList(kinds, KINDS, QUERY_KEYS.kinds, ignored);
  const statuses = get('statuses');
  if (statuses !== null) state.statuses = parseList(statuses, STATUSES, QUERY_KEYS.statuses, ignored);
  const precisions = get('precisions');
  if (precisions !== null) state.precisions = parseList(precisions, PRECISIONS, QUERY_KEYS.precisions, ignored);

  const search = get('search');
  if (search !== null) {
    if (search.length > MAX_SEARCH_LENGTH) ignored.push({ key: QUERY_KEYS.search, value: search, reason: 'search-too-long' });
    else if (cleanSearchInput(search) !== search) ignored.push({ key: QUERY_KEYS.search, value: search, reason: 'unsafe-text' });
    else state.search = search.trim();
  }

  const selected = get('selected');
  if (selected !== null) {
    const owner = context.featureOutbreak.get(selected);
    if (owner && (outbreak === 'all' || owner === outbreak)) state.selected = selected;
    else ignored.push({ key: QUERY_KEYS.selected, value: selected, reason: 'unknown-feature' });
  }

  const zoom = get('zoom');
  if (zoom !== null) {
    const problem = zoomProblem(zoom);
    if (problem) ignored.push({ key: QUERY_KEYS.zoom, value: zoom, reason: problem });
    else state.zoom = Number(zoom);
  }
  const centre = get('centre');
  if (centre !== null) {
    const problem = centreProblem(centre);
    if (problem) ignored.push({ key: QUERY_KEYS.centre, value: centre, reason: problem });
    else state.centre = centre.split(',').map(Number) as [number, number];
  }
  if ((state.zoom === null) !== (state.centre === null)) {
    // A centre without a zoom (or the reverse) cannot restore a view: fit to the outbreak instead.
    state.zoom = null;
    state.centre = null;
  }

  const lang = get('lang');
  if (lang === 'en' || lang === 'zh') state.lang = lang;
  else if (lang !== null) ignored.push({ key: QUERY_KEYS.lang, value: lang, reason: 'unknown-value' });
  const basemap = get('basemap');
  if (basemap === 'osm' || basemap === 'offline') state.basemap = basemap;
  else if (basemap !== null) ignored.push({ key: QUERY_KEYS.basemap, value: basemap, reason: 'unknown-value' });
  const lifted = get('showLifted');
  if (lifted === '1') state.showLifted = true;
  else if (lifted !== null && lifted !== '0') ignored.push({ key: QUERY_KEYS.showLifted, value: lifted, reason: 'unknown-value' });

  return { state, ignored };
}

export function formatQuery(state: ViewState, context: CodecContext): string {
  const defaults = defaultViewState(context, state.outbreak);
  const params: Array<[string, string]> = [];
  const put = (field: QueryField, value: string) => params.push([QUERY_KEYS[field], value]);
  if (state.outbreak !== 'all') put('outbreak', state.outbreak);
  if (state.align === 'first-case') {
    put('align', 'first');
    if (state.day !== 0) put('alignDay', String(state.day));
  } else if (state.day !== defaults.day) put('date', isoOfDay(state.day));
  if (state.kinds.length) put('kinds', state.kinds.join(','));
  if (state.statuses.length) put('statuses', state.statuses.join(','));
  if (state.precisions.length) put('precisions', state.precisions.join(','));
  // Typed text is cleaned and capped as it is typed; capped again here, so no state can write a link too long to open.
  if (state.search) put('search', cleanSearchInput(state.search));
  if (state.selected) put('selected', state.selected);
  if (state.zoom !== null && state.centre !== null) {
    put('zoom', String(state.zoom));
    put('centre', `${state.centre[0].toFixed(4)},${state.centre[1].toFixed(4)}`);
  }
  if (state.lang !== defaults.lang) put('lang', state.lang);
  if (state.basemap !== defaults.basemap) put('basemap', state.basemap);
  if (state.showLifted) put('showLifted', '1');
  const encode = (pairs: Array<[string, string]>) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/gi, ',')}`).join('&');
  const query = encode(params);
  // Unreachable with the caps above (a 60-character search is at most 540 bytes escaped); the guard keeps it so:
  // the free text goes first, the view's position and day stay.
  return query.length <= MAX_QUERY_LENGTH ? query : encode(params.filter(([key]) => key !== QUERY_KEYS.search && key !== QUERY_KEYS.selected));
}
