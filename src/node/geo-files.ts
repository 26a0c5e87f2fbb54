/**
 * Node-side loading of geo/ files for the CLI tools, tests and bench (the app fetches the same files over HTTP,
 * model/atlas-data.ts). Uses node:fs, so the app never imports it (tests/unit/architecture.test.ts checks).
 * It lives in src/node, above src/data and src/official, because the gazetteer it builds needs both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Gazetteer, type GazetteerSources } from '../data/gazetteer';
import { officialPlaces, type CentroidRecord, type OfficialPlaces } from '../official/places';
import { loadOfficialAreas } from './official-files';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export function readJson<T>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8')) as T;
}

export const CENTROIDS_FILE = 'geo/official/centroids.json';

/** The official places (areas by address, township centroids), read once per process on first use. */
let officialCache: OfficialPlaces | undefined;
export function loadOfficialPlaces(): OfficialPlaces {
  if (!officialCache) {
    const centroids = fs.existsSync(path.join(repoRoot, CENTROIDS_FILE)) ? readJson<{ centroids: CentroidRecord[] }>(CENTROIDS_FILE).centroids : [];
    officialCache = officialPlaces(loadOfficialAreas(), centroids);
  }
  return officialCache;
}

/**
 * Prefecture outlines of all China for `city:<prefecture name>`: the shipped basemap-prefectures.geojson has the
 * five outbreak provinces' 76, public/basemap/prefectures.geojson all 367 prefecture-level units (the same echarts
 * source, MIT, simplified for the offline basemap). Where both have one, the shipped file's outline is kept, so the
 * curated files' geometry does not change; a reviewed draft about another province (city:西安市) validates.
 */
function nationalPrefectures(): GazetteerSources['prefectures'] {
  const shipped = readJson<GazetteerSources['prefectures']>('geo/sources/basemap-prefectures.geojson');
  const national = readJson<GazetteerSources['prefectures']>('public/basemap/prefectures.geojson');
  const known = new Set(shipped.features.map((f) => f.properties.name));
  return { ...shipped, features: [...shipped.features, ...national.features.filter((f) => !known.has(f.properties.name))] };
}

/**
 * Tools read the county polygons, prefecture outlines and GeoNames towns of all China; the browser loads only the
 * five outbreak prefectures' counties (counties.geojson), which build:sources cuts from the same national geometry.
 */
export function loadGazetteer(): Gazetteer {
  const sources: GazetteerSources = {
    counties: readJson('geo/sources/counties-china.geojson'),
    prefectures: nationalPrefectures(),
    geonames: readJson('geo/sources/geonames-china.json'),
    official: loadOfficialPlaces,
  };
  return new Gazetteer(sources);
}

export function outbreakFiles(dir = 'geo/outbreaks'): string[] {
  const full = path.join(repoRoot, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full).filter((f) => f.endsWith('.geojson')).sort().map((f) => path.join(dir, f));
}
