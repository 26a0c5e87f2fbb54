/**
 * The one sort key of a feature's events, shared by the validator (events must be in this order), the ingest
 * draft and the city-wide ending it adds. Events are ordered by calendar date, then by clock time, where an
 * event without a time counts as the start of its day (00:00): "3月1日" and "3月1日0时起" are the same moment.
 * Events equal on both keep their order (Array.prototype.sort is stable), which is the order of the report.
 */
import type { OutbreakEvent } from './schema';

type Timed = Pick<OutbreakEvent, 'date' | 'time'>;

/** `YYYY-MM-DDTHH:MM`: ISO dates and 24-hour times compare correctly as strings. */
export function eventMoment(event: Timed): string {
  return `${event.date}T${event.time ?? '00:00'}`;
}

/** Negative when `a` comes before `b`, 0 when they are at the same moment, positive after. */
export function compareEvents(a: Timed, b: Timed): number {
  const x = eventMoment(a);
  const y = eventMoment(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
