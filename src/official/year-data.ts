/**
 * One decoded year as plain data: typed columns and two packed string tables, nothing else. It is what crosses
 * from the Web Worker that decodes the year files to the page (`transferablesOf` lists the buffers to move, not
 * copy) and what `OfficialYear` reads. Strings are packed into one string with end offsets because a structured
 * clone of one long string is a copy, where 170k short strings are 170k objects built on the receiving thread.
 * `decodeYearData` makes it from a year file; this file imports no schema library, so the worker stays small.
 * Pure.
 */
import { dayNumber } from '../core/calendar-day';
import { AREA_FLAG_CODES } from './codes';
import { emptyIntervalColumns, type IntervalColumns } from './columns';
import type { OfficialChunk } from './schema';

/** Strings packed end to end: string i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint32Array;
}

export function packStrings(strings: readonly string[]): PackedStrings {
  const ends = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => {
    end += s.length;
    ends[i] = end;
  });
  return { text: strings.join(''), ends };
}

export function stringAt(packed: PackedStrings, i: number): string {
  return packed.text.slice(i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
}

export interface YearData {
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
  /** Per row: its admin chain, and township and village as indices into `strings` (0: absent). */
  readonly chain: Int32Array;
  readonly township: Int32Array;
  readonly village: Int32Array;
  /** Per row: the address after its chain's head. */
  readonly tail: PackedStrings;
  /** The file's de-duplicated strings; index 0 is "". */
  readonly strings: PackedStrings;
  /** Per chain: indices into `strings`. */
  readonly chains: { readonly province: Int32Array; readonly prefecture: Int32Array; readonly county: Int32Array; readonly countyCode: Int32Array; readonly head: Int32Array };
  /** Other spellings: row and text, in pairs. */
  readonly variantArea: Int32Array;
  readonly variantText: readonly string[];
  /** Intervals of this year (clipped to it); `area` holds global ids. */
  readonly intervals: IntervalColumns;
}

/** The buffers of a year's typed columns (for postMessage's transfer list; the sender's copies become empty). */
export function transferablesOf(data: YearData): ArrayBuffer[] {
  const { chains, intervals: iv } = data;
  const columns = [
    data.ids, data.lon, data.lat, data.precision, data.rule, data.flags, data.chain, data.township, data.village,
    data.tail.ends, data.strings.ends, chains.province, chains.prefecture, chains.county, chains.countyCode, chains.head,
    data.variantArea, iv.area, iv.first, iv.last, iv.level, iv.count,
  ];
  return [...new Set(columns.map((c) => c.buffer as ArrayBuffer))];
}

export class OfficialDecodeError extends Error {}

/** Cheap shape check (equal column lengths) so a truncated file fails loudly instead of decoding garbage. */
function checkColumns(name: string, columns: Record<string, unknown[]>, sparse: string[]): number {
  const dense = Object.entries(columns).filter(([key]) => !sparse.includes(key));
  const length = dense[0]?.[1].length ?? 0;
  for (const [key, column] of dense) if (column.length !== length) throw new OfficialDecodeError(`${name}.${key}: ${column.length} values, expected ${length}`);
  for (let i = 0; i < sparse.length; i += 2) {
    if (columns[sparse[i]].length !== columns[sparse[i + 1]].length) throw new OfficialDecodeError(`${name}.${sparse[i]} and ${name}.${sparse[i + 1]} differ in length`);
  }
  return length;
}

/** A year file decoded to plain data (typed columns, packed strings): what the worker sends to the page. */
export function decodeYearData(chunk: OfficialChunk): YearData {
  if (chunk.format !== 'outbreak-atlas-official-chunk/2') throw new OfficialDecodeError(`unknown chunk format ${String(chunk.format)}`);
  const { areas: a, intervals: iv } = chunk;
  checkColumns('chains', chunk.chains, []);
  const size = checkColumns('areas', a, ['variantArea', 'variantText']);
  const intervalCount = checkColumns('intervals', iv, ['countAt', 'countValue']);
  const firstDay = dayNumber(chunk.firstDate);
  const [ids, lon, lat] = [new Int32Array(size), new Float64Array(size), new Float64Array(size)];
  const [precision, rule, flags] = [new Uint8Array(size), new Uint8Array(size), new Uint16Array(size)];
  const noLocation = 1 << AREA_FLAG_CODES.indexOf('no-location');
  let [id, x, y] = [0, 0, 0];
  for (let i = 0; i < size; i += 1) {
    id += a.idDelta[i];
    x += a.lonDelta[i];
    y += a.latDelta[i];
    ids[i] = id;
    flags[i] = a.flags[i];
    const located = (a.flags[i] & noLocation) === 0;
    lon[i] = located ? x / 1e6 : Number.NaN;
    lat[i] = located ? y / 1e6 : Number.NaN;
    precision[i] = a.precisionRule[i] >> 3;
    rule[i] = a.precisionRule[i] & 7;
  }
  const intervals = emptyIntervalColumns(intervalCount);
  let row = 0;
  for (let i = 0; i < intervalCount; i += 1) {
    row += iv.areaDelta[i];
    if (row >= size) throw new OfficialDecodeError(`intervals.areaDelta: interval ${i} points past the last area`);
    intervals.area[i] = ids[row];
    intervals.first[i] = firstDay + iv.first[i];
    intervals.last[i] = intervals.first[i] + (iv.spanLevel[i] >> 1);
    intervals.level[i] = iv.spanLevel[i] & 1;
  }
  iv.countAt.forEach((i, k) => { intervals.count[i] = iv.countValue[k]; });
  const c = chunk.chains;
  return {
    year: chunk.year, firstDay, lastDay: dayNumber(chunk.lastDate), size, ids, lon, lat, precision, rule, flags,
    chain: Int32Array.from(a.chain), township: Int32Array.from(a.township), village: Int32Array.from(a.village),
    tail: packStrings(a.tail), strings: packStrings(chunk.strings),
    chains: { province: Int32Array.from(c.province), prefecture: Int32Array.from(c.prefecture), county: Int32Array.from(c.county), countyCode: Int32Array.from(c.countyCode), head: Int32Array.from(c.head) },
    variantArea: Int32Array.from(a.variantArea), variantText: a.variantText, intervals,
  };
}
