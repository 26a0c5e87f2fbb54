/**
 * An official area with its intervals, as the look-up (`official:lookup`) and the analysts' downloads
 * (src/official/downloads.ts) give it: dates as YYYY-MM-DD, a point only where the area has a location. Pure.
 */
import type { Precision } from '../data/schema';
import { isoOfDay } from '../core/calendar-day';
import { areaKeyOfAddress } from './area-key';
import type { AreaFlag, PrecisionRule, RiskLevel } from './codes';
import type { OfficialArea, OfficialInterval } from './schema';

export interface IntervalLine {
  first: string;
  last: string;
  level: RiskLevel;
  /** Entries of the area on each day of the run (a list naming it twice counts twice). */
  count: number;
}

export interface AreaLine {
  /** The area's stable key (`sel=official:<key>` in the app's links, src/official/area-key.ts). */
  key: string;
  address: string;
  precision: Precision;
  rule: PrecisionRule;
  /** WGS-84; null for an area without a location (flag no-location). */
  lat: number | null;
  lon: number | null;
  flags: AreaFlag[];
  intervals: IntervalLine[];
}

/** Intervals grouped by area id, in the order given (decodeOfficial sorts them by area, first day, level). */
export function intervalsByArea(intervals: readonly OfficialInterval[]): Map<number, OfficialInterval[]> {
  const byArea = new Map<number, OfficialInterval[]>();
  for (const interval of intervals) {
    const list = byArea.get(interval.area);
    if (list) list.push(interval);
    else byArea.set(interval.area, [interval]);
  }
  return byArea;
}

export function areaLine(area: OfficialArea, intervals: readonly OfficialInterval[]): AreaLine {
  return {
    key: areaKeyOfAddress(area.address),
    address: area.address,
    precision: area.precision,
    rule: area.precisionRule,
    lat: area.lat ?? null,
    lon: area.lon ?? null,
    flags: area.flags,
    intervals: intervals.map((i) => ({ first: isoOfDay(i.first), last: isoOfDay(i.last), level: i.level, count: i.count })),
  };
}

/** Areas whose address as published, or one of its other spellings, contains the text (exactly, no normalising). */
export function lookupAreas(areas: readonly OfficialArea[], text: string): OfficialArea[] {
  if (text === '') return [];
  return areas.filter((area) => area.address.includes(text) || (area.variants ?? []).some((v) => v.includes(text)));
}
