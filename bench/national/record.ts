/**
 * The shipped official record loaded in Node the way the national view loads it in the browser
 * (src/ui/national/useNationalData.ts): the year files decoded to typed columns, joined into a NationalRecord, the
 * admin units assigned from the gazetteer. The bench's core part, its peers' data and its cross-checks all start
 * here, so they count the same areas as the map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AdminDivisions, type AdminDivision } from '../../src/data/admin-divisions';
import { assignUnits, type UnitLevel, type UnitLevelSet } from '../../src/national/admin-units';
import { NationalRecord } from '../../src/national/record';
import { coverageOf, decodeChunk, type OfficialYear } from '../../src/official/decode';
import type { OfficialChunk, OfficialMeta } from '../../src/official/schema';
import { dayNumber, isoOfDay } from '../../src/core/calendar-day';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The scrub of the national bench: the peak of the record (issue 15), one day per step. */
export const WINDOW_FIRST = '2022-10-01';
export const WINDOW_LAST = '2022-12-24';
export const WINDOW_DAYS = dayNumber(WINDOW_LAST) - dayNumber(WINDOW_FIRST) + 1;

export function windowDays(): number[] {
  const first = dayNumber(WINDOW_FIRST);
  return Array.from({ length: WINDOW_DAYS }, (_, i) => first + i);
}

export const compactDate = (day: number) => isoOfDay(day).replaceAll('-', '');

export interface BenchRecord {
  meta: OfficialMeta;
  years: OfficialYear[];
  record: NationalRecord;
  units: Record<UnitLevel, UnitLevelSet>;
  /** JSON.parse + decode of the year files, and the NationalRecord join, in this process (ms). */
  timings: { parseMs: number; decodeMs: number; joinMs: number; unitsMs: number };
}

export function loadBenchRecord(): BenchRecord {
  const dir = path.join(ROOT, 'geo/official');
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as OfficialMeta;
  const texts = meta.chunks.map((chunk) => fs.readFileSync(path.join(dir, chunk.file), 'utf8'));
  let t = performance.now();
  const chunks = texts.map((text) => JSON.parse(text) as OfficialChunk);
  const parseMs = performance.now() - t;
  t = performance.now();
  const years = chunks.map(decodeChunk);
  const decodeMs = performance.now() - t;
  t = performance.now();
  const record = new NationalRecord(meta.totals.areas, years, dayNumber(meta.firstDate), dayNumber(meta.lastDate), { high: meta.high, medium: meta.medium }, coverageOf(meta));
  const joinMs = performance.now() - t;
  t = performance.now();
  const divisionList = (JSON.parse(fs.readFileSync(path.join(ROOT, 'geo/sources/admin-divisions.json'), 'utf8')) as { divisions: AdminDivision[] }).divisions;
  const units = assignUnits(record.admins(), new AdminDivisions(divisionList));
  const unitsMs = performance.now() - t;
  return { meta, years, record, units, timings: { parseMs, decodeMs, joinMs, unitsMs } };
}
