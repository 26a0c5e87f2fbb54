/**
 * Areas in force per admin unit and day, precomputed (geo/official/unit-days.json, written by `npm run official`):
 * the national view draws the day's totals and its province, prefecture and county circles from this small file
 * while the year files (15.7 MB) still load. `buildUnitDays` runs the national view's own model (NationalModel)
 * over every day, so the file holds exactly the counts the view shows once the record is in. Pure.
 */
import type { OfficialUnitDays } from '../official/schema';
import type { AdminUnit, UnitLevel, UnitLevelSet } from './admin-units';
import type { IntervalTable } from './area-timeline';
import type { ListedDays } from './listed-days';
import { NationalModel, UNIT_LEVELS, type NationalDayModel, type NationalStep, type NationalStepListener } from './national-model';
import type { UnitTotals } from './unit-counts';

export const UNIT_DAYS_FORMAT = 'outbreak-atlas-official-unit-days/1';

export function buildUnitDays(areaCount: number, intervals: IntervalTable, units: Record<UnitLevel, UnitLevelSet>, days: { firstDay: number; lastDay: number; firstDate: string; lastDate: string }): OfficialUnitDays {
  const model = new NationalModel(areaCount, intervals, units, days.firstDay);
  const levels = Object.fromEntries(UNIT_LEVELS.map((level) => {
    const size = units[level].units.length;
    return [level, { units: units[level].units.map((u) => u.key), changes: [] as number[][], high: new Int32Array(size), medium: new Int32Array(size) }];
  })) as Record<UnitLevel, { units: string[]; changes: number[][]; high: Int32Array; medium: Int32Array }>;
  for (let day = days.firstDay; day <= days.lastDay; day += 1) {
    model.moveTo(day);
    for (const level of UNIT_LEVELS) {
      const out = levels[level];
      const { high, medium } = model.counts[level];
      const row: number[] = [];
      for (let u = 0; u < out.units.length; u += 1) {
        if (high[u] === out.high[u] && medium[u] === out.medium[u]) continue;
        row.push(u, high[u], medium[u]);
        out.high[u] = high[u];
        out.medium[u] = medium[u];
      }
      out.changes.push(row);
    }
  }
  const level = (l: UnitLevel) => ({ units: levels[l].units, changes: levels[l].changes });
  return { format: UNIT_DAYS_FORMAT, firstDate: days.firstDate, lastDate: days.lastDate, province: level('province'), prefecture: level('prefecture'), county: level('county') };
}

/**
 * A cheap shape check for the browser (validate checks the schema at build time; a zod parse of its 2,600 arrays
 * cost ~0.2 s with the garbage it leaves on the first frame's path): the format, and one row per day at each level.
 */
export function asUnitDays(json: unknown): OfficialUnitDays {
  const file = json as Partial<OfficialUnitDays> | null;
  const days = file?.province?.changes?.length;
  const fits = file?.format === UNIT_DAYS_FORMAT && typeof days === 'number'
    && (['province', 'prefecture', 'county'] as const).every((level) => Array.isArray(file[level]?.units) && file[level]?.changes?.length === days);
  if (!fits) throw new Error('unit-days.json: not a file of counts per unit and day');
  return file as OfficialUnitDays;
}

/** The units a level of the file names, as admin units (null when the gazetteer lacks one: the file is stale). */
export function unitsOfFile(file: OfficialUnitDays, level: UnitLevel, byCode: (code: string) => AdminUnit['division'] | undefined): UnitLevelSet | null {
  const units: AdminUnit[] = [];
  for (const key of file[level].units) {
    const unknownCounty = key.endsWith(':county-not-named');
    const division = byCode(unknownCounty ? key.slice(0, key.indexOf(':')) : key);
    if (!division) return null;
    units.push({ key, division, unknownCounty });
  }
  return { level, units, unitOfArea: new Int32Array(0), unplaced: 0 };
}

class DayCounts implements UnitTotals {
  readonly high: Int32Array;
  readonly medium: Int32Array;

  constructor(size: number) {
    this.high = new Int32Array(size);
    this.medium = new Int32Array(size);
  }

  total(unit: number): number {
    return this.high[unit] + this.medium[unit];
  }

  topLevel(unit: number): 'high' | 'medium' | null {
    if (this.high[unit] > 0) return 'high';
    return this.medium[unit] > 0 ? 'medium' : null;
  }
}

/** The counts of the file on the slider's day, moved by replaying its per-day changes (no area states). */
export class UnitDaysModel implements NationalDayModel {
  readonly counts: Record<UnitLevel, DayCounts>;
  readonly states = new Uint8Array(0);
  private readonly listeners = new Set<NationalStepListener>();
  /** Index of the file's day the counts are at; -1 before the first. */
  private at = -1;
  private requested: number;

  /** `listed`: a day without a list shows the counts of the last listed day (listed-days.ts), as NationalModel does. */
  constructor(private readonly file: OfficialUnitDays, private readonly firstDay: number, day: number, private readonly listed: ListedDays | null = null) {
    this.counts = { province: new DayCounts(file.province.units.length), prefecture: new DayCounts(file.prefecture.units.length), county: new DayCounts(file.county.units.length) };
    this.requested = day;
    this.apply(this.shownDayOf(day));
  }

  private shownDayOf(day: number): number {
    return this.listed ? this.listed.shownDay(day) : day;
  }

  private apply(day: number): Record<UnitLevel, Set<number>> {
    const target = Math.min(this.file.province.changes.length - 1, Math.max(-1, day - this.firstDay));
    const touched = { province: new Set<number>(), prefecture: new Set<number>(), county: new Set<number>() };
    if (target < this.at) {
      // Backwards: start again from zero (the whole file is ~0.1 ms of work per level).
      for (const level of UNIT_LEVELS) {
        const counts = this.counts[level];
        for (let u = 0; u < counts.high.length; u += 1) if (counts.high[u] || counts.medium[u]) touched[level].add(u);
        counts.high.fill(0);
        counts.medium.fill(0);
      }
      this.at = -1;
    }
    for (let d = this.at + 1; d <= target; d += 1) {
      for (const level of UNIT_LEVELS) {
        const row = this.file[level].changes[d];
        const counts = this.counts[level];
        for (let i = 0; i < row.length; i += 3) {
          counts.high[row[i]] = row[i + 1];
          counts.medium[row[i]] = row[i + 2];
          touched[level].add(row[i]);
        }
      }
    }
    this.at = target;
    return touched;
  }

  get day(): number {
    return this.requested;
  }

  get shownDay(): number {
    return this.shownDayOf(this.requested);
  }

  moveTo(day: number): NationalStep {
    this.requested = day;
    const shownDay = this.shownDayOf(day);
    const units = this.apply(shownDay);
    const step: NationalStep = { day, shownDay, areas: { changed: [], before: [] }, units };
    if (UNIT_LEVELS.some((level) => units[level].size > 0)) for (const listener of this.listeners) listener(step);
    return step;
  }

  subscribe(listener: NationalStepListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
