/**
 * The committed browser files → records (pure; the browser, `official:count`, validate and the bench share it).
 * `decodeChunk` turns one year file into typed columns (`decodeYearData`: plain data a worker can transfer, read
 * through `OfficialYear`) and builds an `OfficialArea` object only when asked (`area(row)`), so a year with 170k
 * areas is usable without 170k objects. `decodeOfficial` joins any subset of years into plain records for tools
 * and tests, re-joining a run clipped at New Year.
 */
import { PRECISIONS } from '../data/schema';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import { AreaKeyIndex } from './area-keys';
import { AREA_FLAG_CODES, PRECISION_RULE_CODES, type AreaFlag } from './codes';
import { intervalAt, type IntervalColumns } from './columns';
import { compareIntervals } from './history';
import { LIST_SOURCES, type DayCoverage, type OfficialArea, type OfficialChunk, type OfficialInterval, type OfficialMeta } from './schema';
import { decodeYearData, stringAt, type YearData } from './year-data';

export { decodeYearData, OfficialDecodeError } from './year-data';

/** One year of the record as typed columns (from `decodeYearData`, here or in a worker); rows are sorted by global area id. */
export class OfficialYear {
  readonly year: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly size: number;
  readonly ids: Int32Array;
  /** WGS-84 degrees; NaN for a no-location area. */
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** Index into PRECISIONS / PRECISION_RULE_CODES. */
  readonly precision: Uint8Array;
  readonly rule: Uint8Array;
  /** Bit i = AREA_FLAG_CODES[i]. */
  readonly flags: Uint16Array;
  /** Intervals of this year (clipped to it); `area` holds global ids. */
  readonly intervals: IntervalColumns;
  private readonly variants = new Map<number, string[]>();
  private readonly admins = new Map<number, Pick<OfficialArea, 'province' | 'prefecture' | 'countyCode'>>();

  constructor(private readonly data: YearData) {
    ({ year: this.year, firstDay: this.firstDay, lastDay: this.lastDay, size: this.size, ids: this.ids, lon: this.lon, lat: this.lat } = data);
    ({ precision: this.precision, rule: this.rule, flags: this.flags, intervals: this.intervals } = data);
    data.variantArea.forEach((row, k) => this.variants.set(row, [...(this.variants.get(row) ?? []), data.variantText[k]]));
  }

