/**
 * The trip check's part of the URL: `trip=<lat>,<lon>,<km>&from=<YYYY-MM-DD>&to=<YYYY-MM-DD>`. Pure parse and
 * format in the shape of codec.ts (parse → {trip, ignored}; format → [key, value] pairs), so its keys slot into
 * the codec's one table. Clean on read: a radius outside 1–50 km is clamped, dates outside the record are clamped,
 * a `from` after `to` is swapped, a point outside China or garbage is dropped; each with a notice.
 */
import { isoOfDay } from '../core/calendar-day';
import { CHINA_BBOX } from '../official/record-span';
import { readDay, URL_KEYS, type SharedReason } from './keys';

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export const TRIP_QUERY_KEYS = { trip: URL_KEYS.trip, from: URL_KEYS.from, to: URL_KEYS.to } as const;

export const MIN_RADIUS_KM = 1;
export const MAX_RADIUS_KM = 50;
export const DEFAULT_RADIUS_KM = 5;
/** A radius is kept to 10 m (2.25 km stays 2.25): finer than any area's position in the lists, coarse enough for a short link. */
const RADIUS_DECIMALS = 2;

/** A radius as the trip check uses it, and what was done to it: clamped to 1–50 km, rounded to 10 m, or taken as it is. */
export function cleanRadiusKm(km: number): { km: number; change: 'clamped' | 'rounded' | null } {
  if (km < MIN_RADIUS_KM || km > MAX_RADIUS_KM) return { km: Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, km)), change: 'clamped' };
  const rounded = round(km, RADIUS_DECIMALS);
  return { km: rounded, change: rounded === km ? null : 'rounded' };
}

export interface TripState {
  /** WGS-84. */
  lat: number;
  lon: number;
  radiusKm: number;
  /** Day numbers, from ≤ to. */
  from: number;
  to: number;
}

export type TripIgnoredReason = SharedReason | 'point-out-of-range' | 'radius-clamped' | 'radius-rounded' | 'dates-swapped' | 'outside-china';

export interface TripIgnored {
  key: string;
  value: string;
  reason: TripIgnoredReason;
}

export interface TripCodecContext {
  /** First and last day of the record: the default range and the clamp. */
  firstDay: number;
  lastDay: number;
  /** Whether a WGS-84 point is in China (the record covers mainland China only). */
  isInChina: (lon: number, lat: number) => boolean;
}

/** China's extent as the official record defines it (WGS-84; the South China Sea islands reach 3.8° N). */
export const inChinaBounds = (lon: number, lat: number): boolean =>
  lon >= CHINA_BBOX.west && lon <= CHINA_BBOX.east && lat >= CHINA_BBOX.south && lat <= CHINA_BBOX.north;

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;
const parseNumber = (raw: string | undefined): number | null => (raw !== undefined && NUMBER.test(raw) ? Number(raw) : null);

export function parseTrip(params: URLSearchParams, context: TripCodecContext): { trip: TripState | null; ignored: TripIgnored[] } {
  const ignored: TripIgnored[] = [];
  const raw = params.get(TRIP_QUERY_KEYS.trip);
  const rawFrom = params.get(TRIP_QUERY_KEYS.from);
  const rawTo = params.get(TRIP_QUERY_KEYS.to);
  if (raw === null) {
    // A range without a point has nothing to check.
    if (rawFrom !== null) ignored.push({ key: TRIP_QUERY_KEYS.from, value: rawFrom, reason: 'unknown-key' });
    if (rawTo !== null) ignored.push({ key: TRIP_QUERY_KEYS.to, value: rawTo, reason: 'unknown-key' });
    return { trip: null, ignored };
  }
  const parts = raw.split(',');
  const [lat, lon] = [parseNumber(parts[0]), parseNumber(parts[1])];
  if (parts.length < 2 || parts.length > 3 || lat === null || lon === null) {
    ignored.push({ key: TRIP_QUERY_KEYS.trip, value: raw, reason: 'bad-number' });
    return { trip: null, ignored };
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    // Numbers, but no point on Earth: say so, with the ranges, rather than "not a number".
    ignored.push({ key: TRIP_QUERY_KEYS.trip, value: raw, reason: 'point-out-of-range' });
    return { trip: null, ignored };
  }
  if (!context.isInChina(lon, lat)) {
    ignored.push({ key: TRIP_QUERY_KEYS.trip, value: raw, reason: 'outside-china' });
    return { trip: null, ignored };
  }
  let radiusKm = DEFAULT_RADIUS_KM;
  if (parts.length === 3) {
    const km = parseNumber(parts[2]);
    if (km === null) ignored.push({ key: TRIP_QUERY_KEYS.trip, value: raw, reason: 'bad-number' });
    else {
      const clean = cleanRadiusKm(km);
      if (clean.change) ignored.push({ key: TRIP_QUERY_KEYS.trip, value: raw, reason: clean.change === 'clamped' ? 'radius-clamped' : 'radius-rounded' });
      radiusKm = clean.km;
    }
  }
  const range = { min: context.firstDay, max: context.lastDay };
  let from = readDay(params, TRIP_QUERY_KEYS.from, range, ignored) ?? context.firstDay;
  let to = readDay(params, TRIP_QUERY_KEYS.to, range, ignored) ?? context.lastDay;
  if (from > to) {
    ignored.push({ key: TRIP_QUERY_KEYS.from, value: `${isoOfDay(from)}>${isoOfDay(to)}`, reason: 'dates-swapped' });
    [from, to] = [to, from];
  }
  return { trip: { lat: round(lat, 5), lon: round(lon, 5), radiusKm, from, to }, ignored };
}


/** Key-value pairs of a trip, defaults (the whole record) left out; empty when there is no trip. */
export function formatTrip(trip: TripState | null, context: Pick<TripCodecContext, 'firstDay' | 'lastDay'>): Array<[string, string]> {
  if (!trip) return [];
  const pairs: Array<[string, string]> = [[TRIP_QUERY_KEYS.trip, `${round(trip.lat, 5)},${round(trip.lon, 5)},${round(trip.radiusKm, RADIUS_DECIMALS)}`]];
  if (trip.from !== context.firstDay) pairs.push([TRIP_QUERY_KEYS.from, isoOfDay(trip.from)]);
  if (trip.to !== context.lastDay) pairs.push([TRIP_QUERY_KEYS.to, isoOfDay(trip.to)]);
  return pairs;
}
