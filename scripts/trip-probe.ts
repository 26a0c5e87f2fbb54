/**
 * How long a trip check takes on the whole official record (no test: timings go in notes, never in assertions).
 * Usage: tsx scripts/trip-probe.ts. Reads geo/official/, prints the index build time and per-query median/p95 for
 * radii 1, 5, 20, 50 km at points drawn from the areas themselves (so the dense cities are queried as often as
 * they hold areas) over 2022-10-01..12-24, against computing the distance to every area.
 */
import turfDistance from '@turf/distance';
import fs from 'node:fs';
import { AreaTimeline } from '../src/national/area-timeline';
import { decodeOfficial } from '../src/official/decode';
import { officialMetaSchema, type OfficialChunk } from '../src/official/schema';
import { dayNumber } from '../src/core/calendar-day';
import { TripIndex } from '../src/trip/trip-check';
import { uncertaintyOf } from '../src/ui/national/national-glue';

const meta = officialMetaSchema.parse(JSON.parse(fs.readFileSync('geo/official/meta.json', 'utf8')));
const record = decodeOfficial(meta, meta.chunks.map((c) => JSON.parse(fs.readFileSync(`geo/official/${c.file}`, 'utf8')) as OfficialChunk));
const timeline = new AreaTimeline(record.totalAreas, record.intervals);
const areas = Array.from({ length: record.totalAreas }, (_, id) => record.areas[id]);
const source = {
  areas, runsOf: (a: number) => timeline.intervalsOf(a), uncertaintyMetres: (a: (typeof areas)[number]) => uncertaintyOf(a.precision),
  coverage: record.coverage, listedBetween: (a: number, from: number, to: number) => timeline.listedBetween(a, from, to),
};

let start = performance.now();
const index = new TripIndex(source, []);
console.log(`areas ${areas.length}, intervals ${record.intervals.length}; index build ${(performance.now() - start).toFixed(1)} ms`);

const located = areas.filter((a) => a.lon !== undefined && a.lat !== undefined);
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const from = dayNumber('2022-10-01');
const to = dayNumber('2022-12-24');
for (const radiusKm of [1, 5, 20, 50]) {
  const times: number[] = [];
  const scans: number[] = [];
  let hits = 0;
  for (let q = 0; q < 60; q += 1) {
    const a = located[(q * 7919) % located.length];
    start = performance.now();
    hits += index.check({ lat: a.lat!, lon: a.lon!, radiusKm, from, to }).hits.length;
    times.push(performance.now() - start);
    if (q < 10) {
      start = performance.now();
      let within = 0;
      for (const b of located) if (turfDistance([a.lon!, a.lat!], [b.lon!, b.lat!]) <= radiusKm) within += 1;
      scans.push(performance.now() - start);
      if (within < 0) throw new Error("unreachable");
    }
  }
  console.log(`radius ${radiusKm} km: median ${pct(times, 0.5).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms, mean hits ${(hits / 60).toFixed(0)}; distance to every area: median ${pct(scans, 0.5).toFixed(1)} ms`);
}