  /** Row of a global area id, or -1 when the area has no interval this year. */
  rowOf(id: number): number {
    let [low, high] = [0, this.size - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.ids[mid] === id) return mid;
      if (this.ids[mid] < id) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /**
   * Province, prefecture and county code of a row, without building its record: what the national map needs of
   * every area at load (its admin units). One object per distinct chain, shared by the rows on it.
   */
  adminOf(row: number): Pick<OfficialArea, 'province' | 'prefecture' | 'countyCode'> {
    const chain = this.data.chain[row];
    let admin = this.admins.get(chain);
    if (!admin) {
      const { strings, chains } = this.data;
      admin = { province: stringAt(strings, chains.province[chain]), prefecture: stringAt(strings, chains.prefecture[chain]) };
      if (chains.countyCode[chain] !== 0) admin.countyCode = stringAt(strings, chains.countyCode[chain]);
      this.admins.set(chain, admin);
    }
    return admin;
  }

  /** The address of a row as published, without building its record (for its link key, area-keys.ts). */
  addressOf(row: number): string {
    return stringAt(this.data.strings, this.data.chains.head[this.data.chain[row]]) + stringAt(this.data.tail, row);
  }

  /** The full record of one area (built on demand). */
  area(row: number): OfficialArea {
    const { strings, chains, chain: chainOf, township, village } = this.data;
    const chain = chainOf[row];
    const text = (i: number) => (i === 0 ? undefined : stringAt(strings, i));
    const area: OfficialArea = {
      id: this.ids[row], address: this.addressOf(row),
      province: stringAt(strings, chains.province[chain]), prefecture: stringAt(strings, chains.prefecture[chain]),
      precision: PRECISIONS[this.precision[row]], precisionRule: PRECISION_RULE_CODES[this.rule[row]],
      flags: AREA_FLAG_CODES.filter((_, bit) => (this.flags[row] & (1 << bit)) !== 0) as AreaFlag[],
    };
    const optional = { county: text(chains.county[chain]), countyCode: text(chains.countyCode[chain]), township: text(township[row]), village: text(village[row]) };
    for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(area, { [key]: value });
    if (!Number.isNaN(this.lon[row])) [area.lon, area.lat] = [this.lon[row], this.lat[row]];
    const variants = this.variants.get(row);
    if (variants) area.variants = [...variants];
    return area;
  }
}

export function decodeChunk(chunk: OfficialChunk): OfficialYear {
  return new OfficialYear(decodeYearData(chunk));
}

/** Coverage per day from meta.json. */
export function coverageOf(meta: OfficialMeta): DayCoverage[] {
  const first = dayNumber(meta.firstDate);
  const fileOf = (source: number, day: number, suffix: 'h' | 'm') => {
    const compact = isoOfDay(day).replaceAll('-', '');
    const kind = LIST_SOURCES[source - 1];
    return kind === 'points' ? `points/${compact}_${suffix}.geojson` : kind === 'lists-2022' ? `lists-2022/${compact}.json` : undefined;
  };
  return meta.highSource.map((highSource, d) => {
    const day = first + d;
    const highFile = fileOf(highSource, day, 'h');
    const mediumFile = fileOf(meta.mediumSource[d], day, 'm');
    const entry: DayCoverage = { day, high: highFile !== undefined, medium: mediumFile !== undefined, source: [highFile, mediumFile].filter(Boolean).join(' ') };
    if (highFile) entry.highFile = highFile;
    if (mediumFile) entry.mediumFile = mediumFile;
    return entry;
  });
}

export interface DecodedOfficial {
  firstDay: number;
  lastDay: number;
  /** Areas of the decoded years, by id ascending (ids are global: `totalAreas` in the whole record). */
  areas: OfficialArea[];
  totalAreas: number;
  intervals: OfficialInterval[];
  coverage: DayCoverage[];
  years: OfficialYear[];
  /** Link key ↔ id of the decoded areas (`sel=official:<key>`). */
  keys: AreaKeyIndex;
}

/** Joins years (any subset, any order) into plain records; intervals sorted by area, first day, level. */
export function decodeOfficial(meta: OfficialMeta, chunks: readonly OfficialChunk[]): DecodedOfficial {
  const years = chunks.map(decodeChunk).sort((x, y) => x.year - y.year);
  const areas = new Map<number, OfficialArea>();
  for (const year of years) for (let row = 0; row < year.size; row += 1) if (!areas.has(year.ids[row])) areas.set(year.ids[row], year.area(row));
  const boundary = new Set(years.map((y) => y.lastDay));
  const pieces = years.flatMap((y) => Array.from({ length: y.intervals.length }, (_, i) => intervalAt(y.intervals, i))).sort(compareIntervals);
  const intervals: OfficialInterval[] = [];
  const latest = new Map<string, OfficialInterval>();
  for (const piece of pieces) {
    // A piece ending on a year's last day continues in the next year when the same run starts the day after.
    const key = `${piece.area}:${piece.level}`;
    const open = latest.get(key);
    if (open && boundary.has(open.last) && open.last + 1 === piece.first && open.count === piece.count) {
      open.last = piece.last;
      continue;
    }
    intervals.push(piece);
    latest.set(key, piece);
  }
  return {
    firstDay: dayNumber(meta.firstDate), lastDay: dayNumber(meta.lastDate),
    areas: [...areas.values()].sort((x, y) => x.id - y.id), totalAreas: meta.totals.areas,
    intervals, coverage: coverageOf(meta), years,
    keys: new AreaKeyIndex((id) => areas.get(id)?.address, () => [...areas].map(([id, area]) => [id, area.address] as const)),
  };
}
