/**
 * The record → the committed browser files: meta.json (coverage, counts per day, flags, totals) and one columnar
 * chunk per year (geo/README.md, "Official record"). Deterministic: the same record gives the same bytes.
 * Intervals crossing New Year are stored clipped in both years; decode.ts joins them again.
 */
import { PRECISIONS } from '../data/schema';
import { dayNumber, isoOfDay } from '../timeline/days';
import type { BuildReport, OfficialRecord } from './build';
import { AREA_FLAG_CODES, PRECISION_RULE_CODES, type AreaFlag } from './codes';
import { OfficialDayIndex } from './day-index';
import { LIST_SOURCES, type OfficialArea, type OfficialChunk, type OfficialInterval, type OfficialMeta } from './schema';

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

function encodeChunk(year: number, first: number, last: number, record: OfficialRecord): OfficialChunk {
  const pieces: OfficialInterval[] = record.intervals
    .filter((i) => i.first <= last && i.last >= first)
    .map((i) => ({ ...i, first: Math.max(i.first, first), last: Math.min(i.last, last) }));
  const areaIds = [...new Set(pieces.map((p) => p.area))].sort((a, b) => a - b);
  const local = new Map(areaIds.map((id, i) => [id, i]));
  const table = new StringTable();
  const a: OfficialChunk['areas'] = {
    idDelta: [], head: [], tail: [], province: [], prefecture: [], county: [], countyCode: [], township: [], village: [],
    lonDelta: [], latDelta: [], precision: [], rule: [], flagArea: [], flagCode: [], variantArea: [], variantText: [],
  };
  let [previousId, previousLon, previousLat] = [0, 0, 0];
  areaIds.forEach((id, i) => {
    const area = record.areas[id];
    const [head, tail] = splitAddress(area);
    a.idDelta.push(id - previousId);
    a.head.push(table.id(head));
    a.tail.push(tail);
    a.province.push(table.id(area.province));
    a.prefecture.push(table.id(area.prefecture));
    a.county.push(table.id(area.county));
    a.countyCode.push(table.id(area.countyCode));
    a.township.push(table.id(area.township));
    a.village.push(table.id(area.village));
    a.lonDelta.push(micro(area.lon) - previousLon);
    a.latDelta.push(micro(area.lat) - previousLat);
    a.precision.push(PRECISIONS.indexOf(area.precision));
    a.rule.push(PRECISION_RULE_CODES.indexOf(area.precisionRule));
    for (const flag of area.flags) {
      a.flagArea.push(i);
      a.flagCode.push(AREA_FLAG_CODES.indexOf(flag as AreaFlag));
    }
    for (const variant of area.variants ?? []) {
      a.variantArea.push(i);
      a.variantText.push(variant);
    }
    [previousId, previousLon, previousLat] = [id, micro(area.lon), micro(area.lat)];
  });
  const ordered = pieces.map((p) => ({ ...p, area: local.get(p.area) as number }))
    .sort((x, y) => x.area - y.area || x.first - y.first || x.level.localeCompare(y.level));
  const iv: OfficialChunk['intervals'] = { areaDelta: [], first: [], length: [], level: [], countAt: [], countValue: [] };
  let previousArea = 0;
  ordered.forEach((p, i) => {
    iv.areaDelta.push(p.area - previousArea);
    iv.first.push(p.first - first);
    iv.length.push(p.last - p.first);
    iv.level.push(p.level === 'high' ? 0 : 1);
    if (p.count !== 1) {
      iv.countAt.push(i);
      iv.countValue.push(p.count);
    }
    previousArea = p.area;
  });
  return { format: 'outbreak-atlas-official-chunk/1', year, firstDate: isoOfDay(first), lastDate: isoOfDay(last), strings: table.strings, areas: a, intervals: iv };
}

function tally<T>(items: Iterable<T>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[String(item)] = (counts[String(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([x], [y]) => x.localeCompare(y)));
}

export function encodeOfficial(record: OfficialRecord, report: BuildReport): { meta: OfficialMeta; chunks: OfficialChunk[] } {
  const chunks: OfficialChunk[] = [];
  const firstYear = Number(isoOfDay(record.firstDay).slice(0, 4));
  const lastYear = Number(isoOfDay(record.lastDay).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const first = Math.max(record.firstDay, dayNumber(`${year}-01-01`));
    const last = Math.min(record.lastDay, dayNumber(`${year}-12-31`));
    chunks.push(encodeChunk(year, first, last, record));
  }
  const index = new OfficialDayIndex(record.intervals, record.coverage, record.areas.length);
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
