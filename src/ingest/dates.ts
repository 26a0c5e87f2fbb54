/**
 * Date resolution for report sentences: explicit `M月D日`, a bare `D日` read against the last stated date,
 * 当天/当日/同日/次日, clock times and ranges. The context (last resolved date) runs through the report in
 * order, because Chinese news writes the month once and then only days or 当天.
 */
import type { LocalizedText } from '../data/schema';
import { isEraYear } from '../data/era';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import { noticeYear } from './notice-year';
import { bilingual } from './texts';

export type YearBasis = 'stated' | 'inferred';

export interface YearInfo {
  year: number;
  basis: YearBasis;
  /** Why this year, for the draft's `yearEvidence` (zh and en). */
  evidence: LocalizedText;
  /** Set when nothing in the text points to the year (only COVID vocabulary): a guess the user should replace. */
  assumed?: boolean;
}

export type DateHow = 'explicit' | 'day-only' | 'relative' | 'range-end';

export interface DateMention {
  /** Offset of the date expression in the sentence. */
  at: number;
  date: string;
  time?: string;
  how: DateHow;
  /** The words it was read from, for notes ("次日", "15日"). */
  source: string;
  /**
   * Set when a date was written with 24时 (5月28日24时): that is the end of 05-28, so the mention is dated the next
   * day (05-29) at 00:00, the first moment the measure is in force; `written` keeps the day as written.
   */
  endOfDay?: { written: string };
  /**
   * Set when a date written without a year was put in the year before the report's, because in the report's year it
   * would lie more than half a year after the item's own date (12月31日 in an item dated 2021-01-02): `page` is that date.
   */
  yearBefore?: { page: string };
}

export interface DateContext {
  year: number;
  month?: number;
  day?: number;
  /** The item's own day (its dateline or publication line, day number): no date it writes lies half a year after it. */
  pageDay?: number;
}

/** Half a year: farther ahead than any notice announces, nearer than a wrong year. */
const MAX_DAYS_AHEAD_OF_PAGE = 183;

/** The date context a report starts with: its year, and its own day when a dateline or publication line of that year writes it. */
export function reportDateContext(text: string, year: number): DateContext {
  const page = noticeYear(text);
  return page?.date && page.year === year ? { year, pageDay: dayNumber(page.date) } : { year };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date of a calendar day, or undefined when there is no such day (2月30日). One day arithmetic: core/calendar-day.ts. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return Number.isNaN(dayNumber(iso)) ? undefined : iso;
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 0–99 in digits or Chinese numerals (十二, 二十三, 零). */
export function parseNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  return s.length === 1 && s in CN_DIGITS ? CN_DIGITS[s] : undefined;
}

/** `下午5时` → 17:00, `晚8时` → 20:00, `零时`/`0时` → 00:00, `12时` → 12:00. */
export function clockTime(dayPart: string | undefined, hourText: string, minuteText?: string): string | undefined {
  let hour = parseNumber(hourText);
  if (hour === undefined || hour > 24) return undefined;
  if (dayPart && /下午|晚|傍晚|夜/.test(dayPart) && hour < 12) hour += 12;
  if (dayPart && /中午/.test(dayPart) && hour < 6) hour += 12;
  if (hour === 24) hour = 0;
  let minute = 0;
  if (minuteText === '半') minute = 30;
  else if (minuteText) minute = parseNumber(minuteText.replace(/分$/, '')) ?? 0;
  if (minute > 59) return undefined;
  return `${pad(hour)}:${pad(minute)}`;
}

const NUM = '\\d{1,2}|[零〇一二两三四五六七八九十]{1,3}';
/** Month and day in digits or Chinese numerals (三月, 十二月, 二十三日, 三十一日), as notices write them. */
const CN_MONTH = '十[一二]?|[一二三四五六七八九]';
const CN_DAY = '[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
/** A year in digits or in Chinese numerals (二〇二二年). */
const YEAR = '\\d{4}|[〇零一二三四五六七八九]{4}';
/**
 * One pattern, alternatives in priority order: full date, bare day, relative day word, clock time.
 * A bare `D日` must not follow a digit, 月 or a counting word (连续7日, 第3日) and must not be a duration (7日内);
 * `N号` after a road or before a building (北湖北路15号小区, 9号楼) is a house number.
 * A bare day in Chinese numerals (七日) counts only as the end of a range (五日至七日) or before a comma or 起,
 * because 一日/三日 are also durations (一日三餐).
 */
