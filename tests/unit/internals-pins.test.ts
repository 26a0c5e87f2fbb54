/** The internals adapters are written against the versions package.json pins exactly, and those are installed. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEAFLET_PIN, MARKERCLUSTER_PIN } from '../../src/map/internals-pins';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string) => (JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

describe('library versions behind the internals adapters', () => {
  it('pins leaflet and leaflet.markercluster to the versions the adapters were checked against', () => {
    expect(pkg.dependencies.leaflet).toBe(LEAFLET_PIN.version);
    expect(pkg.dependencies['leaflet.markercluster']).toBe(MARKERCLUSTER_PIN.version);
    expect(installed('leaflet')).toBe(LEAFLET_PIN.version);
    expect(installed('leaflet.markercluster')).toBe(MARKERCLUSTER_PIN.version);
  });
});
