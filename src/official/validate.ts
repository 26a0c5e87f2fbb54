/**
 * Checks of the committed official record (geo/official/), pure so `npm run validate` and the tests (with broken
 * fixtures in tests/fixtures/official/) share them. Every problem names the file and the record (area id and
 * address, or interval) and the JSON path. Points outside their county polygon are counted and reported, not
 * failed: they are data (flagged outside-county-polygon), not a broken file.
 */
import type { z } from '../data/zod';
import type { Problem } from '../data/validate';
import { isoOfDay } from '../core/calendar-day';
import { concatIntervalColumns, intervalAt } from './columns';
import { OfficialDayIndex } from './day-index';
import { coverageOf, decodeChunk, type OfficialYear } from './decode';
import { CHINA_BBOX, officialAreaSchema, officialChunkSchema, officialMetaSchema, type OfficialArea, type OfficialChunk, type OfficialInterval, type OfficialMeta } from './schema';

export interface OfficialFiles {
  metaFile: string;
  meta: unknown;
  /** Chunk file name (as meta.json names it) → parsed JSON, undefined when the file is missing. */
  chunks: Map<string, unknown>;
}

export interface OfficialValidation {
  problems: Problem[];
  areas: number;
  intervals: number;
  /** Areas with a listed point whose county has a shipped polygon, and how many of them lie inside it. */
  inPolygon: { checked: number; inside: number; outsideUnflagged: number };
}

const pathOf = (parts: PropertyKey[]) => parts.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), '$');
const describeArea = (area: OfficialArea) => `area ${area.id} ${area.address}`;
const describeInterval = (i: OfficialInterval) => `interval area ${i.area} ${i.level} ${isoOfDay(i.first)}..${isoOfDay(i.last)}`;

export function schemaProblems(file: string, json: unknown, schema: z.ZodMiniType): Problem[] {
  const parsed = schema.safeParse(json);
  if (parsed.success) return [];
  return parsed.error.issues.slice(0, 20).map((issue) => {
    const [section, column, index] = issue.path;
    const record = section === 'areas' && typeof index === 'number' ? `area #${index} of the file` : section === 'intervals' && typeof index === 'number' ? `interval #${index} of the file` : undefined;
    return { file, featureId: record ?? (column !== undefined && typeof column !== 'number' ? String(column) : undefined), path: pathOf(issue.path), message: issue.message };
  });
}

function checkIntervals(file: string, intervals: readonly OfficialInterval[], meta: OfficialMeta, add: (p: Problem) => void): void {
  const coverage = coverageOf(meta);
  const first = coverage[0]?.day ?? 0;
  const last = new Map<string, OfficialInterval>();
  intervals.forEach((interval, i) => {
    const at = `$.intervals[${i}]`;
    const featureId = describeInterval(interval);
    if (interval.last < interval.first) add({ file, featureId, path: at, message: 'ends before it starts' });
    for (let day = interval.first; day <= interval.last; day += 1) {
      const c = coverage[day - first];
      if (!c) {
        add({ file, featureId, path: at, message: `day ${isoOfDay(day)} outside the record ${meta.firstDate}..${meta.lastDate}` });
        break;
      }
      if (!c[interval.level]) {
        add({ file, featureId, path: at, message: `in force on ${isoOfDay(day)}, a day with no ${interval.level} list` });
        break;
      }
    }
    const key = `${interval.area}:${interval.level}`;
    const previous = last.get(key);
    if (previous && interval.first <= previous.last) add({ file, featureId, path: at, message: `overlaps or precedes ${describeInterval(previous)} (intervals of one area and level must be sorted and disjoint)` });
    last.set(key, interval);
  });
}

export function validateOfficial(files: OfficialFiles, pointInCounty?: (code: string, lon: number, lat: number) => boolean | undefined): OfficialValidation {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  const result: OfficialValidation = { problems, areas: 0, intervals: 0, inPolygon: { checked: 0, inside: 0, outsideUnflagged: 0 } };
  problems.push(...schemaProblems(files.metaFile, files.meta, officialMetaSchema));
  if (problems.length) return result;
  const meta = files.meta as OfficialMeta;
  const decoded: Array<{ file: string; year: OfficialYear }> = [];
  for (const entry of meta.chunks) {
    const json = files.chunks.get(entry.file);
    if (json === undefined) {
      add({ file: entry.file, path: '$', message: `named in ${files.metaFile} but missing` });
      continue;
    }
    const before = problems.length;
    problems.push(...schemaProblems(entry.file, json, officialChunkSchema));
    if (problems.length > before) continue;
    try {
      const year = decodeChunk(json as OfficialChunk);
      if (year.size !== entry.areas || year.intervals.length !== entry.intervals) {
        add({ file: entry.file, path: '$', message: `${year.size} areas and ${year.intervals.length} intervals, ${files.metaFile} says ${entry.areas} and ${entry.intervals}` });
      }
      decoded.push({ file: entry.file, year });
    } catch (error) {
      add({ file: entry.file, path: '$', message: (error as Error).message });
    }
  }
  const seen = new Map<number, string>();
  for (const { file, year } of decoded) {
    for (let i = 0; i < year.size; i += 1) {
      const area = year.area(i);
      const at = `$.areas[${i}]`;
      const parsed = officialAreaSchema.safeParse(area);
      if (!parsed.success) for (const issue of parsed.error.issues) add({ file, featureId: describeArea(area), path: `${at}${pathOf(issue.path).slice(1)}`, message: issue.message });
      const same = seen.get(area.id);
      if (same !== undefined && same !== JSON.stringify(area)) add({ file, featureId: describeArea(area), path: at, message: 'differs from the same area in another year file' });
      if (same === undefined) {
        seen.set(area.id, JSON.stringify(area));
        result.areas += 1;
        const { lon, lat } = area;
        if (lon === undefined || lat === undefined) continue;
        const outsideChina = lon < CHINA_BBOX.west || lon > CHINA_BBOX.east || lat < CHINA_BBOX.south || lat > CHINA_BBOX.north;
        if (outsideChina && !area.flags.includes('outside-china')) add({ file, featureId: describeArea(area), path: at, message: `point ${lon},${lat} outside China and not flagged outside-china` });
        // Only listed points: a list-only area or one whose point was in another province sits at an admin centre.
        const listedPoint = !area.flags.includes('no-point') && !area.flags.includes('outside-province');
        const inside = area.countyCode && listedPoint ? pointInCounty?.(area.countyCode, lon, lat) : undefined;
        if (inside !== undefined) {
          result.inPolygon.checked += 1;
          if (inside) result.inPolygon.inside += 1;
          else if (!area.flags.includes('outside-county-polygon')) result.inPolygon.outsideUnflagged += 1;
        }
      }
    }
    checkIntervals(file, Array.from({ length: year.intervals.length }, (_, i) => intervalAt(year.intervals, i)), meta, add);
    result.intervals += year.intervals.length;
  }
  if (problems.length === 0) {
    const index = new OfficialDayIndex(concatIntervalColumns(decoded.map((d) => d.year.intervals)), coverageOf(meta), meta.totals.areas);
    coverageOf(meta).forEach((c, d) => {
      const counts = index.countsOn(c.day);
      if (counts.high !== meta.high[d] || counts.medium !== meta.medium[d]) {
        add({ file: files.metaFile, path: `$.high[${d}]`, message: `${isoOfDay(c.day)}: intervals give ${counts.high} high / ${counts.medium} medium, meta says ${meta.high[d]} / ${meta.medium[d]}` });
      }
    });
  }
  return result;
}
