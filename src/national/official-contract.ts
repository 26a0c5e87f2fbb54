/**
 * The official record as INTERFACES.md (B) describes it, until `src/official/` (the official helper's branch)
 * lands; then these types are re-exported from there and this file goes. Only what the national map and the trip
 * check read is listed here.
 */
import type { Precision } from '../data/schema';
import { dayNumber } from '../timeline/days';

export type OfficialLevel = 'high' | 'medium';

export interface OfficialArea {
  id: number;
  address: string;
  province: string;
  prefecture: string;
  county?: string;
  countyCode?: string;
  township?: string;
  village?: string;
  /** WGS-84. */
  lon: number;
  lat: number;
  precision: Precision;
  precisionRule: string;
  flags: string[];
}

/** One run of consecutive listed days at one level (day numbers, both ends included). */
export interface OfficialInterval {
  area: number;
  first: number;
  last: number;
  level: OfficialLevel;
}

/** Which lists exist for a day: a missing list is "no data", never "no risk". */
export interface DayCoverage {
  day: number;
  high: boolean;
  medium: boolean;
  source: string;
}

/** First and last day of the record (the national view's slider, the trip check's date bounds). */
export const RECORD_FIRST_ISO = '2020-07-29';
export const RECORD_LAST_ISO = '2022-12-24';
export const RECORD_FIRST_DAY = dayNumber(RECORD_FIRST_ISO);
export const RECORD_LAST_DAY = dayNumber(RECORD_LAST_ISO);
