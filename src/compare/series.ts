/**
 * The compare view's curves (?o=compare): each outbreak's areas in force per day, aligned on days since its start.
 * Pure.
 *
 * - An official episode: high + medium per day (episodes.json); day 0 is its first listing. A day without any
 *   list is null ("no data"): a gap in the line, never 0.
 * - A report outbreak covered by an official episode of its prefecture (episode-scope.ts reportCoversEpisode):
 *   that episode's curve, with day 0 the report's first case (first-case.ts), so it may start before day 0.
 *   Covered by several: the one with the largest peak.
 * - A report outbreak without one: its own dated events per day from its first case to its period's end.
 */
import type { OfficialEpisodes } from '../official/episode-file';
import { dayNumber } from '../core/calendar-day';

export type CurveSource = 'episode' | 'report-episode' | 'report-events';

export interface Curve {
  id: string;
  source: CurveSource;
  /** The episode whose counts the curve shows (episode and report-episode). */
  episodeId?: string;
  /** Calendar day number of day 0. */
  day0: number;
  /** Days since day 0 of values[0] (negative when the counts start before day 0). */
  from: number;
  /** Per day from `from`; null on a day without any list. */
  values: ReadonlyArray<number | null>;
}

/** The episode's counts per day and its first day (a calendar day number), or null for an unknown id. */
export function episodeCounts(file: OfficialEpisodes, id: string): { start: number; values: Array<number | null> } | null {
  const e = file.episodes;
  const i = e.id.indexOf(id);
  if (i < 0) return null;
  const values = e.high[i].map((high, k) => (high === null || e.medium[i][k] === null ? null : high + (e.medium[i][k] as number)));
  return { start: dayNumber(file.firstDate) + e.start[i], values };
}

export function episodeCurve(file: OfficialEpisodes, id: string): Curve | null {
  const counts = episodeCounts(file, id);
  return counts && { id, source: 'episode', episodeId: id, day0: counts.start, from: 0, values: counts.values };
}

/** A report's curve on a covering episode's counts, day 0 its first case. */
export function reportEpisodeCurve(file: OfficialEpisodes, reportId: string, episodeId: string, firstCaseDay: number): Curve | null {
  const counts = episodeCounts(file, episodeId);
  return counts && { id: reportId, source: 'report-episode', episodeId, day0: firstCaseDay, from: counts.start - firstCaseDay, values: counts.values };
}

/** A report's own events per day (`eventDays`: the day number of each dated event), first case to period end. */
export function reportEventsCurve(reportId: string, firstCaseDay: number, periodEnd: number, eventDays: readonly number[]): Curve {
  const values: number[] = [];
  for (let day = firstCaseDay; day <= Math.max(firstCaseDay, periodEnd); day += 1) values.push(0);
  for (const day of eventDays) if (day >= firstCaseDay && day - firstCaseDay < values.length) values[day - firstCaseDay] += 1;
  return { id: reportId, source: 'report-events', day0: firstCaseDay, from: 0, values };
}

/** The curve's value on a day since start: a number, null (no list), or undefined (outside the curve). */
export function valueAt(curve: Curve, daySince: number): number | null | undefined {
  const k = daySince - curve.from;
  return k < 0 || k >= curve.values.length ? undefined : curve.values[k];
}

/** The days since start every curve covers, first to last. */
export function dayDomain(curves: readonly Curve[]): { min: number; max: number } {
  if (!curves.length) return { min: 0, max: 0 };
  return { min: Math.min(...curves.map((c) => c.from)), max: Math.max(...curves.map((c) => c.from + c.values.length - 1)) };
}

export function largestValue(curves: readonly Curve[]): number {
  return Math.max(1, ...curves.flatMap((c) => c.values.filter((v): v is number => v !== null)));
}
