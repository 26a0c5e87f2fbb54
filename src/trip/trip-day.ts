/**
 * Which day the map shows for a trip: the result is drawn as the places in force on the slider's day, so a trip
 * chosen or changed moves the slider to a day of its range on which a place found is in force (else the range's
 * first day), and a place picked from the result moves it into that place's days in force. Pure.
 */
import type { TripHit, TripResult } from './trip-check';

const inRuns = (runs: ReadonlyArray<readonly [number, number]>, day: number) => runs.some(([first, last]) => first <= day && day <= last);

/**
 * The day to show for a trip's result: `current` when it lies in the range and a place within the radius is in
 * force on it; else the first day of the range on which one is; else the range's first day.
 */
export function tripDay(result: Pick<TripResult, 'query' | 'hits'>, current: number): number {
  const { from, to } = result.query;
  const within = result.hits.filter((hit) => hit.match === 'within');
  if (current >= from && current <= to && within.some((hit) => inRuns(hit.runs, current))) return current;
  const firsts = within.flatMap((hit) => hit.runs.map(([first]) => first));
  return firsts.length > 0 ? Math.min(...firsts) : from;
}

/** The day to show a place of the result on: `current` when the place is in force then, else its first day in force in the range. */
export function hitDay(hit: Pick<TripHit, 'runs'>, current: number): number {
  if (inRuns(hit.runs, current) || hit.runs.length === 0) return current;
  return hit.runs[0][0];
}

/** Whether a place of the result is in force on `day`. */
export const hitInForce = (hit: Pick<TripHit, 'runs'>, day: number): boolean => inRuns(hit.runs, day);
