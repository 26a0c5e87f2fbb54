/**
 * The one table of URL keys for every view, and the rules of the keys the views share, written once: the day
 * (checked and clamped to the view's range), the map's zoom and centre (a pair, with the same notice in every view),
 * the language, the basemap, the length bound of every value, and how a query is written. Each view's codec
 * (codec.ts, national-codec.ts, outbreak-index-codec.ts, compare-codec.ts, trip-codec.ts) reads its keys from here
 * and adds only its own; routes.ts says which view a query opens. Pure.
 */
import { dayNumber } from '../core/calendar-day';
import { isLanguage, type Language } from '../core/language';
import { clampDay } from '../time/day';

export { clampDay } from '../time/day';

/** Every key any view reads or writes. A key means the same thing in every view that uses it. */
export const URL_KEYS = {
  /** Which view: an outbreak id (absent: all five), `china`, an episode id, `outbreaks` (the index) or `compare`. */
  outbreak: 'o',
  date: 'd',
  align: 'a',
  /** Days since a start: since each outbreak's first case (a=first), or since each compared outbreak's start. */
  alignDay: 'n',
  kinds: 'k',
  statuses: 's',
  precisions: 'p',
  search: 'q',
  selected: 'sel',
  zoom: 'z',
  centre: 'c',
  lang: 'lang',
  basemap: 'b',
  showLifted: 'lifted',
  trip: 'trip',
  from: 'from',
  to: 'to',
  /** The compare view's outbreaks and scale. */
  ids: 'ids',
  scale: 'scale',
  /** The outbreak index's sort, direction and filters. */
  sort: 'sort',
  direction: 'dir',
  province: 'prov',
  year: 'y',
  minPeak: 'min',
} as const;

export type UrlField = keyof typeof URL_KEYS;

export const MAX_SEARCH_LENGTH = 60;
/**
 * The longest value any key takes (a feature id is under 40 characters, a centre under 20): a longer one is not
 * read. Servers refuse a request whose URL is too long before the app loads (HTTP 414 or 431; Node's limit on a
 * request's headers, `vite preview` included, is 16 kB), so the app cannot say anything about such a link.
 */
export const MAX_VALUE_LENGTH = 100;
/** The map's zoom levels a link may ask for, and the centre's bounds (Web Mercator stops near ±85°). */
export const ZOOM_RANGE = { min: 3, max: 18 } as const;
export const CENTRE_BOUNDS = { lat: 85, lon: 180 } as const;

/** A value of the query that was not used, and why (each view's notice says it in the reader's language). */
export interface Ignored<R extends string = string> {
  key: string;
  value: string;
  reason: R;
}

export type SharedReason = 'unknown-key' | 'search-too-long' | 'unsafe-text' | 'too-long' | 'bad-date' | 'date-clamped' | 'bad-number' | 'unknown-value'
  | 'zoom-out-of-range' | 'centre-out-of-range' | 'unpaired-view';

/** Where a reader notes what it did not use: any view's list of ignored values (its reasons include the shared ones). */
export interface IgnoredSink {
  push(...items: Array<Ignored<SharedReason>>): number;
}

export function parseNumber(raw: string): number | null {
  return /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : null;
}

/** Drops (with a notice) every value longer than MAX_VALUE_LENGTH: a link's text is bounded before anything reads it. */
export function dropOverlong(params: URLSearchParams): Array<Ignored<'too-long'>> {
  const dropped: Array<Ignored<'too-long'>> = [];
  for (const [key, value] of [...params]) {
    if (value.length <= MAX_VALUE_LENGTH && key.length <= MAX_VALUE_LENGTH) continue;
    dropped.push({ key: key.slice(0, MAX_VALUE_LENGTH), value, reason: 'too-long' });
    params.delete(key, value);
  }
  return dropped;
}

/** The query's parameters, overlong values and keys the view does not know already noted in `ignored`. */
export function readParams(query: string, known: readonly UrlField[], ignored: IgnoredSink): URLSearchParams {
  const params = new URLSearchParams(query);
  ignored.push(...dropOverlong(params));
  const keys = new Set<string>(known.map((field) => URL_KEYS[field]));
  for (const [key, value] of params) if (!keys.has(key)) ignored.push({ key, value, reason: 'unknown-key' });
  return params;
}

/**
 * A day key (`d`, `from`, `to`): an ISO calendar date, clamped into `range` with a notice; a date that is not one is
 * dropped with a notice. Null when the key is absent or bad.
 */
