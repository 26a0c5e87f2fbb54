/**
 * The state of one feature on one day, derived from its events only. This is the straightforward definition;
 * `TimelineIndex` computes the same thing incrementally and is tested against it.
 */
import { ENDING_STATUSES, type Status } from '../data/schema';
import { FADE_DAYS } from './fade';

export type Phase = 'hidden' | 'active' | 'ended';

export interface FeatureState {
  phase: Phase;
  /** Status of the shown event on or before the day (see `replacesShown`); null before the first event. */
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

export const DEFAULT_TIMELINE_OPTIONS: TimelineOptions = { fadeDays: FADE_DAYS, showLifted: false };

const ending = new Set<Status>(ENDING_STATUSES);
export const isEndingStatus = (status: Status): boolean => ending.has(status);

/**
 * How telling an event is, for the one rule below. A mention (`reported`) tells least; `in-use` says a site was
 * working; a first case is news about the place; a measure, its escalation or its end (a risk level, a zone,
 * control, opening, suspension, lifting…) changes what applies there.
 */
export function tellingRank(status: Status): number {
  if (status === 'reported') return 0;
  if (status === 'in-use') return 1;
  if (status === 'first-case') return 2;
  return 3;
}

/**
 * Whether an event replaces the shown one (`shownStatus` on `shownDay`, or none yet): the shown state of a place.
 * - A mention (`reported`) never replaces a status: a site opened or in use, a sealed village, a first case stay
 *   what they were when the report mentions the place again (on the same day or later). A place with no status
 *   yet shows `reported`.
 * - On one day, a less telling event does not replace a more telling one: 楼庄镇's first case (07-24) stays shown
 *   beside the same evening's mention, a measure stays shown beside a first case or an `in-use` of that day.
 * - Otherwise the later event replaces the earlier (events are in time order). Equally telling events of one day
 *   follow that order too: an ending the same day as a start (a measure set and lifted that day) shows the ending
 *   when it is the later event, and a start after an ending (lifted, then sealed again) shows the start.
 */
export function replacesShown(status: Status, day: number, shownStatus: Status | null, shownDay: number): boolean {
  if (shownStatus === null) return true;
  if (status === 'reported') return false;
  return day !== shownDay || tellingRank(status) >= tellingRank(shownStatus);
}

export const HIDDEN: FeatureState = Object.freeze({ phase: 'hidden', status: null, since: Number.NaN }) as FeatureState;

/**
 * The shown event is the last one on or before the day that replaced the one shown before it (`replacesShown`).
 * `eventDays` ascending; `statuses[i]` belongs to `eventDays[i]`. `endDay` is the last day of the feature's
 * outbreak: a measure the report never lifts is not carried on past it (it ends with the outbreak).
 */
export function stateOnDay(eventDays: ArrayLike<number>, statuses: ArrayLike<Status>, day: number, options: TimelineOptions, endDay = Number.POSITIVE_INFINITY): FeatureState {
  let shown = -1;
  for (let i = 0; i < eventDays.length && eventDays[i] <= day; i += 1) {
    if (shown < 0 || replacesShown(statuses[i], eventDays[i], statuses[shown], eventDays[shown])) shown = i;
  }
  if (shown < 0) return HIDDEN;
  const status = statuses[shown];
  const since = eventDays[shown];
  const endedOn = isEndingStatus(status) ? since : day > endDay ? endDay : null;
  if (endedOn === null) return { phase: 'active', status, since };
  if (options.showLifted || day - endedOn <= options.fadeDays) return { phase: 'ended', status, since };
  return { phase: 'hidden', status, since };
}

export function sameState(a: FeatureState, b: FeatureState): boolean {
  return a.phase === b.phase && a.status === b.status && (a.since === b.since || (Number.isNaN(a.since) && Number.isNaN(b.since)));
}
