/** The calendar day behind a slider day in "days since first case" mode (day N of one outbreak is a real date). */
import type { CursorDayScale } from './periods';

/**
 * The inverse of the slider's scale for one outbreak: the calendar day that is slider day `cursorDay` of
 * `outbreakId`. Derived from the scale itself (its offset is the same for every day), so it follows whatever
 * day 0 the scale is built on.
 */
export function calendarDayOf(toCursorDay: CursorDayScale, cursorDay: number, outbreakId: string): number {
  return cursorDay - toCursorDay(0, outbreakId);
}
