/** What the side panels and the histogram show of the selected outbreak: pure functions of the data and the view. */
import type { Kind, OutbreakEvent, Precision, Status } from '../data/schema';
import type { TimelineIndex } from '../time/timeline-index';
import { dayNumber } from '../core/calendar-day';
import type { AtlasData, AtlasFeature } from './atlas-data';
import type { CursorDayScale } from './periods';

export const inOutbreak = (outbreak: string) => (item: AtlasFeature): boolean => outbreak === 'all' || item.outbreakId === outbreak;

export interface ValuesPresent {
  kinds: ReadonlySet<Kind>;
  statuses: ReadonlySet<Status>;
  precisions: ReadonlySet<Precision>;
}

/** Kinds, statuses and precisions that occur in the outbreak: the filter chips and legend offer only these. */
export function valuesPresent(data: AtlasData, outbreak: string): ValuesPresent {
  const items = data.features.filter(inOutbreak(outbreak));
  return {
    kinds: new Set(items.map((f) => f.feature.properties.kind)),
    statuses: new Set(items.flatMap((f) => f.feature.properties.events.map((e) => e.status))),
    precisions: new Set(items.map((f) => f.feature.properties.precision)),
  };
}

/** One outbreak's events and reported new cases per slider day. */
export interface OutbreakDays {
  outbreakId: string;
  /** Slider day → number of events that day. */
  events: ReadonlyMap<number, number>;
  /** Slider day → new confirmed cases the report gives for that day (days it gives none are absent). */
  cases: ReadonlyMap<number, number>;
}

export interface DayHistogram {
  /** Slider day → number of events that day, all outbreaks shown together. */
  events: ReadonlyMap<number, number>;
  /** Per outbreak shown, in the order of `data.outbreaks`: aligned days mix outbreaks, whose cases never add up. */
  series: OutbreakDays[];
  /** First and last slider day with an event, or null without any. */
  eventSpan: { first: number; last: number } | null;
}

const add = (map: Map<number, number>, key: number, n: number) => map.set(key, (map.get(key) ?? 0) + n);

export function dayHistogram(data: AtlasData, outbreak: string, toCursorDay: CursorDayScale): DayHistogram {
  const events = new Map<number, number>();
  const series = data.outbreaks.filter((o) => outbreak === 'all' || o.id === outbreak).map((o) => {
    const own = { outbreakId: o.id, events: new Map<number, number>(), cases: new Map<number, number>() };
    for (const count of o.caseCounts ?? []) {
      if (count.basis === 'new' && count.confirmed !== undefined) add(own.cases, toCursorDay(dayNumber(count.date), o.id), count.confirmed);
    }
    return own;
  });
  const byId = new Map(series.map((s) => [s.outbreakId, s]));
  for (const item of data.features) {
    const own = byId.get(item.outbreakId);
    if (!own) continue;
    for (const d of item.eventDays) {
      const key = toCursorDay(d, item.outbreakId);
      add(own.events, key, 1);
      add(events, key, 1);
    }
  }
  const days = [...events.keys()];
  return { events, series, eventSpan: days.length ? { first: Math.min(...days), last: Math.max(...days) } : null };
}

export interface Change {
  item: AtlasFeature;
  event: OutbreakEvent;
}

/** The events of the features the filters let through (`mask`) that fall on `day`, in index order. */
export function changesOnDay(data: AtlasData, index: TimelineIndex, mask: Uint8Array, day: number, toCursorDay: CursorDayScale): Change[] {
  const changes: Change[] = [];
  for (const i of index.changesOn(day)) {
    if (mask[i] !== 1) continue;
    const item = data.features[i];
    // Event days were parsed once at load; a step only compares numbers.
    item.feature.properties.events.forEach((event, e) => {
      if (toCursorDay(item.eventDays[e], item.outbreakId) === day) changes.push({ item, event });
    });
  }
  return changes;
}
