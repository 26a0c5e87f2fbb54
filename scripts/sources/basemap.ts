/**
 * Offline outline basemap of all China for the national map (issue 14 part 4), written to public/basemap/ (Vite
 * serves and copies public/ as is; nothing here is loaded at start-up by the outbreak views):
 *  - provinces.geojson: 31 provinces + 台湾, 香港, 澳门 (outlines of the echarts files, drawn, not in the admin list);
 *  - prefectures.geojson: 333 prefectures, plus the counties directly under a province (济源市 …) so no hole is left;
 *  - counties/<province code>.geojson: the counties of one province, to load lazily when zoomed in.
 * Outlines are dissolved from the national county polygons with mapshaper (shared borders stay shared), simplified
 * for the screen, coordinates rounded to 4 decimals (≈ 10 m; the source is quantised to ≈ 100 m). Each feature has
 * `code`, `name`, `nameEn` (pinyin), `level` and `label`: the pole of inaccessibility of its largest part
 * (polylabel), which lies inside the polygon, unlike a bounding-box centre.
 */
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { labelPoint as poleOfLargestPart } from '../../src/data/label-point';
import type { AdminDivision } from '../../src/data/admin-divisions';
import { toPinyinName } from '../../src/data/pinyin';
import { readEcharts, type AreaGeometry } from './echarts-cities';
import { runMapshaper } from './mapshaper';
import type { NationalCountyProperties } from './national-polygons';
import { toWgs84 } from './outbreak-prefectures';

/** Shares of removable vertices kept, chosen for the zoom each layer is drawn at (sizes in geo/sources/README.md). */
export const BASEMAP_KEEP = { provinces: '8%', prefectures: '20%', counties: '60%' };
const PRECISION = 4;
/** Drawn on the national outline but outside the mainland list (echarts files of the same package). */
const OUTSIDE_LIST: Array<{ code: string; name: string; files: RegExp }> = [
  { code: '710000', name: '台湾省', files: /^tai2_wan1/ },
  { code: '810000', name: '香港特别行政区', files: /^xianggang$/ },
  { code: '820000', name: '澳门特别行政区', files: /^aomen$/ },
];

export interface BasemapProperties { code: string; name: string; nameEn: string; level: 'province' | 'prefecture' | 'county'; parent: string | null; label: [number, number]; inList: boolean }
export type BasemapLayer = FeatureCollection<AreaGeometry, BasemapProperties>;
export interface Basemap { provinces: BasemapLayer; prefectures: BasemapLayer; countiesByProvince: Map<string, BasemapLayer> }

export function buildBasemap(national: FeatureCollection<AreaGeometry, NationalCountyProperties>, divisions: AdminDivision[], echartsFiles: string[]): Basemap {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  // Polygons outside the list keep the echarts name (东沙群岛, 海西州直辖 …).
  const polygonName = new Map(national.features.map((f) => [f.properties.code, f.properties.name]));
  const describe = (code: string, level: BasemapProperties['level']) => {
    const d = byCode.get(code);
    const outside = OUTSIDE_LIST.find((o) => o.code === code);
    return { code, name: d?.name ?? outside?.name ?? polygonName.get(code) ?? code, level, parent: d?.parent ?? null, inList: Boolean(d) };
  };
  const outsideFeatures: Array<Feature<Geometry, { key: string }>> = OUTSIDE_LIST.flatMap((o) => echartsFiles.filter((f) => o.files.test(f))
    .flatMap((file) => readEcharts('shape-with-internal-borders', file).features.map((f) => ({ type: 'Feature' as const, properties: { key: o.code }, geometry: toWgs84(f.geometry) }))));

  const provinceInput: FeatureCollection<Geometry, { key: string }> = {
    type: 'FeatureCollection',
    features: [...national.features.map((f) => ({ type: 'Feature' as const, properties: { key: f.properties.provinceCode }, geometry: f.geometry })), ...outsideFeatures],
  };
  const provinces = layer(runMapshaper(provinceInput, ['-dissolve', 'key', '-simplify', BASEMAP_KEEP.provinces, 'keep-shapes', '-filter-slivers']), (key) => describe(key, 'province'));

  const prefectureInput: FeatureCollection<Geometry, { key: string }> = {
    type: 'FeatureCollection',
    features: national.features.map((f) => ({ type: 'Feature', properties: { key: f.properties.prefectureCode ?? f.properties.code }, geometry: f.geometry })),
  };
  const prefectures = layer(runMapshaper(prefectureInput, ['-dissolve', 'key', '-simplify', BASEMAP_KEEP.prefectures, 'keep-shapes', '-filter-slivers']),
    (key) => describe(key, byCode.get(key)?.level === 'county' ? 'county' : 'prefecture'));

  const countyInput: FeatureCollection<Geometry, { key: string; province: string; name: string; current: boolean }> = {
    type: 'FeatureCollection',
    features: national.features.map((f) => ({ type: 'Feature', properties: { key: f.properties.code, province: f.properties.provinceCode, name: f.properties.name, current: f.properties.current }, geometry: f.geometry })),
  };
  const simplifiedCounties = runMapshaper(countyInput, ['-simplify', BASEMAP_KEEP.counties, 'keep-shapes']);
  const countiesByProvince = new Map<string, BasemapLayer>();
  for (const province of divisions.filter((d) => d.level === 'province')) {
    const features = simplifiedCounties.features.filter((f) => f.properties.province === province.code);
    countiesByProvince.set(province.code, layer({ type: 'FeatureCollection', features }, (key, props) => ({
      ...describe(key, 'county'), name: byCode.get(key)?.name ?? String(props.name), inList: Boolean(props.current),
    })));
  }
  return { provinces, prefectures, countiesByProvince };
}

function layer<P extends { key: string }>(
  collection: FeatureCollection<Geometry | null, P>, describe: (key: string, props: P) => Omit<BasemapProperties, 'nameEn' | 'label'>,
): BasemapLayer {
  const features: Array<Feature<AreaGeometry, BasemapProperties>> = [];
  for (const f of collection.features) {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    const geometry = truncate({ type: 'Feature', properties: {}, geometry: f.geometry }, { precision: PRECISION }).geometry as AreaGeometry;
    const base = describe(f.properties.key, f.properties);
    features.push({ type: 'Feature', properties: { ...base, nameEn: toPinyinName(base.name), label: labelPoint(geometry) }, geometry });
  }
  features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  return { type: 'FeatureCollection', features };
}

/** Pole of inaccessibility of the largest part (src/data/label-point.ts), rounded like the outlines. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const [x, y] = poleOfLargestPart(geometry, 0.001);
  return [Number(x.toFixed(PRECISION)), Number(y.toFixed(PRECISION))];
}
