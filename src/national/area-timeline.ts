/**
 * Day-by-day display state of every official area, updated by diff. Built once from the record's intervals: per
 * area its intervals (compressed rows, typed arrays), and per day the areas whose state can change that day (an
 * interval starts, ends, or its fade ends). Moving the cursor re-evaluates only the areas listed on the days
 * between the old and the new day, so a one-day step costs O(changes that day), as `src/time/timeline-index.ts` does
 * for the report places; typed arrays keep ~100k areas and their ~350k change points in a few MB.
 */
import { ChangeCursor, type ChangePoints } from '../time/change-cursor';
import { FADE_DAYS } from '../time/fade';
import type { OfficialInterval } from './official-contract';

/** State byte: bits 0–1 the level (0 none, 1 medium, 2 high), bit 2 set while a lifted area fades out. */
export const NOT_SHOWN = 0;
export const MEDIUM = 1;
export const HIGH = 2;
export const FADED = 4;
export type AreaState = number;

export const levelOf = (state: AreaState): number => state & 3;
export const isFaded = (state: AreaState): boolean => (state & FADED) !== 0;
export const isInForce = (state: AreaState): boolean => state !== NOT_SHOWN && !isFaded(state);

/**
 * Intervals as columns (src/official/columns.ts keeps them so in the browser): area id, first and last day,
 * level code 0 = high, 1 = medium.
 */
export interface IntervalTable {
  readonly length: number;
  readonly area: ArrayLike<number>;
  readonly first: ArrayLike<number>;
  readonly last: ArrayLike<number>;
  readonly level: ArrayLike<number>;
}

const HIGH_CODE = 0;

export function intervalTable(intervals: readonly Pick<OfficialInterval, 'area' | 'first' | 'last' | 'level'>[]): IntervalTable {
  return {
    length: intervals.length,
    area: Int32Array.from(intervals, (i) => i.area),
    first: Int32Array.from(intervals, (i) => i.first),
    last: Int32Array.from(intervals, (i) => i.last),
    level: Uint8Array.from(intervals, (i) => (i.level === 'high' ? HIGH_CODE : 1)),
  };
}

export interface AreaTimelineOptions {
  /** Days a lifted area stays on the map, faded, as report measures do (src/time/feature-state.ts). */
  fadeDays: number;
}

export class AreaTimeline implements ChangePoints {
  readonly areaCount: number;
  readonly firstDay: number;
  readonly lastDay: number;
  /** Intervals of area a: rows intervalStart[a] .. intervalStart[a+1]-1, sorted by first day. */
  private readonly intervalStart: Int32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly level: Uint8Array;
  /** Areas changing on day firstDay+i: changeAreas[changeStart[i] .. changeStart[i+1]-1]. */
  private readonly changeStart: Int32Array;
  private readonly changeAreas: Int32Array;

  constructor(areaCount: number, intervals: IntervalTable | readonly Pick<OfficialInterval, 'area' | 'first' | 'last' | 'level'>[], readonly options: AreaTimelineOptions = { fadeDays: FADE_DAYS }) {
    this.areaCount = areaCount;
    const table = 'length' in intervals && !Array.isArray(intervals) ? intervals as IntervalTable : intervalTable(intervals as readonly Pick<OfficialInterval, 'area' | 'first' | 'last' | 'level'>[]);
    const n = table.length;
    // Rows grouped by area with a counting sort (stable, O(n)), then each area's few rows put in first-day order:
    // a comparator sort of ~190k rows held the page's main thread for ~0.1–0.3 s when the record came in.
    this.intervalStart = new Int32Array(areaCount + 1);
    for (let k = 0; k < n; k += 1) {
      const area = table.area[k];
      if (area < 0 || area >= areaCount) throw new RangeError(`interval of unknown area ${area}`);
      this.intervalStart[area + 1] += 1;
    }
    for (let a = 0; a < areaCount; a += 1) this.intervalStart[a + 1] += this.intervalStart[a];
    const order = new Int32Array(n);
    const next = this.intervalStart.slice(0, areaCount);
    for (let k = 0; k < n; k += 1) order[next[table.area[k]]++] = k;
    for (let a = 0; a < areaCount; a += 1) {
      for (let i = this.intervalStart[a] + 1; i < this.intervalStart[a + 1]; i += 1) {
        const k = order[i];
        let j = i - 1;
        for (; j >= this.intervalStart[a] && table.first[order[j]] > table.first[k]; j -= 1) order[j + 1] = order[j];
        order[j + 1] = k;
      }
    }
    this.first = new Int32Array(n);
    this.last = new Int32Array(n);
    this.level = new Uint8Array(n);
    const areaOfRow = new Int32Array(n);
    let firstDay = Number.POSITIVE_INFINITY;
    let lastDay = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i += 1) {
      const k = order[i];
      areaOfRow[i] = table.area[k];
      this.first[i] = table.first[k];
      this.last[i] = table.last[k];
      this.level[i] = table.level[k] === HIGH_CODE ? HIGH : MEDIUM;
      firstDay = Math.min(firstDay, this.first[i]);
      lastDay = Math.max(lastDay, this.last[i] + options.fadeDays + 1);
    }
    if (n === 0) [firstDay, lastDay] = [0, 0];
    this.firstDay = firstDay;
    this.lastDay = lastDay;

