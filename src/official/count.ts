/**
 * `official:count` as pure functions: check the dates, then answer each from the day index. A day without a list
 * of a level answers null for it and names the level in `noData` (no data is not zero).
 */
import { dayNumber, isoOfDay } from '../core/calendar-day';
import type { RiskLevel } from './codes';
import type { OfficialDayIndex } from './day-index';
import { RECORD_FIRST_DATE, RECORD_LAST_DATE } from './schema';

export interface CountLine {
  date: string;
  high: number | null;
  medium: number | null;
  noData?: RiskLevel[];
}

export type DateCheck = { ok: true; days: number[] } | { ok: false; errors: string[] };

export const COUNT_USAGE = `usage: npm run -s official:count -- <YYYY-MM-DD>... (dates from ${RECORD_FIRST_DATE} to ${RECORD_LAST_DATE})`;

export function checkDates(args: readonly string[]): DateCheck {
  if (args.length === 0) return { ok: false, errors: [`no date given; ${COUNT_USAGE}`] };
  const [first, last] = [dayNumber(RECORD_FIRST_DATE), dayNumber(RECORD_LAST_DATE)];
  const errors: string[] = [];
  const days: number[] = [];
  for (const arg of args) {
    const day = dayNumber(arg);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(arg)) errors.push(`${JSON.stringify(arg)} is not a date in the form YYYY-MM-DD`);
    else if (Number.isNaN(day)) errors.push(`${arg} is not a calendar date`);
    else if (day < first || day > last) errors.push(`${arg} is outside the record (${RECORD_FIRST_DATE} to ${RECORD_LAST_DATE})`);
    else days.push(day);
  }
  return errors.length ? { ok: false, errors } : { ok: true, days };
}

/** Years whose chunk is needed to answer these days. */
export function yearsOf(days: readonly number[]): number[] {
  return [...new Set(days.map((day) => Number(isoOfDay(day).slice(0, 4))))].sort();
}

export function countLine(index: OfficialDayIndex, day: number): CountLine {
  const counts = index.countsOn(day);
  const line: CountLine = { date: isoOfDay(day), high: counts.high, medium: counts.medium };
  const noData = (['high', 'medium'] as const).filter((level) => counts[level] === null);
  if (noData.length) line.noData = noData;
  return line;
}
