/**
 * geo/official/unit-days.json from the year files as shipped and the gazetteer, loaded exactly as the browser
 * loads them (src/ui/national/useNationalData.ts): `npm run official` writes it, validate recomputes and compares.
 */
import { AdminDivisions, type AdminDivision } from '../../src/data/admin-divisions';
import { readJson } from '../../src/node/geo-files';
import { assignUnits } from '../../src/national/admin-units';
import { NationalRecord } from '../../src/national/record';
import { buildUnitDays } from '../../src/national/unit-days';
import { coverageOf, decodeChunk } from '../../src/official/decode';
import type { OfficialChunk, OfficialMeta, OfficialUnitDays } from '../../src/official/schema';
import { dayNumber } from '../../src/core/calendar-day';

export const UNIT_DAYS_FILE = 'unit-days.json';

export function unitDaysOf(meta: OfficialMeta, chunks: readonly OfficialChunk[]): OfficialUnitDays {
  return unitDaysWithUnplaced(meta, chunks).unitDays;
}

/** The counts, and how many areas no prefecture-level unit holds (the episodes say so). */
export function unitDaysWithUnplaced(meta: OfficialMeta, chunks: readonly OfficialChunk[]): { unitDays: OfficialUnitDays; unplacedPrefecture: number } {
  // The browser builds its divisions from this list alone (no townships): so does this, to assign the same units.
  const { divisions } = readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json');
  const [firstDay, lastDay] = [dayNumber(meta.firstDate), dayNumber(meta.lastDate)];
  const record = new NationalRecord(meta.totals.areas, chunks.map(decodeChunk), firstDay, lastDay, { high: meta.high, medium: meta.medium }, coverageOf(meta));
  const units = assignUnits(record.admins(), new AdminDivisions(divisions));
  const unitDays = buildUnitDays(record.areaCount, record.intervals, units, { firstDay, lastDay, firstDate: meta.firstDate, lastDate: meta.lastDate });
  return { unitDays, unplacedPrefecture: units.prefecture.unplaced };
}
