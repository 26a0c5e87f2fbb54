/**
 * An episode of the official record (src/official/episodes.ts) as a scope of the national view: the period
 * (episode start − 7 .. end + 7, clamped to the record), the day it opens on (the peak), the unit's counts per day
 * over that period, its bounds, and the seed reports it covers. The national view's parts take a scope; without
 * one they cover all China and the whole record. Pure.
 */
import type { Position } from 'geojson';
import type { EpisodeLine, OfficialEpisodes } from '../official/episode-file';
import { dayNumber } from '../core/calendar-day';
import type { DayTotals } from './record';

/** Days shown before an episode's first and after its last day with areas in force. */
export const EPISODE_MARGIN_DAYS = 7;

/** `<adcode>-<YYYYMMDD>`, the shape of episodeId(): an `o` of this shape asks for an episode view. */
export const EPISODE_ID_PATTERN = /^\d{6}-\d{8}$/;

export type Bounds = [[number, number], [number, number]];

export interface EpisodeScope {
  id: string;
  adcode: string;
  /** 汉字 names of the unit and its province. */
  unit: string;
  province: string;
  /** Day numbers: the episode's span, its peak, and the slider's range (the span with the margin, in the record). */
  start: number;
  end: number;
  peak: number;
  peakDay: number;
  /** Areas in force summed over the episode's days (episodes.json). */
  areaDays: number;
  range: { min: number; max: number };
  /** The unit's areas in force per day from range.min; null on a day without any list ("no data", never 0). */
  totals: DayTotals;
}

/**
 * The scope of episode `id`, or null when the file has no such episode. Days in the margin are outside the
 * episode, so by its rule the unit had no area in force on them (an episode ends > 14 list days before the next
 * starts): 0 on a day with a list, null on a day without.
 */
export function episodeScope(file: OfficialEpisodes, id: string, record: { firstDay: number; lastDay: number }): EpisodeScope | null {
  const e = file.episodes;
  const i = e.id.indexOf(id);
  if (i < 0) return null;
  const firstDay = dayNumber(file.firstDate);
  const [start, end] = [firstDay + e.start[i], firstDay + e.end[i]];
  const range = { min: Math.max(record.firstDay, start - EPISODE_MARGIN_DAYS), max: Math.min(record.lastDay, end + EPISODE_MARGIN_DAYS) };
  const noList = new Set(file.noListDays.map((d) => firstDay + d));
  const high: Array<number | null> = [];
  const medium: Array<number | null> = [];
  for (let day = range.min; day <= range.max; day += 1) {
    const inEpisode = day >= start && day <= end;
    high.push(inEpisode ? e.high[i][day - start] : noList.has(day) ? null : 0);
    medium.push(inEpisode ? e.medium[i][day - start] : noList.has(day) ? null : 0);
  }
  const unit = e.unit[i];
  return {
    id, adcode: file.units.adcode[unit], unit: file.units.name[unit], province: file.units.province[unit],
    start, end, peak: e.peak[i], peakDay: firstDay + e.peakDay[i], areaDays: e.areaDays[i], range, totals: { high, medium },
  };
}

/** The unit's counts on a day of its range; both null on a day without a list. */
export function scopeCountsOn(scope: EpisodeScope, day: number): { high: number | null; medium: number | null } {
  const d = day - scope.range.min;
  return { high: scope.totals.high[d] ?? null, medium: scope.totals.medium[d] ?? null };
}

/** [[south, west], [north, east]] of a polygon's or multipolygon's rings (lon/lat positions), or null when empty. */
export function boundsOfRings(rings: ReadonlyArray<ReadonlyArray<Position>>): Bounds | null {
  let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
  }
  return Number.isFinite(south) ? [[south, west], [north, east]] : null;
}

/** The outer and inner rings of an outline (a Polygon or a MultiPolygon). */
export function ringsOf(geometry: { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] }): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Bounds of a unit without an outline: its gazetteer centre ± 0.25° (about a county), or null without a centre. */
export function boundsAroundCentre(centre: [number, number] | undefined): Bounds | null {
  if (!centre) return null;
  const [lon, lat] = centre;
  return [[lat - 0.25, lon - 0.25], [lat + 0.25, lon + 0.25]];
}

export interface ReportPeriod {
  id: string;
  province: string;
  /** The prefecture-level city of the report (安阳市, 菏泽市, 株洲市 for 石峰区). */
  city: string;
  period: { start: string; end: string };
}

/** Whether a seed report and an episode of its prefecture share a day (same province, same unit name). */
export function reportCoversEpisode(report: ReportPeriod, episode: Pick<EpisodeLine, 'province' | 'unit' | 'start' | 'end'>): boolean {
  return report.province === episode.province && report.city === episode.unit && report.period.start <= episode.end && episode.start <= report.period.end;
}

/** The episodes a report covers, and the reports covering an episode: the two-way link between the views. */
export function episodesOfReport(report: ReportPeriod, episodes: readonly EpisodeLine[]): EpisodeLine[] {
  return episodes.filter((episode) => reportCoversEpisode(report, episode));
}
export function reportsOfEpisode<R extends ReportPeriod>(episode: EpisodeLine, reports: readonly R[]): R[] {
  return reports.filter((report) => reportCoversEpisode(report, episode));
}
