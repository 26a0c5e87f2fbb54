/**
 * Day 0 of "days since first case": the first reported case of each outbreak, not the first day of its period
 * (Heze's period starts 07-23 with 前韩村's call; its first case is 07-24). Pure; the slider's day scale, its range
 * and the URL's bounds are built on it (periods.ts).
 */
import type { CaseCount, Outbreak, OutbreakFeature } from '../data/schema';
import { dayNumber } from '../core/calendar-day';

/**
 * What day 0 stands on: the earliest `first-case` event of the outbreak; without one, the earliest day with a
 * reported number of new cases above zero; without that either, the first day of the report's period.
 */
export type FirstCaseBasis = 'first-case-event' | 'first-case-count' | 'period-start';

export interface FirstCaseDay {
  /** Calendar day number of day 0. */
  day: number;
  /** The same as an ISO date (calendar day in China). */
  date: string;
  basis: FirstCaseBasis;
}

const hasNewCases = (count: CaseCount): boolean => count.basis === 'new' && (count.confirmed ?? 0) + (count.asymptomatic ?? 0) > 0;

const earliest = (dates: readonly string[]): string | undefined => dates.reduce<string | undefined>((min, date) => (min === undefined || date < min ? date : min), undefined);

/** What day 0 reads of a feature: its events' dates and statuses (a report feature or a draft's). */
interface DatedEvents {
  properties: { events: ReadonlyArray<{ date: string; status: string }> };
}

export function firstCaseDay(outbreak: Pick<Outbreak, 'period' | 'caseCounts'>, features: readonly DatedEvents[]): FirstCaseDay {
  const byEvent = earliest(features.flatMap((f) => f.properties.events.filter((e) => e.status === 'first-case').map((e) => e.date)));
  if (byEvent !== undefined) return { day: dayNumber(byEvent), date: byEvent, basis: 'first-case-event' };
  const byCount = earliest((outbreak.caseCounts ?? []).filter(hasNewCases).map((c) => c.date));
  if (byCount !== undefined) return { day: dayNumber(byCount), date: byCount, basis: 'first-case-count' };
  return { day: dayNumber(outbreak.period.start), date: outbreak.period.start, basis: 'period-start' };
}

/** Day 0 of every outbreak of the data, by outbreak id. */
export function firstCaseDays(outbreaks: readonly Outbreak[], features: readonly { outbreakId: string; feature: Pick<OutbreakFeature, 'properties'> }[]): ReadonlyMap<string, FirstCaseDay> {
  return new Map(outbreaks.map((o) => [o.id, firstCaseDay(o, features.filter((f) => f.outbreakId === o.id).map((f) => f.feature))]));
}
