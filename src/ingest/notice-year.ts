/**
 * The year of a notice or news item written outside its sentences: a dateline (央视新闻客户端 2021-05-29 11:05), a
 * notice number (2021 第17号通告, 〔2021〕17号, （2021）第3号) or a publication line (发布时间：2021-05-29,
 * 来源：… 2021/05/29). The sentences themselves often write only 5月28日; the page around them says the year.
 * These forms are read before any year guessed from the text (resolveYear in dates.ts).
 */
import type { LocalizedText } from '../data/schema';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import { bilingual } from './texts';

export interface NoticeYear {
  year: number;
  form: 'dateline' | 'notice-number' | 'publication-line';
  /** The words it was read from. */
  source: string;
  /** The item's own day (ISO), when the form writes month and day (a dateline, a publication line). */
  date?: string;
  evidence: LocalizedText;
}

const ERA = (y: number) => y >= 2019 && y <= 2023;
/** A line that is only a date (and a clock time), with at most a short source name before it. */
const DATELINE = /^[^\n，。,:：]{0,24}?(?<!\d)(20\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/mu;
/** 2021 第17号通告, 2021年第17号, 〔2021〕17号, （2021）第3号, [2021]5号. */
const NOTICE_NUMBER = /(?:[〔［[（(【]\s*(20\d{2})\s*[〕］\]）)】]\s*第?\s*\d{1,4}\s*号|(?<![\d-])(20\d{2})\s*年?\s*第\s*\d{1,4}\s*号)/u;
/** 发布时间：2021-05-29, 发布日期：2021年5月29日, 时间：2021/05/29, 来源：…（2021-05-29）. */
const PUBLICATION = /(?:发布时间|发布日期|发文日期|成文日期|更新时间|日期|时间)\s*[：:]\s*(20\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;

const FORM_TEXT: Record<NoticeYear['form'], LocalizedText> = {
  dateline: bilingual('电头日期', 'the dateline'),
  'notice-number': bilingual('通告文号', 'the notice number'),
  'publication-line': bilingual('发布时间行', 'the publication line'),
};

/** The ISO day of a written year, month and day, or undefined when there is no such day (2月30日). */
function writtenDay(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const number = dayNumber(iso);
  return Number.isNaN(number) || isoOfDay(number) !== iso ? undefined : iso;
}

/** The year of the first of these forms the text has, dateline first (it heads the item). */
export function noticeYear(text: string): NoticeYear | undefined {
  const found: Array<[NoticeYear['form'], RegExpExecArray | null, (m: RegExpExecArray) => string]> = [
    ['dateline', DATELINE.exec(text), (m) => m[1]],
    ['notice-number', NOTICE_NUMBER.exec(text), (m) => m[1] ?? m[2]],
    ['publication-line', PUBLICATION.exec(text), (m) => m[1]],
  ];
  for (const [form, match, yearOf] of found) {
    if (!match) continue;
    const year = Number(yearOf(match));
    if (!ERA(year)) continue;
    const source = match[0].trim();
    const what = FORM_TEXT[form];
    const date = form === 'notice-number' ? undefined : writtenDay(year, Number(match[2]), Number(match[3]));
    return { year, form, source, ...(date && { date }), evidence: bilingual(`${what.zh}写有 ${year} 年：“${source}”`, `${what.en} gives ${year}: "${source}"`) };
  }
  return undefined;
}
