/** Derived, pure facts about the loaded data that several views need (slider bounds, codec context, index input). */
import type { AtlasData } from '../data/load';
import { dayNumber, isoOfDay } from '../timeline/days';
import type { TimelineInput } from '../timeline/index';
import type { CodecContext } from '../url/codec';
import type { ViewState } from '../url/view-state';

export function dateBounds(data: AtlasData, outbreak: string): { first: string; last: string } {
  const chosen = data.outbreaks.filter((o) => outbreak === 'all' || o.id === outbreak);
  const list = chosen.length ? chosen : data.outbreaks;
  return {
    first: list.map((o) => o.period.start).sort()[0],
    last: list.map((o) => o.period.end).sort().at(-1) as string,
  };
}

export function outbreakLengthDays(data: AtlasData, outbreak: string): number {
  const list = data.outbreaks.filter((o) => outbreak === 'all' || o.id === outbreak);
  return Math.max(0, ...list.map((o) => dayNumber(o.period.end) - dayNumber(o.period.start)));
}

export function codecContext(data: AtlasData): CodecContext {
  return {
    outbreakIds: data.outbreaks.map((o) => o.id),
    featureOutbreak: new Map(data.features.map((f) => [f.feature.properties.id, f.outbreakId])),
    dateBounds: (outbreak) => dateBounds(data, outbreak),
    maxAlignDay: outbreakLengthDays(data, 'all'),
  };
}

/** Timeline input: event days on the calendar, or shifted so day 0 is each outbreak's start (first-case mode). */
export function timelineInput(data: AtlasData, align: ViewState['align']): TimelineInput[] {
  const periods = new Map(data.outbreaks.map((o) => [o.id, { start: dayNumber(o.period.start), end: dayNumber(o.period.end) }]));
  return data.features.map((f) => {
    const period = periods.get(f.outbreakId);
    const offset = align === 'first-case' ? (period?.start ?? 0) : 0;
    return {
      eventDays: f.eventDays.map((d) => d - offset),
      statuses: f.feature.properties.events.map((e) => e.status),
      endDay: period === undefined ? undefined : period.end - offset,
    };
  });
}

/** Slider range in cursor days (calendar day numbers, or days since start). */
export function sliderRange(data: AtlasData, view: ViewState): { min: number; max: number } {
  if (view.align === 'first-case') return { min: 0, max: outbreakLengthDays(data, view.outbreak) };
  const { first, last } = dateBounds(data, view.outbreak);
  return { min: dayNumber(first), max: dayNumber(last) };
}

export function cursorDay(view: ViewState): number {
  return view.align === 'first-case' ? view.alignDay : dayNumber(view.date);
}

export function viewPatchForDay(view: ViewState, day: number): Partial<ViewState> {
  return view.align === 'first-case' ? { alignDay: day } : { date: isoOfDay(day) };
}
