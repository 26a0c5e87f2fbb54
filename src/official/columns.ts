/**
 * Intervals as typed columns: what the day index and the browser keep in memory (one number per field, no
 * object per interval). `intervalColumns` / `intervalAt` convert from and to the record's OfficialInterval.
 */
import type { RiskLevel } from './codes';
import type { OfficialInterval } from './schema';

export interface IntervalColumns {
  readonly length: number;
  /** Global area id. */
  readonly area: Int32Array;
  /** Day numbers (days since 1970-01-01), inclusive. */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** 0 high, 1 medium. */
  readonly level: Uint8Array;
  /** Entries of the area on each day of the interval (list multiplicity). */
  readonly count: Int32Array;
}

export const LEVEL_CODES: readonly RiskLevel[] = ['high', 'medium'];

export function emptyIntervalColumns(length: number): IntervalColumns {
  return { length, area: new Int32Array(length), first: new Int32Array(length), last: new Int32Array(length), level: new Uint8Array(length), count: new Int32Array(length).fill(1) };
}

export function intervalColumns(intervals: readonly OfficialInterval[]): IntervalColumns {
  const columns = emptyIntervalColumns(intervals.length);
  intervals.forEach((interval, i) => {
    columns.area[i] = interval.area;
    columns.first[i] = interval.first;
    columns.last[i] = interval.last;
    columns.level[i] = interval.level === 'high' ? 0 : 1;
    columns.count[i] = interval.count;
  });
  return columns;
}

export function intervalAt(columns: IntervalColumns, i: number): OfficialInterval {
  return { area: columns.area[i], first: columns.first[i], last: columns.last[i], level: LEVEL_CODES[columns.level[i]], count: columns.count[i] };
}

/** The columns of several sets one after the other (e.g. the years loaded so far). */
export function concatIntervalColumns(parts: readonly IntervalColumns[]): IntervalColumns {
  const columns = emptyIntervalColumns(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    columns.area.set(part.area, offset);
    columns.first.set(part.first, offset);
    columns.last.set(part.last, offset);
    columns.level.set(part.level, offset);
    columns.count.set(part.count, offset);
    offset += part.length;
  }
  return columns;
}
