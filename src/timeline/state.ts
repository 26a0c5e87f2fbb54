/**
 * The state of one feature on one day, derived from its events only. This is the straightforward definition;
 * `TimelineIndex` computes the same thing incrementally and is tested against it.
 */
import { ENDING_STATUSES, type Status } from '../data/schema';

export type Phase = 'hidden' | 'active' | 'ended';

export interface FeatureState {
  phase: Phase;
  /** Status of the latest event on or before the day; null before the first event. */
  status: Status | null;
  /** Day number of that event. */
  since: number;
}

export interface TimelineOptions {
  /** Days an ended measure stays on the map (faded) before it disappears. */
  fadeDays: number;
  /** Keep ended measures on the map indefinitely. */
  showLifted: boolean;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = { fadeDays: 3, showLifted: false };

const ending = new Set<Status>(ENDING_STATUSES);
export const isEndingStatus = (status: Status): boolean => ending.has(status);

export const HIDDEN: FeatureState = Object.freeze({ phase: 'hidden', status: null, since: Number.NaN }) as FeatureState;

/**
 * `eventDays` ascending; `statuses[i]` belongs to `eventDays[i]`. `endDay` is the last day of the feature's
 * outbreak: a measure the report never lifts is not carried on past it (it ends with the outbreak).
 */
export function stateOnDay(eventDays: ArrayLike<number>, statuses: ArrayLike<Status>, day: number, options: TimelineOptions, endDay = Number.POSITIVE_INFINITY): FeatureState {
  let latest = -1;
  for (let i = 0; i < eventDays.length && eventDays[i] <= day; i += 1) latest = i;
  if (latest < 0) return HIDDEN;
  const status = statuses[latest];
  const since = eventDays[latest];
  const endedOn = isEndingStatus(status) ? since : day > endDay ? endDay : null;
  if (endedOn === null) return { phase: 'active', status, since };
  if (options.showLifted || day - endedOn <= options.fadeDays) return { phase: 'ended', status, since };
  return { phase: 'hidden', status, since };
}

export function sameState(a: FeatureState, b: FeatureState): boolean {
  return a.phase === b.phase && a.status === b.status && (a.since === b.since || (Number.isNaN(a.since) && Number.isNaN(b.since)));
}
