/**
 * The record → the committed browser files: meta.json (coverage, counts per day, flags, totals) and one columnar
 * chunk per year (geo/README.md, "Official record"). Deterministic: the same record gives the same bytes.
 * Intervals crossing New Year are stored clipped in both years; decode.ts joins them again.
 */
import { PRECISIONS } from '../data/schema';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import type { BuildReport, OfficialRecord } from './build';
import { AREA_FLAG_CODES, PRECISION_RULE_CODES } from './codes';
import { intervalColumns } from './columns';
import { OfficialDayIndex } from './day-index';
import { LIST_SOURCES, type OfficialArea, type OfficialChunk, type OfficialInterval, type OfficialMeta } from './schema';

/** The files carry no keys: the reader computes an area's key from its address (area-keys.ts). */
export type EncodedRecord = Omit<OfficialRecord, 'keys'>;

export const chunkFileName = (year: number) => `official-${year}.json`;

class StringTable {
  readonly strings: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  id(text: string | undefined): number {
    if (text === undefined) return 0;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(text);
      this.index.set(text, id);
    }
    return id;
  }
}

/** The address split after its county (else prefecture, province) name, so the head repeats across areas. */
export function splitAddress(area: Pick<OfficialArea, 'address' | 'county' | 'prefecture' | 'province'>): [string, string] {
  for (const name of [area.county, area.prefecture, area.province]) {
    if (!name) continue;
    const at = area.address.indexOf(name);
    if (at >= 0) return [area.address.slice(0, at + name.length), area.address.slice(at + name.length)];
  }
  return ['', area.address];
}

const micro = (degrees: number) => Math.round(degrees * 1e6);

const FLAG_BIT = new Map(AREA_FLAG_CODES.map((code, i) => [code, 1 << i]));

function encodeChunk(year: number, first: number, last: number, record: EncodedRecord): OfficialChunk {
  const pieces: OfficialInterval[] = record.intervals
    .filter((i) => i.first <= last && i.last >= first)
    .map((i) => ({ ...i, first: Math.max(i.first, first), last: Math.min(i.last, last) }));
  const areaIds = [...new Set(pieces.map((p) => p.area))].sort((a, b) => a - b);
  const row = new Map(areaIds.map((id, i) => [id, i]));
  const table = new StringTable();
  const chains: OfficialChunk['chains'] = { province: [], prefecture: [], county: [], countyCode: [], head: [] };
  const chainRow = new Map<string, number>();
  const a: OfficialChunk['areas'] = {
    idDelta: [], chain: [], township: [], village: [], tail: [], lonDelta: [], latDelta: [], precisionRule: [], flags: [], variantArea: [], variantText: [],
  };
  let [previousId, previousLon, previousLat] = [0, 0, 0];
  areaIds.forEach((id, i) => {
    const area = record.areas[id];
    const [head, tail] = splitAddress(area);
    const chain = [area.province, area.prefecture, area.county, area.countyCode, head].map((text) => table.id(text));
    const chainKey = chain.join(',');
    let c = chainRow.get(chainKey);
    if (c === undefined) {
      c = chains.province.length;
      chainRow.set(chainKey, c);
      [chains.province, chains.prefecture, chains.county, chains.countyCode, chains.head].forEach((column, k) => column.push(chain[k]));
    }
    a.idDelta.push(id - previousId);
    a.chain.push(c);
    a.township.push(table.id(area.township));
    a.village.push(table.id(area.village));
    a.tail.push(tail);
    // A no-location area repeats the previous point (delta 0); its flag tells the decoder to leave it out.
    const [lon, lat] = area.lon === undefined || area.lat === undefined ? [previousLon, previousLat] : [micro(area.lon), micro(area.lat)];
    a.lonDelta.push(lon - previousLon);
    a.latDelta.push(lat - previousLat);
    a.precisionRule.push(PRECISIONS.indexOf(area.precision) * 8 + PRECISION_RULE_CODES.indexOf(area.precisionRule));
    a.flags.push(area.flags.reduce((bits, flag) => bits | (FLAG_BIT.get(flag) ?? 0), 0));
    for (const variant of area.variants ?? []) {
      a.variantArea.push(i);
      a.variantText.push(variant);
    }
    [previousId, previousLon, previousLat] = [id, lon, lat];
  });
  const ordered = pieces.map((p) => ({ ...p, area: row.get(p.area) as number }))
    .sort((x, y) => x.area - y.area || x.first - y.first || x.level.localeCompare(y.level));
  const iv: OfficialChunk['intervals'] = { areaDelta: [], first: [], spanLevel: [], countAt: [], countValue: [] };
  let previousArea = 0;
  ordered.forEach((p, i) => {
    iv.areaDelta.push(p.area - previousArea);
    iv.first.push(p.first - first);
    iv.spanLevel.push((p.last - p.first) * 2 + (p.level === 'high' ? 0 : 1));
    if (p.count !== 1) {
      iv.countAt.push(i);
      iv.countValue.push(p.count);
    }
    previousArea = p.area;
  });
  return { format: 'outbreak-atlas-official-chunk/2', year, firstDate: isoOfDay(first), lastDate: isoOfDay(last), strings: table.strings, chains, areas: a, intervals: iv };
}

