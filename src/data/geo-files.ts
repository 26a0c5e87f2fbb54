/**
 * Node-side loading of geo/ files for the CLI tools, tests and bench (the app fetches the same files over HTTP,
 * data/load.ts). Uses node:fs, so the app never imports it (tests/unit/architecture.test.ts checks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Gazetteer, type GazetteerSources } from './gazetteer';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');

export function readJson<T>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(repoRoot, relativePath), 'utf8')) as T;
}

export function loadGazetteer(): Gazetteer {
  const sources: GazetteerSources = {
    counties: readJson('geo/sources/counties.geojson'),
    prefectures: readJson('geo/sources/basemap-prefectures.geojson'),
    geonames: readJson('geo/sources/geonames-places.json'),
  };
  return new Gazetteer(sources);
}

export function outbreakFiles(dir = 'geo/outbreaks'): string[] {
  const full = path.join(repoRoot, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full).filter((f) => f.endsWith('.geojson')).sort().map((f) => path.join(dir, f));
}
