/**
 * Which official entries are in force on a day, without scanning the whole record: the intervals are indexed by
 * the day they start and the day after they end (change points), with a snapshot of the intervals in force every
 * SNAPSHOT_DAYS days. Counts per day are prefix sums. It counts (official:count, validate); the map's day steps
 * run on the shared change-point cursor (src/time/change-cursor.ts, through src/national/area-timeline.ts).
 * Tested against a naive per-day recomputation in tests/unit/official/day-index.test.ts.
 */
import type { RiskLevel } from './codes';
import type { IntervalColumns } from './columns';
import type { DayCoverage } from './schema';

const SNAPSHOT_DAYS = 32;

export interface DayCounts {
  /** Entries in force nationally; null when there is no list of that level that day ("no data"). */
  high: number | null;
  medium: number | null;
}

/** Compressed lists keyed by day offset: items of day d are items[offsets[d] .. offsets[d + 1]). */
function byDay(dayCount: number, keys: Int32Array): { offsets: Int32Array; items: Int32Array } {
  const offsets = new Int32Array(dayCount + 2);
  for (const key of keys) if (key >= 0 && key <= dayCount) offsets[key + 1] += 1;
  for (let d = 1; d < offsets.length; d += 1) offsets[d] += offsets[d - 1];
  const fill = offsets.slice(0, dayCount + 1);
  const items = new Int32Array(offsets[dayCount + 1]);
  keys.forEach((key, interval) => { if (key >= 0 && key <= dayCount) items[fill[key]++] = interval; });
  return { offsets, items };
}

export class OfficialDayIndex {
  readonly firstDay: number;
  readonly lastDay: number;
  readonly dayCount: number;
  private readonly starts: { offsets: Int32Array; items: Int32Array };
  private readonly ends: { offsets: Int32Array; items: Int32Array };
  private readonly high: Int32Array;
  private readonly medium: Int32Array;
  private readonly covered: Uint8Array;
  private readonly snapshots: Int32Array[] = [];

  /**
   * `coverage` for every day of [firstDay, lastDay]; `intervals` in any order (pieces of one run clipped at New
   * Year may come as two intervals); `areaCount` bounds the area ids (the record's total).
   */
  constructor(readonly intervals: IntervalColumns, coverage: readonly DayCoverage[], readonly areaCount: number) {
    this.firstDay = Math.min(...coverage.map((c) => c.day));
    this.lastDay = Math.max(...coverage.map((c) => c.day));
    this.dayCount = this.lastDay - this.firstDay + 1;
    this.covered = new Uint8Array(this.dayCount);
    for (const c of coverage) this.covered[c.day - this.firstDay] = (c.high ? 1 : 0) | (c.medium ? 2 : 0);
    const startKeys = new Int32Array(intervals.length);
    const endKeys = new Int32Array(intervals.length);
    const highDelta = new Int32Array(this.dayCount + 1);
    const mediumDelta = new Int32Array(this.dayCount + 1);
    for (let i = 0; i < intervals.length; i += 1) {
      startKeys[i] = intervals.first[i] - this.firstDay;
      endKeys[i] = intervals.last[i] + 1 - this.firstDay;
      const delta = intervals.level[i] === 0 ? highDelta : mediumDelta;
      delta[Math.max(0, startKeys[i])] += intervals.count[i];
      delta[Math.min(this.dayCount, endKeys[i])] -= intervals.count[i];
    }
    this.starts = byDay(this.dayCount, startKeys);
    this.ends = byDay(this.dayCount, endKeys);
    this.high = new Int32Array(this.dayCount);
    this.medium = new Int32Array(this.dayCount);
    let [h, m] = [0, 0];
    for (let d = 0; d < this.dayCount; d += 1) {
      h += highDelta[d];
      m += mediumDelta[d];
      this.high[d] = h;
      this.medium[d] = m;
    }
    const inForce = new Set<number>();
    for (let d = 0; d < this.dayCount; d += 1) {
      for (let k = this.ends.offsets[d]; k < this.ends.offsets[d + 1]; k += 1) inForce.delete(this.ends.items[k]);
      for (let k = this.starts.offsets[d]; k < this.starts.offsets[d + 1]; k += 1) inForce.add(this.starts.items[k]);
      if (d % SNAPSHOT_DAYS === 0) this.snapshots.push(Int32Array.from(inForce).sort());
    }
  }

  /** Whether a list of that level exists for the day (false = no data). */
  hasList(day: number, level: RiskLevel): boolean {
    const d = day - this.firstDay;
    if (d < 0 || d >= this.dayCount) return false;
    return (this.covered[d] & (level === 'high' ? 1 : 2)) !== 0;
  }

  countsOn(day: number): DayCounts {
    const d = day - this.firstDay;
    return {
      high: this.hasList(day, 'high') ? this.high[d] : null,
      medium: this.hasList(day, 'medium') ? this.medium[d] : null,
    };
  }

  /** Intervals starting on `day` (d) and intervals whose last day was d - 1 (leaving on d). */
  startingOn(day: number): Int32Array {
    return this.slice(this.starts, day - this.firstDay);
  }

  leavingOn(day: number): Int32Array {
    return this.slice(this.ends, day - this.firstDay);
  }

  private slice(lists: { offsets: Int32Array; items: Int32Array }, d: number): Int32Array {
    if (d < 0 || d > this.dayCount) return new Int32Array(0);
    return lists.items.subarray(lists.offsets[d], lists.offsets[d + 1]);
  }

  /** Indices of the intervals in force on `day`, ascending. Cost: one snapshot plus ≤ 31 days of starts. */
  inForce(day: number): number[] {
    const d = day - this.firstDay;
    if (d < 0 || d >= this.dayCount) return [];
    const s = Math.floor(d / SNAPSHOT_DAYS);
    const result: number[] = [];
    const { last } = this.intervals;
    for (const i of this.snapshots[s]) if (last[i] >= day) result.push(i);
    for (let k = s * SNAPSHOT_DAYS + 1; k <= d; k += 1) {
      for (let j = this.starts.offsets[k]; j < this.starts.offsets[k + 1]; j += 1) {
        const i = this.starts.items[j];
        if (last[i] >= day) result.push(i);
      }
    }
    return result.sort((a, b) => a - b);
  }
}