const DATE_PATTERN = new RegExp(
  [
    `(?<full>(?:(?<y>${YEAR})年)?(?<m>\\d{1,2}|${CN_MONTH})月(?<d>\\d{1,2}|${CN_DAY})[日号])`,
    `(?<![\\d月连续近第每共满前后路街道巷弄里楼栋])(?<bare>(?<bd>\\d{1,2})[日号])(?![内以来后楼院小栋单门室])`,
    `(?<=[至到—~～－])(?<cbare>(?<cbd>${CN_DAY})日)|(?<![\\d月连续近第每共满前后零〇一二三四五六七八九十])(?<cbare2>(?<cbd2>${CN_DAY})日)(?=[，,、起零凌上中下晚早])`,
    `(?<rel>当天|当日|同日|同一天|是日|次日|翌日|第二天|隔天|前一天|前一日|今天|今日|昨天|昨日)`,
    `(?<clock>(?<part>凌晨|早上|上午|中午|下午|傍晚|晚上|夜间|晚)?(?<h>${NUM})(?:时|点(?=[起前后至到许半左整，,]|\\d{1,2}分))(?<min>半|\\d{1,2}分)?)`,
  ].join('|'),
  'gu',
);

const FULL_DATE = new RegExp(`(?:\\d{1,2}|${CN_MONTH})月(?:\\d{1,2}|${CN_DAY})[日号]`, 'u');

/** Does the text write any month and day (3月5日, 三月五日)? Without one, nothing can be dated. */
export function hasFullDate(text: string): boolean {
  return FULL_DATE.test(text);
}

/** 2022 or 二〇二二 → 2022. */
export function parseYear(s: string): number | undefined {
  if (/^\d{4}$/.test(s)) return Number(s);
  const digits = [...s].map((c) => CN_DIGITS[c]);
  return digits.length === 4 && digits.every((d) => d !== undefined && d <= 9) ? Number(digits.join('')) : undefined;
}

const RELATIVE_OFFSET: Record<string, number> = {
  当天: 0, 当日: 0, 同日: 0, 同一天: 0, 是日: 0, 次日: 1, 翌日: 1, 第二天: 1, 隔天: 1, 前一天: -1, 前一日: -1,
  // Against the last date written, which in news is the dateline (记者4月15日获悉…昨日…).
  今天: 0, 今日: 0, 昨天: -1, 昨日: -1,
};

export interface SentenceDates {
  mentions: DateMention[];
  /** Context after this sentence: the last full date seen. */
  context: DateContext;
}

/**
 * Resolves every date in one sentence against the running context. A clock time attaches to the date just before
 * it, or to the context date when the sentence starts with a time (当天下午5时 is handled as 当天 + 下午5时).
 */
