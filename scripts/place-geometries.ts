/**
 * Fills or refreshes every feature's geometry from its `geometrySource` (and kind: county/city controls take the
 * polygon). Curators write `"geometry": null`; this tool is the only thing that writes coordinates, except a point a
 * reviewer placed on the map (`reviewer`), which it leaves as it is.
 *   npm run geo:place [-- geo/outbreaks/anyang.geojson ...]
 */
import fs from 'node:fs';
import path from 'node:path';
import { AREA_KINDS } from '../src/data/area-kinds';
import { REVIEWER_SOURCE } from '../src/data/schema';
import { formatOutbreakJson } from '../src/data/format-json';
import { loadGazetteer, outbreakFiles, repoRoot } from '../src/node/geo-files';

interface LooseFeature { geometry: unknown; properties: { id: string; kind: string; geometrySource: string } }

const gazetteer = loadGazetteer();
const files = process.argv.slice(2).length ? process.argv.slice(2) : outbreakFiles();
let failures = 0;
for (const file of files) {
  const full = path.resolve(repoRoot, file);
  const collection = JSON.parse(fs.readFileSync(full, 'utf8')) as { features: LooseFeature[] };
  for (const feature of collection.features) {
    const { id, kind, geometrySource } = feature.properties;
    // A reviewer's point is its own source: nothing derives it, so it is kept as it is.
    if (geometrySource === REVIEWER_SOURCE) continue;
    const geometry = gazetteer.geometryFor(geometrySource, AREA_KINDS.has(kind));
    if (!geometry) {
      console.error(`${file}: ${id}: geometrySource ${geometrySource} names no shipped record`);
      failures += 1;
      continue;
    }
    feature.geometry = geometry;
  }
  fs.writeFileSync(full, formatOutbreakJson(collection));
  console.log(`${file}: ${collection.features.length} geometries placed`);
}
process.exit(failures ? 1 : 0);
