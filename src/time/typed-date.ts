/**
 * A date a reader types: 2022-11-30, 2022/11/30, 2022.11.30, 20221130 or 2022年11月30日 (a calendar day in
 * China). Out of range → the nearest day in range, said so; not a date → nothing, said so.
 */
import { dayNumber, isoOfDay } from '../core/calendar-day';

export type TypedDate =
  | { status: 'ok'; day: number }
  | { status: 'clamped'; day: number; typed: string }
  | { status: 'invalid'; typed: string };

const FORMS = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
];

export function parseTypedDate(text: string, min: number, max: number): TypedDate {
  const typed = text.trim().replace(/\s+/g, '');
  for (const form of FORMS) {
    const match = form.exec(typed);
    if (!match) continue;
    const day = dayNumber(`${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`);
    if (Number.isNaN(day)) break;
    if (day < min || day > max) return { status: 'clamped', day: Math.min(max, Math.max(min, day)), typed: isoOfDay(day) };
    return { status: 'ok', day };
  }
  return { status: 'invalid', typed: text.trim() };
}