export function resolveSentenceDates(sentence: string, context: DateContext): SentenceDates {
  let ctx = { ...context };
  const mentions: DateMention[] = [];
  const current = () => (ctx.month && ctx.day ? isoDate(ctx.year, ctx.month, ctx.day) : undefined);
  for (const match of sentence.matchAll(DATE_PATTERN)) {
    const g = match.groups ?? {};
    const at = match.index ?? 0;
    const previous = mentions[mentions.length - 1];
    const between = previous ? sentence.slice(previous.at + previous.source.length, at) : '';
    const isRangeEnd = previous !== undefined && /^\s*(至|到|—+|-|－|～|~)\s*$/u.test(between);
    if (g.full) {
      const month = parseNumber(g.m) ?? 0;
      const day = parseNumber(g.d) ?? 0;
      const written = g.y ? parseYear(g.y) : undefined;
      let year = written ?? ctx.year;
      // A run of dates crossing New Year (12月 … 1月) moves to the next year unless the year is written.
      if (!written && ctx.month && month < ctx.month - 6) year += 1;
      let date = isoDate(year, month, day);
      if (!date) continue;
      // A report looks back, not forward: 12月31日 in an item dated 2021-01-02 is the last day of 2020.
      const page = ctx.pageDay;
      const yearBefore = !written && page !== undefined && dayNumber(date) - page > MAX_DAYS_AHEAD_OF_PAGE ? isoDate(year - 1, month, day) : undefined;
      if (yearBefore) [date, year] = [yearBefore, year - 1];
      // A written year (——2020年1月…, a look back) dates that mention only; the running year stays the report's.
      ctx = { ...ctx, year: written ? ctx.year : year, month, day };
      mentions.push({ at, date, how: isRangeEnd ? 'range-end' : 'explicit', source: match[0], ...(yearBefore && page !== undefined && { yearBefore: { page: isoOfDay(page) } }) });
    } else if (g.bare || g.cbare || g.cbare2) {
      if (!ctx.month || !ctx.day) continue;
      const day = parseNumber(g.bd ?? g.cbd ?? g.cbd2) ?? 0;
      let { year, month } = ctx;
      // 30日 … 2日: a day well before the context day is in the next month (month rollover);
      // a day shortly before it is a look back within the month.
      if (day < ctx.day - 10) {
        month += 1;
        if (month > 12) { month = 1; year += 1; }
      }
      const date = isoDate(year, month, day);
      if (!date) continue;
      ctx = { ...ctx, year, month, day };
      mentions.push({ at, date, how: isRangeEnd ? 'range-end' : 'day-only', source: match[0] });
    } else if (g.rel) {
      const base = current();
      if (!base) continue;
      const date = addDays(base, RELATIVE_OFFSET[g.rel]);
      const [y, m, d] = date.split('-').map(Number);
      ctx = { ...ctx, year: y, month: m, day: d };
      mentions.push({ at, date, how: 'relative', source: match[0] });
    } else if (g.clock) {
      const time = clockTime(g.part, g.h, g.min);
      if (!time) continue;
      const adjacent = previous && previous.time === undefined && at - (previous.at + previous.source.length) <= 2;
      if (adjacent) {
        previous.time = time;
        if (parseNumber(g.h) === 24) {
          previous.endOfDay = { written: previous.date };
          previous.date = addDays(previous.date, 1);
        }
        previous.source += sentence.slice(previous.at + previous.source.length, at + match[0].length);
      } else if (isRangeEnd) {
        continue; // 0时至12时: the end of a time range adds no event of its own
      } else if (mentions.length === 0 && current() && at <= 2) {
        const endOfDay = parseNumber(g.h) === 24;
        mentions.push({ at, date: endOfDay ? addDays(current()!, 1) : current()!, time, how: 'relative', source: match[0], ...(endOfDay ? { endOfDay: { written: current()! } } : {}) });
      }
    }
  }
  return { mentions, context: ctx };
}

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** 9月10日（星期五）, 9月10日,周五: a date written with its weekday. */
const DATE_WITH_WEEKDAY = /(\d{1,2})月(\d{1,2})日\s*[（(,，]?\s*(?:星期|周|礼拜)([日天一二三四五六])/gu;

/**
 * The COVID-era year (2020–2023) in which every date the text writes with its weekday falls on that weekday; undefined
 * when no date has a weekday or no year (or more than one) fits them all.
 */
export function yearFromWeekdays(text: string): { year: number; evidence: LocalizedText } | undefined {
  const dated = [...text.matchAll(DATE_WITH_WEEKDAY)].map((m) => ({ month: Number(m[1]), day: Number(m[2]), weekday: WEEKDAYS[m[3]], text: m[0] }));
  if (dated.length === 0) return undefined;
  const fits = [2020, 2021, 2022, 2023].filter((year) => dated.every((d) => {
    const iso = isoDate(year, d.month, d.day);
    return iso !== undefined && ((dayNumber(iso) % 7) + 7 + 4) % 7 === d.weekday;
  }));
  if (fits.length !== 1) return undefined;
  const dates = dated.map((d) => d.text).slice(0, 3).join('、');
  return {
    year: fits[0],
    evidence: bilingual(`${dates}：2020–2023 年中只有 ${fits[0]} 年的日期与所写星期相符`,
      `${dates} fall${dated.length === 1 ? 's' : ''} on ${dated.length === 1 ? 'that weekday' : 'those weekdays'} only in ${fits[0]} (of 2020–2023)`),
  };
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** 壬寅年 → 2022: the sexagenary year between 1984 (甲子) and 2043. */
export function sexagenaryYear(name: string): number | undefined {
  const s = STEMS.indexOf(name[0]);
  const b = BRANCHES.indexOf(name[1]);
  if (s < 0 || b < 0 || s % 2 !== b % 2) return undefined;
  for (let n = 0; n < 60; n += 1) if (n % 10 === s && n % 12 === b) return 1984 + n;
  return undefined;
}

/**
 * The year of the report: --year, else the year of a dateline, notice number or publication line (notice-year.ts),
 * else the latest COVID-era year written in the text (`20xx年`), else inferred from a sexagenary year name or the variant named (奥密克戎 → 2022,
 * 德尔塔 → 2021, the years those variants drove local outbreaks in China). Undefined when nothing says.
 */
export function resolveYear(text: string, cliYear?: number): YearInfo | undefined {
  // Only years of the COVID-19 era count: 2002年出生 is a birth year, not the report's.
  // Years in digits or Chinese numerals (2022年, 二〇二二年).
  const written = [...text.matchAll(/(20\d{2}|二[〇零]二[〇零一二三四五六七八九])年/gu)]
    .map((m) => ({ year: parseYear(m[1]) ?? 0, index: m.index ?? 0, text: m[0] }))
    .filter((m) => isEraYear(m.year));
  // A report looks back (2020年2月, the first wave) but not forward: the latest year written is its own.
  const best = written.length ? Math.max(...written.map((m) => m.year)) : undefined;
  const sentenceOf = (at: number) => text.slice(Math.max(0, text.lastIndexOf('\n', at) + 1), Math.max(at + 8, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at))).slice(0, 120);
  const page = noticeYear(text);
  if (cliYear !== undefined) {
    if (page?.year === cliYear && best !== cliYear) return { year: cliYear, basis: 'stated', evidence: bilingual(`--year ${cliYear}；${page.evidence.zh}`, `--year ${cliYear}; ${page.evidence.en}`) };
    if (best === cliYear) return { year: cliYear, basis: 'stated', evidence: bilingual(`--year ${cliYear}；报道写有“${cliYear}年”`, `--year ${cliYear}; the report writes ${cliYear}年`) };
    return { year: cliYear, basis: 'inferred', evidence: bilingual(`年份由命令行 --year ${cliYear} 给出，报道未写明`, `--year ${cliYear} given on the command line; not written in the report`) };
  }
  // The dateline, notice number or publication line is the item's own date: it outranks years the sentences write.
  if (page) return { year: page.year, basis: 'stated', evidence: page.evidence };
  if (best !== undefined) {
    const first = written.find((m) => m.year === best)!;
    return { year: best, basis: 'stated', evidence: bilingual(`报道写有“${first.text}”：“${sentenceOf(first.index)}”`, `the report writes ${first.text}: "${sentenceOf(first.index)}"`) };
  }
  const weekday = yearFromWeekdays(text);
  if (weekday) return { year: weekday.year, basis: 'inferred', evidence: bilingual(`报道未写年份；${weekday.evidence.zh}`, `no year written; ${weekday.evidence.en}`) };
  const gz = /([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])年/u.exec(text);
  const fromGz = gz && sexagenaryYear(gz[1]);
  if (gz && fromGz) return { year: fromGz, basis: 'inferred', evidence: bilingual(`报道写有干支纪年“${gz[1]}年”，即 ${fromGz} 年`, `the report names the year ${gz[1]}年, which is ${fromGz} (sexagenary cycle)`) };
  if (/奥密克戎|Omicron|BA\.\d/iu.test(text)) {
    return { year: 2022, basis: 'inferred', evidence: bilingual('报道未写年份；文中提到奥密克戎变异株，它是 2022 年国内本土疫情的主要毒株', 'no year written; the report names the Omicron variant (奥密克戎), which drove local outbreaks in China in 2022') };
  }
  if (/德尔塔|Delta/iu.test(text)) {
    return { year: 2021, basis: 'inferred', evidence: bilingual('报道未写年份；文中提到德尔塔变异株，它是 2021 年国内本土疫情的主要毒株', 'no year written; the report names the Delta variant (德尔塔), which drove local outbreaks in China in 2021') };
  }
  if (/动态清零/u.test(text)) {
    return {
      year: 2022, basis: 'inferred', assumed: true,
      evidence: bilingual('报道未写年份；文中用“动态清零”，这是 2021 年底至 2022 年的政策用语；暂定 2022 年，请核对并用 --year 指定',
        'no year written; the report uses 动态清零 (dynamic zero-COVID), the policy term of late 2021–2022; 2022 assumed — check and pass --year'),
    };
  }
  if (/新冠|疫情|核酸/u.test(text)) {
    return {
      year: 2022, basis: 'inferred', assumed: true,
      evidence: bilingual('报道未写年份，也未提变异株；“新冠、疫情、核酸”等用语表明在 2020–2022 年间；暂定本土疫情最多的 2022 年，请核对并用 --year 指定',
        'no year written and no variant named; COVID-19 local-outbreak vocabulary (新冠/疫情/核酸) puts it in 2020–2022; 2022 assumed as the year of most such outbreaks — check and pass --year'),
    };
  }
  return undefined;
}
