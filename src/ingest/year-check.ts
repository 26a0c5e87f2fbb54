/**
 * Does a year given on the command line (`--year`) contradict the report's own dated sentences? `--year` dates the
 * days the report writes without a year; a date written with its year (2022年1月5日) is the report's own evidence.
 * Two contradictions, each quoted from the report:
 * - the report writes a date in a later year than `--year` (a report looks back, never forward: the same rule that
 *   picks the latest year written when no `--year` is given);
 * - the first day written without a year right after a written-year date, in its paragraph, would land more than
 *   half a year from it (2022年1月5日 … 次日 read as 1800-01-06 or 2023-01-06): the run of days the report tells is
 *   torn apart. Only in its paragraph: a 第二天 paragraphs later is about another day (Heze's report quotes
 *   ——2020年2月10日… and speaks of 第二天的任务 further on).
 * A later `--year` after an earlier written date in a paragraph of its own (a look back: 回顾2020年1月23日…, then the
 * report's own 4月2日 in the next paragraph) is no contradiction: `laterThanWritten` lets the tool warn about it.
 */
import { dayNumber } from '../core/calendar-day';
import { parseYear, resolveSentenceDates, type DateContext } from './dates';
import { splitSentences } from './sentences';

/** Half a year: farther than any next day a report tells after a date, nearer than a year's error. */
const MAX_GAP_DAYS = 183;
const WRITTEN_YEAR = /^(\d{4}|[〇零一二三四五六七八九]{4})年/u;

export interface YearConflict {
  /** The date as the report writes it (2022年1月5日) and the sentence it is in. */
  written: string;
  sentence: string;
  /** The date that `--year` would give the next day (absent when the conflict is a later written year). */
  next?: { written: string; date: string };
}

export function yearConflict(text: string, cliYear: number): YearConflict | undefined {
  let context: DateContext = { year: cliYear };
  let latest: { year: number; conflict: YearConflict } | undefined;
  let pending: { day: number; paragraph: number; conflict: YearConflict } | undefined;
  for (const sentence of splitSentences(text)) {
    const resolved = resolveSentenceDates(sentence.text, context);
    context = resolved.context;
    for (const mention of resolved.mentions) {
      const year = WRITTEN_YEAR.exec(mention.source);
      if (year) {
        const conflict = { written: mention.source, sentence: sentence.text };
        const value = parseYear(year[1]) ?? 0;
        if (!latest || value > latest.year) latest = { year: value, conflict };
        pending = { day: dayNumber(mention.date), paragraph: sentence.paragraph, conflict };
      } else if (pending) {
        if (pending.paragraph === sentence.paragraph && Math.abs(dayNumber(mention.date) - pending.day) > MAX_GAP_DAYS) return { ...pending.conflict, next: { written: mention.source, date: mention.date } };
        pending = undefined;
      }
    }
  }
  return latest && latest.year > cliYear ? latest.conflict : undefined;
}

/** The latest date the report writes with a year earlier than `--year` (a look back, or a wrong --year): worth a warning. */
export function laterThanWritten(text: string, cliYear: number): YearConflict | undefined {
  let latest: { year: number; conflict: YearConflict } | undefined;
  for (const sentence of splitSentences(text)) {
    for (const mention of resolveSentenceDates(sentence.text, { year: cliYear }).mentions) {
      const year = WRITTEN_YEAR.exec(mention.source);
      const value = year ? parseYear(year[1]) ?? 0 : 0;
      if (year && (!latest || value > latest.year)) latest = { year: value, conflict: { written: mention.source, sentence: sentence.text } };
    }
  }
  return latest && latest.year < cliYear ? latest.conflict : undefined;
}
