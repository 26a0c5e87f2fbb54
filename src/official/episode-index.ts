/**
 * The outbreak index (?o=outbreaks): every episode of geo/official/episodes.json as a row, and the pure rules that
 * filter, search and sort them. Search looks in the unit's and the province's 汉字, pinyin and initials ("西安",
 * "xian", "xa"); the pinyin comes from build/episode-names.ts, made at build time. Pure.
 */
import { z } from '../data/zod';
import { dayNumber, isoOfDay } from '../core/calendar-day';
import { foldSearchText, initialsOf } from '../filters/search-text';
import type { OfficialEpisodes } from './episode-file';

/** Per unit row of episodes.json: the unit's and its province's English name and pinyin syllables. */
export const episodeNamesSchema = z.strictObject({
  unitEn: z.array(z.string()),
  unitSyllables: z.array(z.array(z.string())),
  provinceEn: z.array(z.string()),
  provinceSyllables: z.array(z.array(z.string())),
});
export type EpisodeNames = z.infer<typeof episodeNamesSchema>;

export interface EpisodeRow {
  /** Row of the file's episode columns. */
  index: number;
  id: string;
  unit: string;
  unitEn: string;
  province: string;
  provinceEn: string;
  /** Day numbers (src/core/calendar-day.ts). */
  start: number;
  end: number;
  peakDay: number;
  /** Days from start to end, both counted. */
  duration: number;
  peak: number;
  areaDays: number;
  /** Calendar years the episode is in force in (2021 and 2022 for one over New Year). */
  years: readonly number[];
  /** Folded 汉字, pinyin and initials of unit and province (search-text.ts). */
  searchKey: string;
}

export type SortKey = 'start' | 'peak' | 'duration' | 'areaDays';
export type SortDirection = 'asc' | 'desc';
export const SORT_KEYS: readonly SortKey[] = ['start', 'peak', 'duration', 'areaDays'];
/** The direction a column sorts in when first chosen: the earliest first, the largest first. */
export const DEFAULT_DIRECTION: Record<SortKey, SortDirection> = { start: 'asc', peak: 'desc', duration: 'desc', areaDays: 'desc' };
/** The size filter's thresholds: peak ≥ 10, ≥ 100, ≥ 1000 areas in force on one day. */
export const PEAK_THRESHOLDS = [10, 100, 1000] as const;

export interface IndexQuery {
  sort: SortKey;
  direction: SortDirection;
  /** Province in 汉字, or null for all. */
  province: string | null;
  year: number | null;
  /** Smallest peak shown (0: all). */
  minPeak: number;
  search: string;
}

const yearOf = (day: number) => Number(isoOfDay(day).slice(0, 4));

export function episodeRows(file: OfficialEpisodes, names: EpisodeNames): EpisodeRow[] {
  const first = dayNumber(file.firstDate);
  const e = file.episodes;
  const units = file.units;
  return e.id.map((id, index) => {
    const u = e.unit[index];
    const [start, end] = [first + e.start[index], first + e.end[index]];
    const years: number[] = [];
    for (let year = yearOf(start); year <= yearOf(end); year += 1) years.push(year);
    const syllables = [names.unitSyllables[u], names.provinceSyllables[u]];
    const searchKey = foldSearchText([units.name[u], units.province[u], ...syllables.map((s) => s.join('')), ...syllables.map(initialsOf), names.unitEn[u], names.provinceEn[u], id].join('|'));
    return {
      index, id, unit: units.name[u], unitEn: names.unitEn[u], province: units.province[u], provinceEn: names.provinceEn[u],
      start, end, peakDay: first + e.peakDay[index], duration: end - start + 1, peak: e.peak[index], areaDays: e.areaDays[index], years, searchKey,
    };
  });
}

/** The rows that pass the filters and the search (`needle`: the query folded, search-text.ts `normaliseQuery`). */
export function filterRows(rows: readonly EpisodeRow[], query: IndexQuery, needle = foldSearchText(query.search)): EpisodeRow[] {
  return rows.filter((row) => (query.province === null || row.province === query.province)
    && (query.year === null || row.years.includes(query.year))
    && row.peak >= query.minPeak
    && (needle === '' || row.searchKey.includes(needle)));
}

/** Sorted copy; ties by start, then id, so an order is the same on every load. */
export function sortRows(rows: readonly EpisodeRow[], sort: SortKey, direction: SortDirection): EpisodeRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (a[sort] - b[sort]) || a.start - b.start || a.id.localeCompare(b.id));
}

/** The provinces with an episode, in the order of their pinyin, for the filter's list. */
export function provincesOf(rows: readonly EpisodeRow[]): Array<{ zh: string; en: string }> {
  const byName = new Map(rows.map((row) => [row.province, row.provinceEn]));
  return [...byName].map(([zh, en]) => ({ zh, en })).sort((a, b) => a.en.localeCompare(b.en));
}

export function yearsOf(rows: readonly EpisodeRow[]): number[] {
  return [...new Set(rows.flatMap((row) => row.years))].sort((a, b) => a - b);
}
