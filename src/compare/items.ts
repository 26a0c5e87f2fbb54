/**
 * What the compare view can compare: every episode of episodes.json and every report outbreak, each with its names
 * in 汉字 and English for the legend and the search, and the curve of each chosen one (series.ts). Pure.
 */
import type { Outbreak } from '../data/schema';
import { foldSearchText } from '../filters/search-text';
import { firstCaseDay } from '../model/first-case';
import { reportCoversEpisode } from '../national/episode-scope';
import { episodeLines, type EpisodeLine, type OfficialEpisodes } from '../official/episode-file';
import { dayNumber } from '../core/calendar-day';
import { episodeCurve, reportEpisodeCurve, reportEventsCurve, type Curve } from './series';

export interface CompareItem {
  id: string;
  kind: 'episode' | 'report';
  zh: string;
  en: string;
  searchKey: string;
}

/** Per report, its events (their dated days) and first-case events, as the atlas data holds them. */
export interface ReportFeatures {
  outbreakId: string;
  feature: { properties: { events: ReadonlyArray<{ date: string; status: string }> } };
}

const episodeNames = (line: EpisodeLine, unitEn: ReadonlyMap<string, string>) => {
  const en = (unitEn.get(line.unit) ?? line.unit).replace(/ Shi$/, '');
  return { zh: `${line.unit} ${line.start}`, en: `${en} from ${line.start}` };
};

export function compareItems(file: OfficialEpisodes, unitEn: ReadonlyMap<string, string>, outbreaks: readonly Outbreak[]): CompareItem[] {
  const reports = outbreaks.map((o) => ({ id: o.id, kind: 'report' as const, zh: o.title, en: o.titleEn, searchKey: foldSearchText(`${o.title}|${o.titleEn}|${o.city}|${o.id}`) }));
  const episodes = episodeLines(file).map((line) => {
    const names = episodeNames(line, unitEn);
    return { id: line.id, kind: 'episode' as const, ...names, searchKey: foldSearchText(`${line.unit}|${line.province}|${names.en}|${line.id}`) };
  });
  return [...reports, ...episodes];
}

/** The curve of a report outbreak: on its covering episode (the largest peak of several), else its own events. */
export function reportCurve(file: OfficialEpisodes, outbreak: Outbreak, features: readonly ReportFeatures[]): Curve {
  const own = features.filter((f) => f.outbreakId === outbreak.id).map((f) => f.feature);
  const first = firstCaseDay(outbreak, own).day;
  const covering = episodeLines(file).filter((line) => reportCoversEpisode(outbreak, line)).sort((a, b) => b.peak - a.peak)[0];
  const onEpisode = covering && reportEpisodeCurve(file, outbreak.id, covering.id, first);
  if (onEpisode) return onEpisode;
  const eventDays = features.filter((f) => f.outbreakId === outbreak.id).flatMap((f) => f.feature.properties.events.map((e) => dayNumber(e.date)));
  return reportEventsCurve(outbreak.id, first, dayNumber(outbreak.period.end), eventDays);
}

export function curveOf(id: string, file: OfficialEpisodes, outbreaks: readonly Outbreak[], features: readonly ReportFeatures[]): Curve | null {
  const outbreak = outbreaks.find((o) => o.id === id);
  return outbreak ? reportCurve(file, outbreak, features) : episodeCurve(file, id);
}
