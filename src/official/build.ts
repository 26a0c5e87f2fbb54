/**
 * The official record from the daily lists: areas (merged spellings, admin chain, WGS-84 point, precision,
 * flags), intervals with list multiplicity, coverage per day and day flags. Pure: the caller reads the files
 * (scripts/official.ts) and passes the admin divisions.
 */
import gcoord from 'gcoord';
import type { AdminDivision, AdminDivisions } from '../data/admin-divisions';
import { dayNumber } from '../core/calendar-day';
import { assignAreaKeys } from './area-keys';
import { groupSpellings, type MergeReport, type Spelling } from './areas';
import { readChain } from './chain';
import { sortFlags, type AreaFlag, type RiskLevel } from './codes';
import { buildCoverage, buildDayFlags, type ListInfo, type PublishedTotal } from './coverage';
import { areasAtBothLevels, buildIntervals, flickeringAreas, type DayEntries } from './history';
import { assignPrecision } from './precision';
import { placeByAddress, type ProvinceCheck } from './province-check';
import { CHINA_BBOX, RECORD_FIRST_DATE, RECORD_LAST_DATE, type DayCoverage, type OfficialArea, type OfficialDayFlag, type OfficialInterval } from './schema';

export interface ListEntry {
  address: string;
  /** GCJ-02 as listed; absent in lists-2022 (no coordinates). */
  gcj02?: readonly [number, number];
}

export interface DailyList {
  date: string;
  level: RiskLevel;
  /** Path relative to the shared folder: "points/20210810_h.geojson" or "lists-2022/20221125.json". */
  file: string;
  entries: readonly ListEntry[];
}

export interface BuildInput {
  lists: readonly DailyList[];
  /** Totals printed by the official notices (lists-2022 hcount / mcount). */
  published: ReadonlyArray<{ date: string; high: number; medium: number }>;
  divisions: Pick<AdminDivisions, 'parseChain' | 'byCode'>;
  divisionList: readonly AdminDivision[];
  /** Whether a WGS-84 point lies in another province than the code names (src/official/province-check.ts). */
  provinceCheck?: Pick<ProvinceCheck, 'outside'>;
  /** Whether a WGS-84 point lies in the county's shipped polygon; undefined when no polygon is shipped. */
  pointInCounty?: (countyCode: string, lon: number, lat: number) => boolean | undefined;
}

export interface OfficialRecord {
  firstDay: number;
  lastDay: number;
  areas: OfficialArea[];
  /** The link key of each area (`keys[id]`, src/official/area-key.ts): from its normalised address, unique. */
  keys: string[];
  intervals: OfficialInterval[];
  coverage: DayCoverage[];
  dayFlags: OfficialDayFlag[];
  published: PublishedTotal[];
}

export interface BuildReport {
  merges: MergeReport;
  listOnlyEntries: number;
  listOnlyEntriesJoined: number;
  /** Distinct list-only addresses (after normalisation) that found a point on another day. */
  listOnlyAreas: number;
  listOnlyAreasJoined: number;
}

