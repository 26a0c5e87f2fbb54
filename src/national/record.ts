/**
 * The official record as the national view holds it: one row per area id (point, precision) and all intervals
 * as columns, joined from the decoded year files (src/official/decode.ts `OfficialYear`, typed columns; an
 * area's full record is built only when it is opened). Pure.
 */
import { PRECISIONS, type Precision } from '../data/schema';
import { AreaKeyIndex } from '../official/area-keys';
import type { IntervalTable } from './area-timeline';
import type { DayCoverage, OfficialArea } from './official-contract';

/** What the national view reads of one decoded year (structural: src/official/decode.ts OfficialYear). */
export interface YearColumns {
  readonly year: number;
  readonly size: number;
  readonly ids: Int32Array;
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Index into PRECISIONS. */
  readonly precision: Uint8Array;
  readonly intervals: IntervalTable & { readonly count?: ArrayLike<number> };
  rowOf(id: number): number;
  addressOf(row: number): string;
  area(row: number): OfficialArea;
  adminOf(row: number): Pick<OfficialArea, 'province' | 'prefecture' | 'countyCode'>;
}

/** Entries in force per day from `firstDay` (null: no list of that level that day). */
export interface DayTotals {
  high: ReadonlyArray<number | null>;
  medium: ReadonlyArray<number | null>;
}

export class NationalRecord {
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly precision: Uint8Array;
  readonly intervals: IntervalTable & { count: Int32Array };
  /** Link key ↔ id (`sel=official:<key>`); the key → id table is built the first time a key is looked up. */
  readonly keys: AreaKeyIndex;
  private readonly cache = new Map<number, OfficialArea>();

  constructor(
    readonly areaCount: number,
    private readonly years: readonly YearColumns[],
    readonly firstDay: number,
    readonly lastDay: number,
    readonly totals: DayTotals,
    readonly coverage: readonly DayCoverage[],
  ) {
    this.lon = new Float64Array(areaCount).fill(Number.NaN);
    this.lat = new Float64Array(areaCount).fill(Number.NaN);
    this.precision = new Uint8Array(areaCount);
    let length = 0;
    for (const year of years) {
      for (let row = 0; row < year.size; row += 1) {
        const id = year.ids[row];
        this.lon[id] = year.lon[row];
        this.lat[id] = year.lat[row];
        this.precision[id] = year.precision[row];
      }
      length += year.intervals.length;
    }
    const intervals = { length, area: new Int32Array(length), first: new Int32Array(length), last: new Int32Array(length), level: new Uint8Array(length), count: new Int32Array(length).fill(1) };
    let k = 0;
    for (const year of years) {
      const iv = year.intervals;
      for (let i = 0; i < iv.length; i += 1, k += 1) {
        intervals.area[k] = iv.area[i];
        intervals.first[k] = iv.first[i];
        intervals.last[k] = iv.last[i];
        intervals.level[k] = iv.level[i];
        if (iv.count) intervals.count[k] = iv.count[i];
      }
    }
    this.intervals = intervals;
    this.keys = new AreaKeyIndex((id) => this.addressOf(id), () => this.addresses());
  }

  /** Every area's id and address, row by row, from the first year that lists it (as `addressOf`). */
  private *addresses(): Generator<readonly [number, string]> {
    const seen = new Uint8Array(this.areaCount);
    for (const year of this.years) {
      for (let row = 0; row < year.size; row += 1) {
        const id = year.ids[row];
        if (seen[id]) continue;
        seen[id] = 1;
        yield [id, year.addressOf(row)];
      }
    }
  }

  /** An area's address as published, without building its record. */
  addressOf(id: number): string | undefined {
    const cached = this.cache.get(id);
    if (cached) return cached.address;
    for (const year of this.years) {
      const row = year.rowOf(id);
      if (row >= 0) return year.addressOf(row);
    }
    return undefined;
  }

  precisionOf(id: number): Precision {
    return PRECISIONS[this.precision[id]];
  }

  /** The full record of one area (built once, on demand). */
  area(id: number): OfficialArea | undefined {
    const cached = this.cache.get(id);
    if (cached) return cached;
    for (const year of this.years) {
      const row = year.rowOf(id);
      if (row < 0) continue;
      const area = year.area(row);
      this.cache.set(id, area);
      return area;
    }
    return undefined;
  }

  /** Province, prefecture and county code of every area, by id (for its admin units), without building the records. */
  admins(): Array<Pick<OfficialArea, 'province' | 'prefecture' | 'countyCode'>> {
    const admins: Array<Pick<OfficialArea, 'province' | 'prefecture' | 'countyCode'>> = new Array(this.areaCount);
    for (const year of this.years) {
      for (let row = 0; row < year.size; row += 1) admins[year.ids[row]] ??= year.adminOf(row);
    }
    for (let id = 0; id < this.areaCount; id += 1) admins[id] ??= { province: '', prefecture: '' };
    return admins;
  }

  /** Entries in force nationally on a day; null for a level without a list that day ("no data"). */
  countsOn(day: number): { high: number | null; medium: number | null } {
    const d = day - this.firstDay;
    return { high: this.totals.high[d] ?? null, medium: this.totals.medium[d] ?? null };
  }

  /** The runs of one area, adjacent pieces of one level joined (a run is clipped at New Year in the year files). */
  historyOf(id: number): Array<{ first: number; last: number; level: 'high' | 'medium'; count: number }> {
    const rows: Array<{ first: number; last: number; level: 'high' | 'medium'; count: number }> = [];
    const { area, first, last, level, count } = this.intervals;
    for (let i = 0; i < this.intervals.length; i += 1) {
      if (area[i] === id) rows.push({ first: first[i], last: last[i], level: level[i] === 0 ? 'high' : 'medium', count: count[i] });
    }
    rows.sort((a, b) => a.first - b.first || a.level.localeCompare(b.level));
    const joined: typeof rows = [];
    for (const row of rows) {
      const previous = joined.findLast((r) => r.level === row.level);
      if (previous && previous.last + 1 === row.first && previous.count === row.count) previous.last = row.last;
      else joined.push({ ...row });
    }
    return joined;
  }
}
