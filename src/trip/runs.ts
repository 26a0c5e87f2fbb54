/**
 * Days in force as runs of day numbers: the runs of a report place derived from its events (the same rule as
 * `stateOnDay`), and any place's runs clipped to a date range, merged across levels, with their total.
 */
import type { Status } from '../data/schema';
import { isEndingStatus, replacesShown } from '../time/feature-state';

/** A run of days [first, last] (both included) at one level: "high"/"medium" for official areas, a status for report places. */
export interface LevelRun {
  first: number;
  last: number;
  level: string;
}

/**
 * Runs in which a report place is in force (phase "active" in src/time/feature-state.ts): from each event with a
 * status that is not an ending one to the day before the next event, or to the outbreak's last day.
 */
export function reportPlaceRuns(eventDays: readonly number[], statuses: readonly Status[], endDay = Number.POSITIVE_INFINITY): LevelRun[] {
  const runs: LevelRun[] = [];
  let shown = -1;
  for (let i = 0; i < eventDays.length; i += 1) {
    // The shown event follows the timeline's rule (a mere mention does not replace a more telling event).
    if (shown < 0 || replacesShown(statuses[i], eventDays[i], statuses[shown], eventDays[shown])) shown = i;
    // The state of a day is known once all its events are read.
    if (i + 1 < eventDays.length && eventDays[i + 1] === eventDays[i]) continue;
    const status = statuses[shown];
    if (isEndingStatus(status) || eventDays[i] > endDay) continue;
    const last = Math.min(i + 1 < eventDays.length ? eventDays[i + 1] - 1 : Number.POSITIVE_INFINITY, endDay);
    const previous = runs.at(-1);
    if (previous && previous.level === status && previous.last === eventDays[i] - 1) previous.last = last;
    else runs.push({ first: eventDays[i], last, level: status });
  }
  return runs;
}

export interface RunsInRange {
  /** Merged runs of days in force within the range, ascending. */
  runs: Array<[number, number]>;
  /** Days in force within the range. */
  days: number;
  /** Levels in force at some time within the range, in order of first appearance. */
  levels: string[];
}

/** The part of `runs` inside [from, to]: merged runs (adjacent or overlapping runs become one), total days and levels. */
export function runsInRange(runs: readonly LevelRun[], from: number, to: number): RunsInRange {
  const clipped = runs
    .filter((run) => run.first <= to && run.last >= from)
    .map((run) => ({ first: Math.max(run.first, from), last: Math.min(run.last, to), level: run.level }))
    .sort((a, b) => a.first - b.first || a.last - b.last);
  const merged: Array<[number, number]> = [];
  const levels: string[] = [];
  for (const run of clipped) {
    if (!levels.includes(run.level)) levels.push(run.level);
    const previous = merged.at(-1);
    if (previous && run.first <= previous[1] + 1) previous[1] = Math.max(previous[1], run.last);
    else merged.push([run.first, run.last]);
  }
  return { runs: merged, days: merged.reduce((n, [first, last]) => n + last - first + 1, 0), levels };
}
