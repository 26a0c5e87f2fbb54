/**
 * The files the outbreak views load at start-up: county polygons and outlines of the five prefectures the seed
 * reports are about, and their GeoNames towns. Kept small on purpose (the browser downloads them first).
 */
import simplify from '@turf/simplify';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection } from 'geojson';
import { toPinyinName } from '../../src/data/pinyin';
import { echartsRoot, readEcharts, sourceOf, type AreaGeometry } from './echarts-cities';
import gcoord from 'gcoord';
import fs from 'node:fs';
import path from 'node:path';

const provinces: Record<string, string> = {
  he2_nan2: '河南省', an1_hui1: '安徽省', shan1_dong1: '山东省', hu2_nan2: '湖南省', zhe4_jiang1: '浙江省',
};

/** GCJ-02 → WGS-84 with gcoord, 5 decimals (≈ 1 m); drops the non-GeoJSON `encodeOffsets` member. */
export function toWgs84<G extends AreaGeometry>(geometry: G): G {
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

export function buildFocusBasemap(): FeatureCollection {
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
        properties: { name: city, nameEn: toPinyinName(city), level: 'city', province, source: sourceOf('shape-only', file) },
        geometry: simplified.geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