export function toWgs84(gcj02: readonly [number, number]): [number, number] {
  const [lon, lat] = gcoord.transform([gcj02[0], gcj02[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}

function collectSpellings(lists: readonly DailyList[]): Spelling[] {
  const spellings = new Map<string, { address: string; entries: number; gcj02?: readonly [number, number] }>();
  for (const list of lists) {
    for (const entry of list.entries) {
      const spelling = spellings.get(entry.address) ?? { address: entry.address, entries: 0 };
      spelling.entries += 1;
      spelling.gcj02 ??= entry.gcj02;
      spellings.set(entry.address, spelling);
    }
  }
  return [...spellings.values()];
}

/** The centre of the smallest unit of the chain that has one (county, prefecture, province), as WGS-84. */
function adminCentre(divisions: BuildInput['divisions'], codes: Array<string | undefined>): [number, number] | undefined {
  for (const code of codes) {
    const division = code ? divisions.byCode(code) : undefined;
    if (division?.centreGcj02) return toWgs84(division.centreGcj02);
    if (division?.centre) return [division.centre[0], division.centre[1]];
  }
  return undefined;
}

export function buildOfficialRecord(input: BuildInput): { record: OfficialRecord; report: BuildReport } {
  const firstDay = dayNumber(RECORD_FIRST_DATE);
  const lastDay = dayNumber(RECORD_LAST_DATE);
  const { areas: drafts, areaOfAddress, report: merges } = groupSpellings(collectSpellings(input.lists));
  // Before anything else: a key collision stops the build (a link would open either area).
  const keys = assignAreaKeys(drafts.map((draft) => draft.key), (id) => drafts[id].address);
  const chains = drafts.map((draft) => readChain(draft.key, input.divisions));
  const precisions = assignPrecision(drafts.map((draft, i) => ({ chain: chains[i], gcj02: draft.gcj02 })), input.divisionList);

  const dayEntries: DayEntries[] = [];
  const listInfos: ListInfo[] = [];
  let listOnlyEntries = 0;
  let listOnlyEntriesJoined = 0;
  const listOnlyAreas = new Set<number>();
  for (const list of input.lists) {
    const day = dayNumber(list.date);
    if (!(day >= firstDay && day <= lastDay)) throw new Error(`${list.file}: date ${list.date} outside ${RECORD_FIRST_DATE}..${RECORD_LAST_DATE}`);
    const areas = list.entries.map((entry) => areaOfAddress.get(entry.address) as number);
    dayEntries.push({ day, level: list.level, areas });
    const listOnly = list.file.startsWith('lists-2022/');
    const joined = listOnly ? areas.filter((a) => drafts[a].gcj02 !== undefined).length : undefined;
    if (listOnly) {
      listOnlyEntries += areas.length;
      listOnlyEntriesJoined += joined ?? 0;
      for (const a of areas) listOnlyAreas.add(a);
    }
    listInfos.push({ day, level: list.level, file: list.file, length: areas.length, areas: new Set(areas), joined });
  }
  const intervals = buildIntervals(dayEntries);
  const bothLevels = areasAtBothLevels(intervals);
  const flickering = flickeringAreas(intervals);

  const areas: OfficialArea[] = drafts.map((draft, id) => {
    const chain = chains[id];
    let { precision, rule } = precisions[id];
    const flags = new Set<AreaFlag>(precisions[id].flags);
    // No point in any list: the county's (else the prefecture's) AMap centre; none known → no location at all.
    let point = draft.gcj02 ? toWgs84(draft.gcj02) : adminCentre(input.divisions, [chain.countyCode, chain.prefectureCode]);
    const misplaced = draft.gcj02 !== undefined && point !== undefined && input.provinceCheck?.outside(chain.provinceCode, point[0], point[1]) === true;
    if (misplaced) {
      // A point in another province is never drawn there: the finest admin centre the address supports, or none.
      const placement = placeByAddress(chain, (code) => input.divisions.byCode(code));
      point = placement.division ? adminCentre(input.divisions, [placement.division.code]) : undefined;
      [precision, rule] = [placement.precision, 'outside-province'];
      flags.add('outside-province');
    }
    if (!point) flags.add('no-location');
    const [lon, lat] = point ?? [Number.NaN, Number.NaN];
    if (draft.pointsDiffer) flags.add('variant-points-differ');
    if (lon < CHINA_BBOX.west || lon > CHINA_BBOX.east || lat < CHINA_BBOX.south || lat > CHINA_BBOX.north) flags.add('outside-china');
    if (draft.gcj02 && !misplaced && chain.countyCode && input.pointInCounty?.(chain.countyCode, lon, lat) === false) flags.add('outside-county-polygon');
    if (bothLevels.has(id)) flags.add('both-levels-same-day');
    if (flickering.has(id)) flags.add('level-flicker');
    const area: OfficialArea = {
      id, address: draft.address, province: chain.province, prefecture: chain.prefecture,
      precision, precisionRule: rule, flags: sortFlags(flags),
    };
    if (point) [area.lon, area.lat] = point;
    if (draft.variants.length) area.variants = draft.variants;
    if (chain.county) area.county = chain.county;
    if (chain.countyCode) area.countyCode = chain.countyCode;
    if (chain.township) area.township = chain.township;
    if (chain.village) area.village = chain.village;
    return area;
  });

  const published = input.published.map((p) => ({ day: dayNumber(p.date), high: p.high, medium: p.medium })).sort((a, b) => a.day - b.day);
  const record: OfficialRecord = {
    firstDay, lastDay, areas, keys, intervals,
    coverage: buildCoverage(listInfos, firstDay, lastDay),
    dayFlags: buildDayFlags(listInfos, published, firstDay, lastDay),
    published,
  };
  const listOnlyAreasJoined = [...listOnlyAreas].filter((a) => drafts[a].gcj02 !== undefined).length;
  return { record, report: { merges, listOnlyEntries, listOnlyEntriesJoined, listOnlyAreas: listOnlyAreas.size, listOnlyAreasJoined } };
}
