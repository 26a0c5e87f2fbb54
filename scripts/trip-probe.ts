/**
 * How long a trip check takes on the whole official record (no test: timings go in notes, never in assertions).
 * Usage: tsx scripts/trip-probe.ts <record.json>, a JSON of `{ areas: OfficialArea[], intervals: OfficialInterval[] }`.
 * Prints index build time and per-query median/p95 for radii 1, 5, 20, 50 km at points drawn from the areas
 * themselves (so the dense cities are queried as often as they hold areas), against a scan of every area.
 */
import turfDistance from '@turf/distance';
import fs from 'node:fs';
import { AreaTimeline } from '../src/national/area-timeline';
import type { OfficialArea, OfficialInterval } from '../src/national/official-contract';
import { dayNumber } from '../src/timeline/days';
import { TripIndex } from '../src/trip/trip-check';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/trip-probe.ts <record.json>');
  process.exit(1);
}
const record = JSON.parse(fs.readFileSync(file, 'utf8')) as { areas: OfficialArea[]; intervals: OfficialInterval[] };
const timeline = new AreaTimeline(record.areas.length, record.intervals);
const source = { areas: record.areas, runsOf: (a: number) => timeline.intervalsOf(a), uncertaintyMetres: (a: OfficialArea) => (a.precision === 'county' ? 20_000 : 0), coverage: [], listedBetween: (a: number, from: number, to: number) => timeline.listedBetween(a, from, to) };

let start = performance.now();
const index = new TripIndex(source, []);
console.log(`areas ${record.areas.length}, intervals ${record.intervals.length}; index build ${(performance.now() - start).toFixed(1)} ms`);

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const from = dayNumber('2022-10-01');
const to = dayNumber('2022-12-24');
for (const radiusKm of [1, 5, 20, 50]) {
  const times: number[] = [];
  const scans: number[] = [];
  let hits = 0;
  let scanned = 0;
  for (let q = 0; q < 60; q += 1) {
    const a = record.areas[(q * 7919) % record.areas.length];
    start = performance.now();
    hits += index.check({ lat: a.lat, lon: a.lon, radiusKm, from, to }).hits.length;
    times.push(performance.now() - start);
    if (q < 10) {
      start = performance.now();
      for (const b of record.areas) if (turfDistance([a.lon, a.lat], [b.lon, b.lat]) <= radiusKm) scanned += 1;
      scans.push(performance.now() - start);
    }
  }
  console.log(`radius ${radiusKm} km: median ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms, mean hits ${(hits / 60).toFixed(0)}; distance to every area: median ${pct(scans, 0.5).toFixed(1)} ms (mean ${(scanned / 10).toFixed(0)} within, any day)`);
}
