/**
 * Outbreak episodes of the official record, by one stated rule (tests/unit/official/episodes.test.ts). Pure.
 *
 * - Unit: the prefecture-level division of an area (地级市, 自治州, 地区, 盟); each of 北京, 天津, 上海 and 重庆 is one
 *   unit; an area whose chain has no prefecture (济源市, 仙桃市) is its own unit under its county-level name. The
 *   caller assigns the units (src/national/admin-units.ts, the national view's prefecture level) and passes the
 *   areas in force per unit and day, high and medium.
 * - Episode: a maximal span from a day with ≥ 1 area in force to a day with ≥ 1 area in force, with no run of more
 *   than EPISODE_GAP_DAYS days that have a list but no area in force. A day without any list (2021-11-01) is
 *   "no data": it neither breaks nor extends an episode, and counts nothing.
 * - peak: most areas in force on one day; peakDay: the first such day; areaDays: the sum over the days.
 */

/** The longest run of list days with no area in force that still belongs to one episode. */
export const EPISODE_GAP_DAYS = 14;

export interface UnitDay {
  high: number;
  medium: number;
}

export interface EpisodeSpan {
  /** Day numbers (src/core/calendar-day.ts), first and last day with ≥ 1 area in force. */
  start: number;
  end: number;
  peak: number;
  peakDay: number;
  areaDays: number;
}

/**
 * Episodes of one unit. `days[i]` is the unit's count on day `firstDay + i`, or null on a day without any list
 * (the caller decides from the record's coverage: no high and no medium list).
 */
export function findEpisodes(firstDay: number, days: ReadonlyArray<UnitDay | null>): EpisodeSpan[] {
  const episodes: EpisodeSpan[] = [];
  let open: EpisodeSpan | undefined;
  let emptyListDays = 0;
  for (let i = 0; i < days.length; i += 1) {
    const counts = days[i];
    if (counts === null) continue;
    const total = counts.high + counts.medium;
    if (total === 0) {
      emptyListDays += 1;
      continue;
    }
    const day = firstDay + i;
    if (open && emptyListDays > EPISODE_GAP_DAYS) {
      episodes.push(open);
      open = undefined;
    }
    if (!open) open = { start: day, end: day, peak: 0, peakDay: day, areaDays: 0 };
    open.end = day;
    open.areaDays += total;
    if (total > open.peak) [open.peak, open.peakDay] = [total, day];
    emptyListDays = 0;
  }
  if (open) episodes.push(open);
  return episodes;
}

/** `<unit adcode>-<start YYYYMMDD>`: stable across rebuilds as long as the unit and the first day stay. */
export function episodeId(adcode: string, startDate: string): string {
  return `${adcode}-${startDate.replaceAll('-', '')}`;
}
