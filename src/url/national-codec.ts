/**
 * The national view's URL (o=china): one pure module with one table of keys, in the shape of codec.ts (parse →
 * {state, ignored}; format → a short canonical query, defaults left out). The trip keys come from trip-codec.ts.
 * Clean on read: the day clamped to the record, bad values dropped with a reason, the cleaned URL written back.
 */
import { LAST_DAY_WITH_AREAS, RECORD_FIRST_DAY, RECORD_LAST_DAY } from '../national/official-contract';
import { parseAreaSelection, type AreaSelection } from '../official/area-key';
import { dayNumber, isoOfDay } from '../timeline/days';
import { centreProblem, dropOverlong, zoomProblem } from './codec';
import { formatTrip, inChinaBounds, parseTrip, TRIP_QUERY_KEYS, type TripIgnored, type TripState } from './trip-codec';

export const NATIONAL_OUTBREAK = 'china';

export interface NationalViewState {
  /** Calendar day in China (day number). */
  day: number;
  zoom: number | null;
  centre: [number, number] | null;
  lang: 'zh' | 'en';
  basemap: 'osm' | 'offline' | 'amap';
  /** Official area: its stable key, or the build-order id of an older link until the view has looked it up. */
  selected: AreaSelection | null;
  trip: TripState | null;
}

export type NationalIgnored = TripIgnored | {
  key: string; value: string; reason: 'unknown-value' | 'unknown-feature' | 'too-long' | 'zoom-out-of-range' | 'centre-out-of-range' | 'unpaired-view';
};

export const NATIONAL_QUERY_KEYS = { outbreak: 'o', date: 'd', zoom: 'z', centre: 'c', lang: 'lang', basemap: 'b', selected: 'sel', ...TRIP_QUERY_KEYS } as const;

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

export function isNationalQuery(query: string): boolean {
  return new URLSearchParams(query).get(NATIONAL_QUERY_KEYS.outbreak) === NATIONAL_OUTBREAK;
}

export function parseNationalQuery(query: string, scope: NationalUrlScope = CHINA_URL_SCOPE): { state: NationalViewState; ignored: NationalIgnored[] } {
  const params = new URLSearchParams(query);
  const state = defaultNationalState(scope);
  const { min, max } = scope.range;
  const ignored: NationalIgnored[] = dropOverlong(params);
  const known = new Set<string>(Object.values(NATIONAL_QUERY_KEYS));
  for (const [key, value] of params) if (!known.has(key)) ignored.push({ key, value, reason: 'unknown-key' });

  const date = params.get(NATIONAL_QUERY_KEYS.date);
  if (date !== null) {
    const day = dayNumber(date);
    if (Number.isNaN(day)) ignored.push({ key: NATIONAL_QUERY_KEYS.date, value: date, reason: 'bad-date' });
    else if (day < min || day > max) {
      ignored.push({ key: NATIONAL_QUERY_KEYS.date, value: date, reason: 'date-clamped' });
      state.day = Math.min(max, Math.max(min, day));
    } else state.day = day;
  }
  const zoom = params.get(NATIONAL_QUERY_KEYS.zoom);
  const centre = params.get(NATIONAL_QUERY_KEYS.centre);
  // Each is checked on its own, so a notice says which is wrong and why; the view is used only when both are right.
  const zoomWrong = zoom === null ? null : zoomProblem(zoom);
  const centreWrong = centre === null ? null : centreProblem(centre);
  if (zoom !== null && zoomWrong) ignored.push({ key: NATIONAL_QUERY_KEYS.zoom, value: zoom, reason: zoomWrong });
  if (centre !== null && centreWrong) ignored.push({ key: NATIONAL_QUERY_KEYS.centre, value: centre, reason: centreWrong });
  if (zoom !== null && centre !== null && !zoomWrong && !centreWrong) [state.zoom, state.centre] = [Number(zoom), centre.split(',').map(Number) as [number, number]];
  else if ((zoom === null) !== (centre === null) && !zoomWrong && !centreWrong) {
    ignored.push({ key: zoom === null ? NATIONAL_QUERY_KEYS.centre : NATIONAL_QUERY_KEYS.zoom, value: zoom ?? centre ?? '', reason: 'unpaired-view' });
  }
  const lang = params.get(NATIONAL_QUERY_KEYS.lang);
  if (lang === 'en' || lang === 'zh') state.lang = lang;
  else if (lang !== null) ignored.push({ key: NATIONAL_QUERY_KEYS.lang, value: lang, reason: 'unknown-value' });
  const basemap = params.get(NATIONAL_QUERY_KEYS.basemap);
  if (basemap === 'osm' || basemap === 'offline' || basemap === 'amap') state.basemap = basemap;
  else if (basemap !== null) ignored.push({ key: NATIONAL_QUERY_KEYS.basemap, value: basemap, reason: 'unknown-value' });
  const selected = params.get(NATIONAL_QUERY_KEYS.selected);
  if (selected !== null) {
    const area = selected.startsWith('official:') ? parseAreaSelection(selected.slice('official:'.length)) : null;
    if (area) state.selected = area;
    else ignored.push({ key: NATIONAL_QUERY_KEYS.selected, value: selected, reason: 'unknown-feature' });
  }
  const trip = parseTrip(params, tripContext(scope));
  state.trip = trip.trip;
  ignored.push(...trip.ignored);
  // A trip's link without a date opens on the trip's first day, not on the record's last (which shows none of it).
  if (date === null) state.day = defaultDayOf(state.trip, scope);
  return { state, ignored };
}

export function formatNationalQuery(state: NationalViewState, scope: NationalUrlScope = CHINA_URL_SCOPE): string {
  const defaults = defaultNationalState(scope);
  const params: Array<[string, string]> = [[NATIONAL_QUERY_KEYS.outbreak, scope.outbreak]];
  if (state.day !== defaultDayOf(state.trip, scope)) params.push([NATIONAL_QUERY_KEYS.date, isoOfDay(state.day)]);
  if (state.zoom !== null && state.centre !== null) {
    params.push([NATIONAL_QUERY_KEYS.zoom, String(state.zoom)], [NATIONAL_QUERY_KEYS.centre, `${state.centre[0].toFixed(4)},${state.centre[1].toFixed(4)}`]);
  }
  if (state.lang !== defaults.lang) params.push([NATIONAL_QUERY_KEYS.lang, state.lang]);
  if (state.basemap !== defaults.basemap) params.push([NATIONAL_QUERY_KEYS.basemap, state.basemap]);
  if (state.selected !== null) params.push([NATIONAL_QUERY_KEYS.selected, `official:${state.selected.kind === 'key' ? state.selected.key : state.selected.id}`]);
  params.push(...formatTrip(state.trip, tripContext(scope)));
  return params.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':')}`).join('&');
}