function tally<T>(items: Iterable<T>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(item)] = (counts[String(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([x], [y]) => x.localeCompare(y)));
}

export function encodeOfficial(record: EncodedRecord, report: BuildReport): { meta: OfficialMeta; chunks: OfficialChunk[] } {
  const chunks: OfficialChunk[] = [];
  const firstYear = Number(isoOfDay(record.firstDay).slice(0, 4));
  const lastYear = Number(isoOfDay(record.lastDay).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const first = Math.max(record.firstDay, dayNumber(`${year}-01-01`));
    const last = Math.min(record.lastDay, dayNumber(`${year}-12-31`));
    chunks.push(encodeChunk(year, first, last, record));
  }
  const index = new OfficialDayIndex(intervalColumns(record.intervals), record.coverage, record.areas.length);
  const published = new Map(record.published.map((p) => [p.day, p]));
  const sourceOf = (file: string | undefined) => (file ? LIST_SOURCES.indexOf(file.split('/')[0] as (typeof LIST_SOURCES)[number]) + 1 : 0);
  const meta: OfficialMeta = {
    format: 'outbreak-atlas-official-meta/1',
    firstDate: isoOfDay(record.firstDay),
    lastDate: isoOfDay(record.lastDay),
    chunks: chunks.map((c) => ({ year: c.year, file: chunkFileName(c.year), areas: c.areas.idDelta.length, intervals: c.intervals.first.length })),
    high: record.coverage.map((c) => index.countsOn(c.day).high),
    medium: record.coverage.map((c) => index.countsOn(c.day).medium),
    highSource: record.coverage.map((c) => sourceOf(c.highFile)),
    mediumSource: record.coverage.map((c) => sourceOf(c.mediumFile)),
    publishedHigh: record.coverage.map((c) => published.get(c.day)?.high ?? null),
    publishedMedium: record.coverage.map((c) => published.get(c.day)?.medium ?? null),
    dayFlags: record.dayFlags,
    totals: {
      areas: record.areas.length,
      intervals: record.intervals.length,
      entries: record.intervals.reduce((n, i) => n + i.count * (i.last - i.first + 1), 0),
      listOnlyEntries: report.listOnlyEntries,
      listOnlyEntriesJoined: report.listOnlyEntriesJoined,
      areasWithoutPoint: record.areas.filter((area) => area.flags.includes('no-point')).length,
      precision: tally(record.areas.map((area) => area.precision)),
      rules: tally(record.areas.map((area) => area.precisionRule)),
      flags: tally(record.areas.flatMap((area) => area.flags)),
      merges: Object.fromEntries(Object.entries(report.merges.areasByRule).sort(([x], [y]) => x.localeCompare(y))),
    },
  };
  return { meta, chunks };
}
