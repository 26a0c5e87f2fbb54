/**
 * Level history of every area as intervals, built from the daily lists.
 *
 * Rules (tested in tests/unit/official/history.test.ts):
 * - An interval is a run of consecutive calendar days on which the area is listed at one level with the same
 *   multiplicity (`count` entries of its spellings that day). A level change or a change of multiplicity starts a
 *   new interval, so the intervals covering a day always sum to that day's list length.
 * - A day with no list file of that level breaks every run of that level: we have no evidence for that day, and
 *   bridging it would state that the area was listed when no list says so (2021-11-01, the one such day left
 *   after the 2022 lists fill the high-risk gap, is "no data" in the coverage, not a day in force).
 * - An empty list file is a real list with no area: it ends every run of its level.
 */
import type { RiskLevel } from './codes';
import type { OfficialInterval } from './schema';

export interface DayEntries {
  day: number;
  level: RiskLevel;
  /** Area index of every entry of that day's list, repeated when the list names an area twice. */
  areas: readonly number[];
}

interface OpenRun {
  first: number;
  last: number;
  count: number;
}

function countsOf(areas: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const area of areas) counts.set(area, (counts.get(area) ?? 0) + 1);
  return counts;
}

/** Intervals of one level from that level's lists (any order); sorted by area, then first day. */
function intervalsOfLevel(lists: readonly DayEntries[], level: RiskLevel): OfficialInterval[] {
  const days = [...lists].sort((a, b) => a.day - b.day);
  const closed: OfficialInterval[] = [];
  let open = new Map<number, OpenRun>();
  let previousDay = Number.NaN;
  const close = (area: number, run: OpenRun) => closed.push({ area, first: run.first, last: run.last, level, count: run.count });
  for (const { day, areas } of days) {
    if (day === previousDay) throw new Error(`two ${level} lists for day ${day}`);
    const consecutive = day === previousDay + 1;
    const counts = countsOf(areas);
    const next = new Map<number, OpenRun>();
    for (const [area, run] of open) {
      const today = counts.get(area);
      if (consecutive && today === run.count) next.set(area, { ...run, last: day });
      else close(area, run);
    }
    for (const [area, count] of counts) if (!next.has(area)) next.set(area, { first: day, last: day, count });
    open = next;
    previousDay = day;
  }
  for (const [area, run] of open) close(area, run);
  return closed;
}

export function compareIntervals(a: OfficialInterval, b: OfficialInterval): number {
  return a.area - b.area || a.first - b.first || (a.level < b.level ? -1 : a.level > b.level ? 1 : 0);
}

/** All intervals, sorted by area, first day, level. */
export function buildIntervals(lists: readonly DayEntries[]): OfficialInterval[] {
  const high = intervalsOfLevel(lists.filter((l) => l.level === 'high'), 'high');
  const medium = intervalsOfLevel(lists.filter((l) => l.level === 'medium'), 'medium');
  return [...high, ...medium].sort(compareIntervals);
}

/** Areas whose level changes and changes back within `maxDays` days (A, then B for ≤ maxDays, then A again). */
export function flickeringAreas(sorted: readonly OfficialInterval[], maxDays = 2): Set<number> {
  const result = new Set<number>();
  for (let i = 0; i + 2 < sorted.length; i += 1) {
    const [a, b, c] = [sorted[i], sorted[i + 1], sorted[i + 2]];
    if (a.area !== c.area || b.area !== a.area) continue;
    const swapped = a.level === c.level && b.level !== a.level;
    const adjacent = b.first === a.last + 1 && c.first === b.last + 1;
    if (swapped && adjacent && b.last - b.first + 1 <= maxDays) result.add(a.area);
  }
  return result;
}

/** Areas listed at both levels on one day (intervals of one area at different levels that overlap). */
export function areasAtBothLevels(sorted: readonly OfficialInterval[]): Set<number> {
  const result = new Set<number>();
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end < sorted.length && sorted[end].area === sorted[start].area) end += 1;
    const highs = sorted.slice(start, end).filter((i) => i.level === 'high');
    const mediums = sorted.slice(start, end).filter((i) => i.level === 'medium');
    if (highs.some((h) => mediums.some((m) => m.first <= h.last && h.first <= m.last))) result.add(sorted[start].area);
    start = end;
  }
  return result;
}
