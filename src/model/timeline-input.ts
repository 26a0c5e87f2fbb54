/** The outbreak features as timeline input, on the slider's day scale, and the index built from them. */
import { dayNumber } from '../core/calendar-day';
import { TimelineIndex, type TimelineInput } from '../time/timeline-index';
import { DEFAULT_TIMELINE_OPTIONS } from '../time/feature-state';
import type { Alignment } from '../core/alignment';
import type { AtlasData } from './atlas-data';
import { cursorDayScale } from './periods';

/** Event days on the calendar, or shifted so day 0 is each outbreak's first case (first-case mode, first-case.ts). */
export function timelineInput(data: AtlasData, align: Alignment): TimelineInput[] {
  const toCursorDay = cursorDayScale(data, align);
  const ends = new Map(data.outbreaks.map((o) => [o.id, dayNumber(o.period.end)]));
  return data.features.map((f) => {
    const end = ends.get(f.outbreakId);
    return {
      eventDays: f.eventDays.map((d) => toCursorDay(d, f.outbreakId)),
      statuses: f.feature.properties.events.map((e) => e.status),
      endDay: end === undefined ? undefined : toCursorDay(end, f.outbreakId),
    };
  });
}

export function timelineIndex(data: AtlasData, align: Alignment, showLifted: boolean): TimelineIndex {
  return new TimelineIndex(timelineInput(data, align), { ...DEFAULT_TIMELINE_OPTIONS, showLifted });
}
