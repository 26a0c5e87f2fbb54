/**
 * Days of the view: the slider's range, the scale from calendar days to the slider's days (the same in calendar
 * mode, days since each outbreak's first case in first-case mode, see first-case.ts), and the day the view moves to
 * when the outbreak or the alignment changes. Pure; the URL codec gets its bounds from here.
 */
import { dayNumber, isoOfDay } from '../core/calendar-day';
import type { CodecContext } from '../url/codec';
import type { AlignedDay, Alignment } from '../core/alignment';
import { clampDay } from '../time/day';
import type { AtlasData } from './atlas-data';
import { firstCaseDays, type FirstCaseDay } from './first-case';

export interface DayRange {
  min: number;
  max: number;
}

function selectedOutbreaks(data: AtlasData, outbreak: string) {
  const chosen = data.outbreaks.filter((o) => outbreak === 'all' || o.id === outbreak);
  return chosen.length ? chosen : data.outbreaks;
}

/** Calendar days spanned by the outbreak's period, or by all of them for "all" (or an unknown id). */
export function calendarRange(data: AtlasData, outbreak: string): DayRange {
  const list = selectedOutbreaks(data, outbreak);
  return {
    min: Math.min(...list.map((o) => dayNumber(o.period.start))),
    max: Math.max(...list.map((o) => dayNumber(o.period.end))),
  };
}

const firstCaseCache = new WeakMap<AtlasData, ReadonlyMap<string, FirstCaseDay>>();

/** Day 0 of each outbreak in first-case mode (its first reported case), computed once per data set. */
export function firstCaseDaysOf(data: AtlasData): ReadonlyMap<string, FirstCaseDay> {
  let days = firstCaseCache.get(data);
  if (!days) {
    days = firstCaseDays(data.outbreaks, data.features);
    firstCaseCache.set(data, days);
  }
  return days;
}

const firstCaseDayNumber = (data: AtlasData, outbreak: { id: string; period: { start: string } }): number =>
  firstCaseDaysOf(data).get(outbreak.id)?.day ?? dayNumber(outbreak.period.start);

/**
 * Days since the first case spanned by the outbreak, or by all of them: from its first day (before day 0 when the
 * report starts before the first case, as Heze's does: day −1) to its last.
 */
export function alignedRange(data: AtlasData, outbreak: string): DayRange {
  const list = selectedOutbreaks(data, outbreak);
  return {
    min: Math.min(0, ...list.map((o) => dayNumber(o.period.start) - firstCaseDayNumber(data, o))),
    max: Math.max(0, ...list.map((o) => dayNumber(o.period.end) - firstCaseDayNumber(data, o))),
  };
}

/** The slider's range in its own days. */
export function sliderRange(data: AtlasData, outbreak: string, align: Alignment): DayRange {
  return align === 'first-case' ? alignedRange(data, outbreak) : calendarRange(data, outbreak);
}

export { clampDay };

/** The range spanning both (a draft under review widens the slider to its days); `extra` null leaves it as it is. */
export const widenRange = (range: DayRange, extra: DayRange | null): DayRange => (extra ? { min: Math.min(range.min, extra.min), max: Math.max(range.max, extra.max) } : range);

/** Converts a calendar day of an outbreak to the slider's day. */
export type CursorDayScale = (calendarDay: number, outbreakId: string) => number;

export function cursorDayScale(data: AtlasData, align: Alignment): CursorDayScale {
  if (align === 'calendar') return (calendarDay) => calendarDay;
  const starts = new Map(data.outbreaks.map((o) => [o.id, firstCaseDayNumber(data, o)]));
  return (calendarDay, outbreakId) => calendarDay - (starts.get(outbreakId) ?? 0);
}

export function codecContext(data: AtlasData): CodecContext {
  const aligned = alignedRange(data, 'all');
  return {
    outbreakIds: data.outbreaks.map((o) => o.id),
    featureOutbreak: new Map(data.features.map((f) => [f.feature.properties.id, f.outbreakId])),
    calendarRange: (outbreak) => calendarRange(data, outbreak),
    minAlignDay: aligned.min,
    maxAlignDay: aligned.max,
  };
}

/**
 * The day shown after picking another outbreak: in calendar mode the same date when it lies in that outbreak's
 * period, else its first day; in first-case mode its day 0.
 */
export function dayAfterPicking(data: AtlasData, view: AlignedDay, outbreak: string): number {
  if (view.align === 'first-case') return 0;
  const range = calendarRange(data, outbreak);
  return view.day >= range.min && view.day <= range.max ? view.day : range.min;
}

/**
 * The day shown after switching the alignment: the same moment of the selected outbreak (clamped to the new
 * range); with all outbreaks, whose first-case days do not share one date, day 0 (aligned) or the first date.
 */
export function dayAfterAligning(data: AtlasData, view: AlignedDay & { outbreak: string }, align: Alignment): number {
  if (align === view.align) return view.day;
  const range = sliderRange(data, view.outbreak, align);
  const outbreak = data.outbreaks.find((o) => o.id === view.outbreak);
  if (!outbreak) return align === 'first-case' ? 0 : range.min;
  const start = firstCaseDayNumber(data, outbreak);
  return clampDay(align === 'first-case' ? view.day - start : view.day + start, range);
}

/** The day as it appears in a file name: the ISO date, or `day-N` in first-case mode. */
export function dayFileLabel(view: AlignedDay): string {
  return view.align === 'first-case' ? `day-${view.day}` : isoOfDay(view.day);
}
