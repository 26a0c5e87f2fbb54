/**
 * What the official record knew of a place the draft placed at an official area (official-match.ts): its runs on
 * the national lists ("the official lists have 裕民小区 high 2022-10-12..2022-10-20, medium 2022-10-20..2022-10-27"),
 * and whether the report's dates agree with them. A change the report dates more than a day away from where the
 * record shows it is flagged; the record is not corrected and neither is the report: the reviewer decides.
 *
 * Agreement rules (the record lists high and medium areas; an area absent from the lists is not "low", it is
 * simply not listed):
 * - high-risk / medium-risk on D: a run of that level starts within a day of D, or covers D;
 * - low-risk / lifted on D: the last day the area is listed (any level) before D + 1 is D − 1 within a day;
 * - other statuses are not compared. A date with no run within 30 days says nothing (no flag, the note shows the runs).
 */
import type { LocalizedText, OutbreakEvent } from '../data/schema';
import type { OfficialInterval } from '../official/schema';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import { bilingual } from './texts';

export interface Run { level: OfficialInterval['level']; first: number; last: number }

const LEVEL_ZH = { high: '高风险', medium: '中风险' } as const;
const NEAR = 30;

/** Intervals of one area as runs: consecutive days at one level joined (the record splits them at years and counts). */
export function runsOf(intervals: readonly OfficialInterval[]): Run[] {
  const sorted = [...intervals].sort((a, b) => a.first - b.first || a.level.localeCompare(b.level));
  const runs: Run[] = [];
  for (const i of sorted) {
    const open = [...runs].reverse().find((r) => r.level === i.level);
    if (open && i.first <= open.last + 1) open.last = Math.max(open.last, i.last);
    else runs.push({ level: i.level, first: i.first, last: i.last });
  }
  return runs.sort((a, b) => a.first - b.first);
}

const span = (r: Run) => `${isoOfDay(r.first)}..${isoOfDay(r.last)}`;

/** One event against the runs: undefined when they agree or say nothing, else why not (zh / en). */
export function disagreement(event: Pick<OutbreakEvent, 'date' | 'status'>, runs: readonly Run[]): LocalizedText | undefined {
  const day = dayNumber(event.date);
  if (!runs.some((r) => r.first - NEAR <= day && day <= r.last + NEAR)) return undefined;
  if (event.status === 'high-risk' || event.status === 'medium-risk') {
    const level = event.status === 'high-risk' ? 'high' : 'medium';
    const same = runs.filter((r) => r.level === level);
    if (same.some((r) => Math.abs(r.first - day) <= 1 || (r.first <= day && day <= r.last))) return undefined;
    const nearest = same.sort((a, b) => Math.abs(a.first - day) - Math.abs(b.first - day))[0];
    return nearest
      ? bilingual(`报道 ${event.date} 为${LEVEL_ZH[level]}区，官方名单自 ${isoOfDay(nearest.first)} 起列为${LEVEL_ZH[level]}区`, `the report has it ${level} from ${event.date}, the official lists from ${isoOfDay(nearest.first)}`)
      : bilingual(`报道 ${event.date} 为${LEVEL_ZH[level]}区，官方名单在此前后未将其列为${LEVEL_ZH[level]}区`, `the report has it ${level} from ${event.date}; the official lists never have it ${level} around then`);
  }
  if (event.status === 'low-risk' || event.status === 'lifted') {
    const lastListed = Math.max(...runs.filter((r) => r.first <= day + 1).map((r) => r.last));
    if (!Number.isFinite(lastListed) || Math.abs(lastListed + 1 - day) <= 1) return undefined;
    return bilingual(`报道自 ${event.date} 起解除或降为低风险，官方名单最后一次列出是 ${isoOfDay(lastListed)}`, `the report ends it on ${event.date}, the official lists last have it on ${isoOfDay(lastListed)}`);
  }
  return undefined;
}

/** The note (what the record knew) and the flag (where the report disagrees by more than a day). */
export function officialRecord(name: string, intervals: readonly OfficialInterval[], events: ReadonlyArray<Pick<OutbreakEvent, 'date' | 'status'>>): { note: LocalizedText; flag?: LocalizedText } {
  const runs = runsOf(intervals);
  const shown = runs.slice(0, 6);
  const more = runs.length > shown.length ? ` …(${runs.length})` : '';
  const note = runs.length === 0
    ? bilingual(`官方名单有${name}这一地区，但没有其列入高、中风险区的日期`, `the official lists have ${name} but no day it was listed high or medium`)
    : bilingual(`官方名单记录：${name} ${shown.map((r) => `${LEVEL_ZH[r.level]} ${span(r)}`).join('，')}${more}`, `the official lists have ${name} ${shown.map((r) => `${r.level} ${span(r)}`).join(', ')}${more}`);
  const differences = events.map((e) => disagreement(e, runs)).filter((d): d is LocalizedText => d !== undefined);
  if (differences.length === 0) return { note };
  return { note, flag: bilingual(`报道与官方名单相差一天以上：${differences.map((d) => d.zh).join('；')}`, `report and official lists differ by more than a day: ${differences.map((d) => d.en).join('; ')}`) };
}
