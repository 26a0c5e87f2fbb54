/**
 * Coverage per day (which lists exist: a missing file is "no data", never "no risk") and the day flags that
 * point at suspicious days instead of smoothing them over. Rules (tests/unit/official/coverage.test.ts):
 * - count-mismatch: the list length differs from the total printed by the official notice (lists-2022 hcount
 *   / mcount).
 * - dip / spike: fewer than half of, or more than twice, the entries of the nearest listed days before and
 *   after, when the smaller neighbour has at least MIN_NEIGHBOUR entries (small lists swing by nature).
 * - levels-swapped: over half of the day's areas (at least MIN_NEIGHBOUR) are at the other level, and not at
 *   this one, on both the day before and the day after.
 * - list-only: the level's entries come from lists-2022 (no point file); no-list: no file of that level.
 */
import { isoOfDay } from '../core/calendar-day';
import { RISK_LEVELS, type RiskLevel } from './codes';
import type { DayCoverage, OfficialDayFlag } from './schema';

export const MIN_NEIGHBOUR = 10;

export interface ListInfo {
  day: number;
  level: RiskLevel;
  /** Path relative to the shared folder, e.g. "points/20210810_h.geojson". */
  file: string;
  length: number;
  /** Distinct areas on the list. */
  areas: ReadonlySet<number>;
  /** Entries of a list-only day that were joined to a point from another day. */
  joined?: number;
}

export interface PublishedTotal {
  day: number;
  high: number;
  medium: number;
}

export function buildCoverage(lists: readonly ListInfo[], firstDay: number, lastDay: number): DayCoverage[] {
  const byKey = new Map(lists.map((l) => [`${l.day}:${l.level}`, l]));
  const coverage: DayCoverage[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    const high = byKey.get(`${day}:high`);
    const medium = byKey.get(`${day}:medium`);
    const entry: DayCoverage = { day, high: !!high, medium: !!medium, source: [high?.file, medium?.file].filter(Boolean).join(' ') };
    if (high) entry.highFile = high.file;
    if (medium) entry.mediumFile = medium.file;
    coverage.push(entry);
  }
  return coverage;
}

function flag(day: number, level: RiskLevel, code: OfficialDayFlag['code'], detail: string): OfficialDayFlag {
  return { date: isoOfDay(day), level, code, detail };
}

function swapped(list: ListInfo, before: ListInfo[], after: ListInfo[]): number {
  const [sameBefore, otherBefore] = before;
  const [sameAfter, otherAfter] = after;
  let count = 0;
  for (const area of list.areas) {
    if (otherBefore.areas.has(area) && otherAfter.areas.has(area) && !sameBefore.areas.has(area) && !sameAfter.areas.has(area)) count += 1;
  }
  return count;
}

export function buildDayFlags(lists: readonly ListInfo[], published: readonly PublishedTotal[], firstDay: number, lastDay: number): OfficialDayFlag[] {
  const flags: OfficialDayFlag[] = [];
  const byKey = new Map(lists.map((l) => [`${l.day}:${l.level}`, l]));
  const get = (day: number, level: RiskLevel) => byKey.get(`${day}:${level}`);
  const publishedByDay = new Map(published.map((p) => [p.day, p]));
  for (const level of RISK_LEVELS) {
    const other: RiskLevel = level === 'high' ? 'medium' : 'high';
    const days = lists.filter((l) => l.level === level).sort((a, b) => a.day - b.day);
    for (let day = firstDay; day <= lastDay; day += 1) if (!get(day, level)) flags.push(flag(day, level, 'no-list', 'no file'));
    days.forEach((list, i) => {
      const total = publishedByDay.get(list.day)?.[level];
      if (total !== undefined && total !== list.length) flags.push(flag(list.day, level, 'count-mismatch', `list ${list.length}, published ${total}`));
      if (list.joined !== undefined) flags.push(flag(list.day, level, 'list-only', `${list.joined} of ${list.length} entries joined to a point`));
      const [previous, next] = [days[i - 1], days[i + 1]];
      if (previous && next) {
        const low = Math.min(previous.length, next.length);
        const high = Math.max(previous.length, next.length);
        const detail = `${list.length} entries; ${previous.length} on ${isoOfDay(previous.day)}, ${next.length} on ${isoOfDay(next.day)}`;
        if (low >= MIN_NEIGHBOUR && list.length * 2 < low) flags.push(flag(list.day, level, 'dip', detail));
        if (low >= MIN_NEIGHBOUR && list.length > 2 * high) flags.push(flag(list.day, level, 'spike', detail));
      }
      const around = [get(list.day - 1, level), get(list.day - 1, other), get(list.day + 1, level), get(list.day + 1, other)];
      if (around.every(Boolean) && list.areas.size >= MIN_NEIGHBOUR) {
        const [sameBefore, otherBefore, sameAfter, otherAfter] = around as ListInfo[];
        const n = swapped(list, [sameBefore, otherBefore], [sameAfter, otherAfter]);
        if (n * 2 > list.areas.size) flags.push(flag(list.day, level, 'levels-swapped', `${n} of ${list.areas.size} areas are ${other} the day before and after`));
      }
    });
  }
  return flags.sort((a, b) => a.date.localeCompare(b.date) || a.level.localeCompare(b.level) || a.code.localeCompare(b.code));
}
