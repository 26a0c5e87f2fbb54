/**
 * Runs the mapshaper CLI (npm mapshaper@0.7.70, MPL-2.0; installed without saving by `npm run build:sources`) on
 * GeoJSON: topology-aware simplification and dissolving, so neighbouring polygons keep one shared border (Turf's
 * per-polygon simplify opens gaps between neighbours). Files go through a temporary folder, removed afterwards.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';

export const mapshaperVersion = 'mapshaper@0.7.70';
const bin = path.resolve('node_modules/.bin/mapshaper');

/** `commands` are the mapshaper commands between `-i in.json` and `-o out.json`, e.g. ['-simplify', '6%']. */
export function runMapshaper<P>(input: FeatureCollection<Geometry | null, P>, commands: string[]): FeatureCollection<Geometry | null, P> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-mapshaper-'));
  try {
    fs.writeFileSync(path.join(dir, 'in.json'), JSON.stringify(input));
    execFileSync(bin, ['-i', 'in.json', ...commands, '-o', 'out.json', 'format=geojson', 'precision=0.00001'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    return JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')) as FeatureCollection<Geometry | null, P>;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
