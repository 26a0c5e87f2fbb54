/**
 * The same data for the two peers the national map is measured against, over the scrub window, computed with the
 * map's own time model (AreaTimeline / AreaCursor: an area is drawn while it is in force, high winning over medium):
 *  - Leaflet.TimeDimension's GeoJSON time format, as bench/td-data.ts does for the synthetic data: one Point
 *    feature per run of consecutive days an area is in force at one level, `times: [first, last]`. Only runs
 *    that overlap the window, and two times each: the cheapest input for its per-step scan.
 *  - CovidRiskAreaMap's format, one file per day and level (`YYYYMMDD_h.geojson`, `YYYYMMDD_m.geojson`: a
 *    FeatureCollection of Points with `full_address`, as in ../shared/official-risk-areas/points/), written to
 *    bench/.data/official-days/ (git-ignored) and rebuilt only when the record or the window changes.
 * Also the number of areas each map should show per step, for the cross-check.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AreaCursor, AreaTimeline, HIGH, isInForce, levelOf } from '../../src/national/area-timeline';
import { isoOfDay } from '../../src/core/calendar-day';
import { compactDate, windowDays, type BenchRecord } from './record';

export const DAYS_DIR = path.resolve(import.meta.dirname, '..', '.data', 'official-days');

export interface TdFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: number; status: 'high-risk' | 'medium-risk'; phase: 'active'; times: string[] };
}

export interface PeerData {
  td: { type: 'FeatureCollection'; times: number[]; features: TdFeature[] };
  /** Per window day: areas in force with a point (what both peers can draw). */
  locatedInForce: number[];
  /** Per window day: areas in force that the country view counts (placed in a province, with or without a point). */
  provinceInForce: number[];
  /** Per window day: areas in force without a point (the peers cannot draw them) / not placed in a province. */
  withoutPoint: number[];
  withoutProvince: number[];
  /** Total bytes of the per-day files (both levels) over the window. */
  dayFileBytes: number;
}

const FADE_DAYS = 3;

export function peerData(loaded: BenchRecord, log: (line: string) => void): PeerData {
  const { record, units } = loaded;
  const days = windowDays();
  const timeline = new AreaTimeline(record.areaCount, record.intervals, { fadeDays: FADE_DAYS });
  const cursor = new AreaCursor(timeline, days[0]);
  const province = units.province.unitOfArea;
  const located = (a: number) => Number.isFinite(record.lon[a]) && Number.isFinite(record.lat[a]);

  const features: TdFeature[] = [];
  const open = new Map<number, { start: number; level: number }>();
  const close = (area: number, end: number) => {
    const run = open.get(area);
    if (!run) return;
    open.delete(area);
    const times = run.start === end ? [isoOfDay(run.start)] : [isoOfDay(run.start), isoOfDay(end)];
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [record.lon[area], record.lat[area]] }, properties: { id: area, status: run.level === HIGH ? 'high-risk' : 'medium-risk', phase: 'active', times } });
  };

  const stamp = createHash('sha1').update(fs.readFileSync(path.resolve(import.meta.dirname, '../../geo/official/meta.json'))).update(JSON.stringify(days)).digest('hex');
  const stampFile = path.join(DAYS_DIR, 'stamp.txt');
  const writeFiles = !fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== stamp;
  if (writeFiles) {
    fs.rmSync(DAYS_DIR, { recursive: true, force: true });
    fs.mkdirSync(DAYS_DIR, { recursive: true });
  }

  const result: Omit<PeerData, 'td'> = { locatedInForce: [], provinceInForce: [], withoutPoint: [], withoutProvince: [], dayFileBytes: 0 };
  days.forEach((day, k) => {
    if (k > 0) cursor.moveTo(day);
    const lists: Record<'h' | 'm', string[]> = { h: [], m: [] };
    let [locatedCount, provinceCount, noPoint, noProvince] = [0, 0, 0, 0];
    for (let a = 0; a < record.areaCount; a += 1) {
      const state = cursor.states[a];
      const level = isInForce(state) ? levelOf(state) : 0;
      const run = open.get(a);
      if (run && run.level !== level) close(a, day - 1);
      if (!level) continue;
      if (province[a] >= 0) provinceCount += 1;
      else noProvince += 1;
      if (!located(a)) {
        noPoint += 1;
        continue;
      }
      locatedCount += 1;
      if (!open.has(a)) open.set(a, { start: day, level });
      if (writeFiles) {
        const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [record.lon[a], record.lat[a]] }, properties: { full_address: record.area(a)?.address ?? '' } };
        lists[level === HIGH ? 'h' : 'm'].push(JSON.stringify(feature));
      }
    }
    result.locatedInForce.push(locatedCount);
    result.provinceInForce.push(provinceCount);
    result.withoutPoint.push(noPoint);
    result.withoutProvince.push(noProvince);
    if (writeFiles) {
      for (const level of ['h', 'm'] as const) {
        fs.writeFileSync(path.join(DAYS_DIR, `${compactDate(day)}_${level}.geojson`), `{"type":"FeatureCollection","features":[${lists[level].join(',')}]}`);
      }
    }
    for (const level of ['h', 'm']) result.dayFileBytes += fs.statSync(path.join(DAYS_DIR, `${compactDate(day)}_${level}.geojson`)).size;
  });
  for (const area of [...open.keys()]) close(area, days.at(-1)!);
  if (writeFiles) fs.writeFileSync(stampFile, stamp);
  log(`peer data: ${features.length.toLocaleString('en')} TimeDimension features, ${(result.dayFileBytes / 1e6).toFixed(0)} MB of per-day files${writeFiles ? ' (written)' : ' (cached)'}`);
  const times = days.map((day) => day * 86_400_000);
  return { td: { type: 'FeatureCollection', times, features }, ...result };
}
