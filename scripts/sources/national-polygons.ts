/**
 * County polygons of all China for tools and validation (geo/sources/counties-china.geojson), and the subset of the
 * five outbreak prefectures the browser loads (geo/sources/counties.geojson), with the same geometry.
 * Simplified in GCJ-02 with mapshaper (weighted Visvalingam, SIMPLIFY_KEEP of the removable vertices, topology kept
 * so neighbours share borders, keep-shapes so no county vanishes), then converted vertex by vertex to WGS-84 with
 * gcoord (shared vertices stay shared) and rounded to 5 decimals.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { toPinyinName } from '../../src/data/pinyin';
import type { AdminDivision } from '../../src/data/admin-divisions';
import { prefectureNameOfFile, sourceOf, type AreaGeometry } from './echarts-cities';
import { runMapshaper } from './mapshaper';
import type { CountyMatch, CountyPolygon } from './match-counties';
import { toWgs84 } from './outbreak-prefectures';

/** Share of removable vertices kept: 6 % brings 2,859 counties from 88 MB (deduplicated) to ≈ 7 MB. */
export const SIMPLIFY_KEEP = '6%';
export const FOCUS_PREFECTURES = ['410500', '340400', '371700', '430200', '330800'];

export interface NationalCountyProperties {
  code: string; name: string; nameEn: string; level: 'county'; city: string; province: string;
  prefectureCode: string | null; provinceCode: string;
  /** false for a polygon whose county no longer exists under this code (merged or split since the data was drawn) */
  current: boolean;
  echartsCode?: string; echartsName?: string; source: string;
}
export type NationalCounty = Feature<AreaGeometry, NationalCountyProperties>;

export function buildNationalCounties(
  polygons: CountyPolygon[], matches: CountyMatch[], divisions: AdminDivision[],
): FeatureCollection<AreaGeometry, NationalCountyProperties> {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const matchOf = new Map(matches.map((m) => [m.polygon, m]));
  const fileParent = filePrefectures(matches);
  const input: FeatureCollection<Geometry | null, { i: number }> = {
    type: 'FeatureCollection',
    features: polygons.map((p, i) => ({ type: 'Feature', properties: { i }, geometry: { type: p.feature.geometry.type, coordinates: p.feature.geometry.coordinates } as Geometry })),
  };
  const simplified = runMapshaper(input, ['-simplify', SIMPLIFY_KEEP, 'keep-shapes']);
  const features: NationalCounty[] = [];
  for (const f of simplified.features) {
    if (!f.geometry) continue; // one echarts feature has no geometry
    const polygon = polygons[f.properties.i];
    const match = matchOf.get(polygon);
    // 三沙市's polygon is the prefecture's own (code and name of a current prefecture).
    const own = polygon.code ? byCode.get(polygon.code) : undefined;
    const current = match ? byCode.get(match.current.code) : own?.level === 'prefecture' && own.name === polygon.name ? own : undefined;
    // An unmatched polygon keeps its old code unless a current county now has it (then it is marked, not reused).
    const code = current?.code ?? (polygon.code && !byCode.has(polygon.code) ? polygon.code : `echarts:${polygon.code ?? polygon.name}`);
    const name = current?.name ?? polygon.name;
    const prefectureCode = current ? prefectureOf(current, byCode) : fileParent.get(polygon.file) ?? null;
    const prefecture = prefectureCode ? byCode.get(prefectureCode) : undefined;
    const province = byCode.get(polygon.province)!;
    features.push({
      type: 'Feature',
      properties: {
        code, name, nameEn: toPinyinName(name), level: 'county',
        city: prefecture?.name ?? cityNameOf(polygon.file), province: province.name,
        prefectureCode, provinceCode: province.code, current: Boolean(current),
        ...(polygon.code !== code ? { echartsCode: polygon.code } : {}),
        ...(polygon.name !== name ? { echartsName: polygon.name } : {}),
        source: sourceOf('shape-with-internal-borders', polygon.file),
      },
      geometry: toWgs84(f.geometry as Polygon | MultiPolygon),
    });
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

/** The prefecture a county counts under: its parent, or itself for 东莞-like prefectures, none for 济源-like counties. */
function prefectureOf(division: AdminDivision, byCode: Map<string, AdminDivision>): string | null {
  if (division.level === 'prefecture') return division.code;
  const parent = division.parent ? byCode.get(division.parent) : undefined;
  if (parent?.level === 'prefecture') return parent.code;
  return ['110000', '120000', '310000', '500000'].includes(parent?.code ?? '') ? parent!.code : null;
}

/** The current prefecture most matched polygons of each echarts file belong to (for unmatched polygons). */
function filePrefectures(matches: CountyMatch[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const m of matches) {
    const counts = votes.get(m.polygon.file) ?? new Map<string, number>();
    counts.set(m.current.parent, (counts.get(m.current.parent) ?? 0) + 1);
    votes.set(m.polygon.file, counts);
  }
  return new Map([...votes].map(([file, counts]) => [file, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]]));
}

function cityNameOf(file: string): string {
  try {
    return prefectureNameOfFile(file);
  } catch {
    return file; // municipality files have no prefecture name
  }
}

export function focusSubset(national: FeatureCollection<AreaGeometry, NationalCountyProperties>): FeatureCollection<AreaGeometry, NationalCountyProperties> {
  return { type: 'FeatureCollection', features: national.features.filter((f) => FOCUS_PREFECTURES.includes(f.properties.prefectureCode ?? '')) };
}
