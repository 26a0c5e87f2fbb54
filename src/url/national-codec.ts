/**
 * The national view's URL (o=china): one pure module with one table of keys, in the shape of codec.ts (parse →
 * {state, ignored}; format → a short canonical query, defaults left out). The trip keys come from trip-codec.ts.
 * Clean on read: the day clamped to the record, bad values dropped with a reason, the cleaned URL written back.
 */
import { isoOfDay } from '../core/calendar-day';
import type { Language } from '../core/language';
import { areaSelectionValue, parseAreaSelection, type AreaSelection } from '../official/area-key';
import { LAST_DAY_WITH_AREAS, RECORD_FIRST_DAY, RECORD_LAST_DAY } from '../national/official-contract';
import { formatBasemap, formatLanguage, formatMapView, readBasemap, readDay, readLanguage, readMapView, readParams, URL_KEYS, writeQuery, type Ignored, type SharedReason, type UrlField } from './keys';
import { formatTrip, inChinaBounds, parseTrip, type TripIgnored, type TripState } from './trip-codec';

export const NATIONAL_OUTBREAK = 'china';

export interface NationalViewState {
  /** Calendar day in China (day number). */
  day: number;
  zoom: number | null;
  centre: [number, number] | null;
  lang: Language;
  basemap: (typeof BASEMAPS)[number];
  /** Official area: its stable key, or the build-order id of an older link until the view has looked it up. */
  selected: AreaSelection | null;
  trip: TripState | null;
}

export type NationalIgnored = TripIgnored | Ignored<SharedReason | 'unknown-feature'>;

/** The keys of the national and episode views (from the one table in keys.ts): any other is noted as unknown. */
const FIELDS = ['outbreak', 'date', 'zoom', 'centre', 'lang', 'basemap', 'selected', 'trip', 'from', 'to'] as const satisfies readonly UrlField[];
const BASEMAPS = ['osm', 'offline', 'amap'] as const;

/**
 * What a view scoped to part of the record changes in its URL (an episode view, o=<episode id>): the `o` it writes,
 * the days `d` is clamped to, and the day a link without `d` opens on. The national view's scope is all China.
 */
export interface NationalUrlScope {
  outbreak: string;
  range: { min: number; max: number };
  defaultDay: number;
}

export const CHINA_URL_SCOPE: NationalUrlScope = { outbreak: NATIONAL_OUTBREAK, range: { min: RECORD_FIRST_DAY, max: RECORD_LAST_DAY }, defaultDay: LAST_DAY_WITH_AREAS };

const tripContext = (scope: NationalUrlScope) => ({ firstDay: scope.range.min, lastDay: scope.range.max, isInChina: inChinaBounds });

export function defaultNationalState(scope: NationalUrlScope = CHINA_URL_SCOPE): NationalViewState {
  // The default day is the last with areas in force: the most recent picture with something on the map (the lists
  // of the record's last day, 2022-12-24, are empty; that day stays reachable by d, the slider and a typed date).
  // An episode opens on its peak day.
  return { day: scope.defaultDay, zoom: null, centre: null, lang: 'zh', basemap: 'osm', selected: null, trip: null };
}

/**
 * The day a link without `d` opens on: the first day of a trip whose range was chosen (a `from` in the link), else
 * the last day with areas in force.
 */
function defaultDayOf(trip: NationalViewState['trip'], scope: NationalUrlScope): number {
  return trip && trip.from !== scope.range.min ? trip.from : scope.defaultDay;
}

export function parseNationalQuery(query: string, scope: NationalUrlScope = CHINA_URL_SCOPE): { state: NationalViewState; ignored: NationalIgnored[] } {
  const ignored: NationalIgnored[] = [];
  const params = readParams(query, FIELDS, ignored);
  const state = defaultNationalState(scope);
  const date = readDay(params, URL_KEYS.date, scope.range, ignored);
  Object.assign(state, readMapView(params, ignored));
  state.lang = readLanguage(params, ignored);
  state.basemap = readBasemap(params, BASEMAPS, ignored);
  state.selected = readSelected(params, ignored);
  const trip = parseTrip(params, tripContext(scope));
  state.trip = trip.trip;
  ignored.push(...trip.ignored);
  // A trip's link without a date opens on the trip's first day, not on the record's last (which shows none of it).
  state.day = date ?? (params.has(URL_KEYS.date) ? scope.defaultDay : defaultDayOf(state.trip, scope));
  return { state, ignored };
}

/** `sel=official:<key>` (or the build-order id of a link written before keys): an official area. */
function readSelected(params: URLSearchParams, ignored: NationalIgnored[]): AreaSelection | null {
  const selected = params.get(URL_KEYS.selected);
  if (selected === null) return null;
  const area = selected.startsWith('official:') ? parseAreaSelection(selected.slice('official:'.length)) : null;
  if (area) return area;
  ignored.push({ key: URL_KEYS.selected, value: selected, reason: 'unknown-feature' });
  return null;
}

export function formatNationalQuery(state: NationalViewState, scope: NationalUrlScope = CHINA_URL_SCOPE): string {
  const params: Array<[string, string]> = [[URL_KEYS.outbreak, scope.outbreak]];
  if (state.day !== defaultDayOf(state.trip, scope)) params.push([URL_KEYS.date, isoOfDay(state.day)]);
  params.push(...formatMapView(state), ...formatLanguage(state.lang), ...formatBasemap(state.basemap, BASEMAPS));
  if (state.selected !== null) params.push([URL_KEYS.selected, areaSelectionValue(state.selected)]);
  params.push(...formatTrip(state.trip, tripContext(scope)));
  return writeQuery(params);
}

/** The national (or an episode) view's codec for the one URL-state hook. */
export function nationalUrlCodec(scope: NationalUrlScope = CHINA_URL_SCOPE) {
  return { parse: (query: string) => parseNationalQuery(query, scope), format: (state: NationalViewState) => formatNationalQuery(state, scope) };
}