    // Change points: the first day, the day after the last, and the day the fade ends.
    const span = lastDay - firstDay + 1;
    const perDay = new Int32Array(span + 1);
    const fade = options.fadeDays;
    for (let i = 0; i < n; i += 1) {
      perDay[this.first[i] - firstDay + 1] += 1;
      perDay[this.last[i] + 1 - firstDay + 1] += 1;
      perDay[this.last[i] + 1 + fade - firstDay + 1] += 1;
    }
    for (let d = 0; d < span; d += 1) perDay[d + 1] += perDay[d];
    this.changeStart = perDay.slice();
    this.changeAreas = new Int32Array(perDay[span]);
    const fill = perDay;
    for (let i = 0; i < n; i += 1) {
      this.changeAreas[fill[this.first[i] - firstDay]++] = areaOfRow[i];
      this.changeAreas[fill[this.last[i] + 1 - firstDay]++] = areaOfRow[i];
      this.changeAreas[fill[this.last[i] + 1 + fade - firstDay]++] = areaOfRow[i];
    }
  }

  get itemCount(): number {
    return this.areaCount;
  }

  /** Display state of one area on a day (the straightforward definition the cursor is tested against). */
  stateOf(area: number, day: number): AreaState {
    let active = 0;
    let endedOn = Number.NEGATIVE_INFINITY;
    let endedLevel = 0;
    for (let i = this.intervalStart[area]; i < this.intervalStart[area + 1]; i += 1) {
      if (this.first[i] <= day && day <= this.last[i]) active = Math.max(active, this.level[i]);
      else if (this.last[i] < day && this.last[i] >= endedOn) {
        endedLevel = this.last[i] === endedOn ? Math.max(endedLevel, this.level[i]) : this.level[i];
        endedOn = this.last[i];
      }
    }
    if (active) return active;
    return day - endedOn <= this.options.fadeDays ? endedLevel | FADED : NOT_SHOWN;
  }

  /** Whether an area is listed on any day of [from, to] (the trip check's cheap test, no allocation). */
  listedBetween(area: number, from: number, to: number): boolean {
    for (let i = this.intervalStart[area]; i < this.intervalStart[area + 1]; i += 1) if (this.first[i] <= to && this.last[i] >= from) return true;
    return false;
  }

  /** Intervals of one area, for its history panel and the trip check. */
  intervalsOf(area: number): Array<{ first: number; last: number; level: 'high' | 'medium' }> {
    const rows = [];
    for (let i = this.intervalStart[area]; i < this.intervalStart[area + 1]; i += 1) {
      rows.push({ first: this.first[i], last: this.last[i], level: this.level[i] === HIGH ? 'high' as const : 'medium' as const });
    }
    return rows;
  }

  /** Calls `visit` for every area with a change point in (from, to] — or (to, from] when moving back. */
  forEachCandidate(from: number, to: number, visit: (area: number) => void): void {
    const low = Math.max(Math.min(from, to) + 1, this.firstDay);
    const high = Math.min(Math.max(from, to), this.lastDay);
    if (low > high) return;
    const end = this.changeStart[high - this.firstDay + 1];
    for (let i = this.changeStart[low - this.firstDay]; i < end; i += 1) visit(this.changeAreas[i]);
  }
}

/** What one cursor move changed: the areas, and the state each had before (same order). */
export interface AreaStep {
  changed: number[];
  before: number[];
}

/** Current state of every area; `moveTo` returns only the areas whose state changed (the shared cursor). */
export class AreaCursor {
  readonly states: Uint8Array;
  private readonly cursor: ChangeCursor;

  constructor(readonly timeline: AreaTimeline, day: number) {
    this.states = new Uint8Array(timeline.areaCount);
    for (let a = 0; a < timeline.areaCount; a += 1) this.states[a] = timeline.stateOf(a, day);
    this.cursor = new ChangeCursor(timeline, day);
  }

  get day(): number {
    return this.cursor.day;
  }

  moveTo(day: number): AreaStep {
    const before: number[] = [];
    const changed = this.cursor.moveTo(day, (area) => {
      const next = this.timeline.stateOf(area, day);
      if (next === this.states[area]) return false;
      before.push(this.states[area]);
      this.states[area] = next;
      return true;
    });
    return { changed, before };
  }
}