export function readDay(params: URLSearchParams, key: string, range: { min: number; max: number }, ignored: IgnoredSink): number | null {
  const raw = params.get(key);
  if (raw === null) return null;
  const day = dayNumber(raw.trim());
  if (Number.isNaN(day)) {
    ignored.push({ key, value: raw, reason: 'bad-date' });
    return null;
  }
  if (day >= range.min && day <= range.max) return day;
  ignored.push({ key, value: raw, reason: 'date-clamped' });
  return clampDay(day, range);
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

export interface MapView {
  zoom: number | null;
  centre: [number, number] | null;
}

/**
 * The map's zoom and centre: each checked on its own, so a notice says which is wrong and why; the view is used
 * only when both are right. One without the other cannot restore a view (the map fits its content instead) and
 * is noted as unpaired.
 */
export function readMapView(params: URLSearchParams, ignored: IgnoredSink): MapView {
  const zoom = params.get(URL_KEYS.zoom);
  const centre = params.get(URL_KEYS.centre);
  const zoomWrong = zoom === null ? null : zoomProblem(zoom);
  const centreWrong = centre === null ? null : centreProblem(centre);
  if (zoom !== null && zoomWrong) ignored.push({ key: URL_KEYS.zoom, value: zoom, reason: zoomWrong });
  if (centre !== null && centreWrong) ignored.push({ key: URL_KEYS.centre, value: centre, reason: centreWrong });
  if (zoom !== null && centre !== null && !zoomWrong && !centreWrong) {
    const [lat, lon] = centre.split(',').map(Number);
    return { zoom: Number(zoom), centre: [lat, lon] };
  }
  if ((zoom === null) !== (centre === null) && !zoomWrong && !centreWrong) {
    ignored.push({ key: zoom === null ? URL_KEYS.centre : URL_KEYS.zoom, value: zoom ?? centre ?? '', reason: 'unpaired-view' });
  }
  return { zoom: null, centre: null };
}

export function formatMapView(view: MapView): Array<[string, string]> {
  if (view.zoom === null || view.centre === null) return [];
  return [[URL_KEYS.zoom, String(view.zoom)], [URL_KEYS.centre, `${view.centre[0].toFixed(4)},${view.centre[1].toFixed(4)}`]];
}

/** Names never contain markup (or control characters); a search holding one is an attack or an accident. */
const MARKUP_CHARACTERS = /[<>"'`\\{}]/g;

/** The search text as typed, without the characters no search may hold (the URL codec would reject it). */
export function cleanSearchInput(text: string): string {
  let clean = '';
  for (const character of text.replace(MARKUP_CHARACTERS, '')) if (character >= ' ') clean += character;
  return clean.slice(0, MAX_SEARCH_LENGTH);
}

/** `q`: a search of at most MAX_SEARCH_LENGTH characters holding no markup; anything else is dropped with a notice. */
export function readSearch(params: URLSearchParams, ignored: IgnoredSink): string {
  const search = params.get(URL_KEYS.search);
  if (search === null) return '';
  if (search.length > MAX_SEARCH_LENGTH) ignored.push({ key: URL_KEYS.search, value: search, reason: 'search-too-long' });
  else if (cleanSearchInput(search) !== search) ignored.push({ key: URL_KEYS.search, value: search, reason: 'unsafe-text' });
  else return search;
  return '';
}

/** `lang`: zh (the default, left out of links) or en. */
export function readLanguage(params: URLSearchParams, ignored: IgnoredSink): Language {
  const lang = params.get(URL_KEYS.lang);
  if (isLanguage(lang)) return lang;
  if (lang !== null) ignored.push({ key: URL_KEYS.lang, value: lang, reason: 'unknown-value' });
  return 'zh';
}

/** The language a query asks for, before any view has read it (the loading screen, an error). */
export function languageOfQuery(query: string): Language {
  return new URLSearchParams(query).get(URL_KEYS.lang) === 'en' ? 'en' : 'zh';
}

export function formatLanguage(lang: Language): Array<[string, string]> {
  return lang === 'zh' ? [] : [[URL_KEYS.lang, lang]];
}

/** `b`: one of the view's basemaps, the first being the default (left out of links). */
export function readBasemap<B extends string>(params: URLSearchParams, basemaps: readonly [B, ...B[]], ignored: IgnoredSink): B {
  const basemap = params.get(URL_KEYS.basemap);
  const found = basemaps.find((b) => b === basemap);
  if (found !== undefined) return found;
  if (basemap !== null) ignored.push({ key: URL_KEYS.basemap, value: basemap, reason: 'unknown-value' });
  return basemaps[0];
}

export function formatBasemap<B extends string>(basemap: B, basemaps: readonly [B, ...B[]]): Array<[string, string]> {
  return basemap === basemaps[0] ? [] : [[URL_KEYS.basemap, basemap]];
}

/** The query of key-value pairs: values escaped, but commas (lists, centres) and colons (`sel=official:…`) kept readable. */
export function writeQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`).join('&');
}
