/**
 * The committed browser files → records (pure; the browser, `official:count`, validate and the bench share it).
 * `decodeOfficial(meta, chunks)` accepts any subset of the year chunks (e.g. only the slider's year) and joins
 * an interval that was clipped at New Year when both years are given.
 */
import { PRECISIONS } from '../data/schema';
import { dayNumber, isoOfDay } from '../timeline/days';
import { AREA_FLAG_CODES, PRECISION_RULE_CODES, type AreaFlag } from './codes';
import { compareIntervals } from './history';
import { LIST_SOURCES, type DayCoverage, type OfficialArea, type OfficialChunk, type OfficialInterval, type OfficialMeta } from './schema';

export interface DecodedChunk {
  year: number;
  firstDay: number;
  lastDay: number;
  areas: OfficialArea[];
  intervals: OfficialInterval[];
}

export class OfficialDecodeError extends Error {}

/** Cheap shape check (equal column lengths) so a truncated file fails loudly instead of decoding garbage. */
function checkColumns(name: string, columns: Record<string, unknown[]>, sparse: Array<[string, string]>): number {
  const dense = Object.entries(columns).filter(([key]) => !sparse.some((pair) => pair.includes(key)));
  const length = dense[0]?.[1].length ?? 0;
  for (const [key, column] of dense) if (column.length !== length) throw new OfficialDecodeError(`${name}.${key}: ${column.length} values, expected ${length}`);
  for (const [a, b] of sparse) if (columns[a].length !== columns[b].length) throw new OfficialDecodeError(`${name}.${a} and ${name}.${b} differ in length`);
  return length;
}

export function decodeChunk(chunk: OfficialChunk): DecodedChunk {
  if (chunk.format !== 'outbreak-atlas-official-chunk/1') throw new OfficialDecodeError(`unknown chunk format ${String(chunk.format)}`);
  const { strings, areas: a, intervals: iv } = chunk;
  const areaCount = checkColumns('areas', a, [['flagArea', 'flagCode'], ['variantArea', 'variantText']]);
  const intervalCount = checkColumns('intervals', iv, [['countAt', 'countValue']]);
  const text = (i: number) => (i === 0 ? undefined : strings[i]);
  const areas: OfficialArea[] = new Array(areaCount);
  let [id, lon, lat] = [0, 0, 0];
  for (let i = 0; i < areaCount; i += 1) {
    id += a.idDelta[i];
    lon += a.lonDelta[i];
    lat += a.latDelta[i];
    const area: OfficialArea = {
      id, address: strings[a.head[i]] + a.tail[i], province: strings[a.province[i]], prefecture: strings[a.prefecture[i]],
      lon: lon / 1e6, lat: lat / 1e6, precision: PRECISIONS[a.precision[i]], precisionRule: PRECISION_RULE_CODES[a.rule[i]], flags: [],
    };
    const [county, countyCode, township, village] = [text(a.county[i]), text(a.countyCode[i]), text(a.township[i]), text(a.village[i])];
    if (county !== undefined) area.county = county;
    if (countyCode !== undefined) area.countyCode = countyCode;
    if (township !== undefined) area.township = township;
    if (village !== undefined) area.village = village;
    areas[i] = area;
  }
  a.flagArea.forEach((i, k) => areas[i].flags.push(AREA_FLAG_CODES[a.flagCode[k]] as AreaFlag));
  a.variantArea.forEach((i, k) => (areas[i].variants ??= []).push(a.variantText[k]));
  const firstDay = dayNumber(chunk.firstDate);
  const intervals: OfficialInterval[] = new Array(intervalCount);
  let local = 0;
  for (let i = 0; i < intervalCount; i += 1) {
    local += iv.areaDelta[i];
    const first = firstDay + iv.first[i];
    intervals[i] = { area: areas[local].id, first, last: first + iv.length[i], level: iv.level[i] === 0 ? 'high' : 'medium', count: 1 };
  }
  iv.countAt.forEach((i, k) => { intervals[i].count = iv.countValue[k]; });
  return { year: chunk.year, firstDay, lastDay: dayNumber(chunk.lastDate), areas, intervals };
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
  /** Areas of the decoded chunks, by id ascending (ids are global: `totalAreas` in the whole record). */
  areas: OfficialArea[];
  totalAreas: number;
  intervals: OfficialInterval[];
  coverage: DayCoverage[];
  /** Years decoded. */
  years: number[];
}

/** Joins chunks (any subset, any order) into one record; intervals sorted by area, first day, level. */
export function decodeOfficial(meta: OfficialMeta, chunks: readonly OfficialChunk[]): DecodedOfficial {
  const decoded = chunks.map(decodeChunk).sort((x, y) => x.year - y.year);
  const areas = new Map<number, OfficialArea>();
  for (const chunk of decoded) for (const area of chunk.areas) if (!areas.has(area.id)) areas.set(area.id, area);
  const boundary = new Set(decoded.map((c) => c.lastDay));
  const pieces = decoded.flatMap((c) => c.intervals).sort(compareIntervals);
  const intervals: OfficialInterval[] = [];
  const latest = new Map<string, OfficialInterval>();
  for (const piece of pieces) {
    // A piece ending on a chunk's last day continues in the next chunk when the same run starts the day after.
    const key = `${piece.area}:${piece.level}`;
    const open = latest.get(key);
    if (open && boundary.has(open.last) && open.last + 1 === piece.first && open.count === piece.count) {
      open.last = piece.last;
      continue;
    }
    const copy = { ...piece };
    intervals.push(copy);
    latest.set(key, copy);
  }
  return {
    firstDay: dayNumber(meta.firstDate), lastDay: dayNumber(meta.lastDate),
    areas: [...areas.values()].sort((x, y) => x.id - y.id), totalAreas: meta.totals.areas,
    intervals, coverage: coverageOf(meta), years: decoded.map((c) => c.year),
  };
}
