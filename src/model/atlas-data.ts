/**
 * The loaded data as the app uses it: every feature of every outbreak in one array (its position is its id in
 * the timeline, the filters and the map), with its event days parsed once and its search key built once.
 */
import { fetchAtlasFiles, parseOutbreakFiles, type AdminAreas } from '../data/load';
import type { Outbreak, OutbreakFeature } from '../data/schema';
import { searchKeyOf, type FilterableFeature } from '../filters/match';
import { dayNumber } from '../core/calendar-day';

export interface AtlasFeature extends FilterableFeature {
  index: number;
  feature: OutbreakFeature;
  /** Calendar day numbers of its events, in order. */
  eventDays: number[];
}

export interface AtlasData {
  /** By start date. */
  outbreaks: Outbreak[];
  features: AtlasFeature[];
  byId: ReadonlyMap<string, AtlasFeature>;
  counties: AdminAreas;
  prefectures: AdminAreas;
}

export async function loadAtlasData(baseUrl = './', fetcher: typeof fetch = fetch): Promise<AtlasData> {
  const files = await fetchAtlasFiles(baseUrl, fetcher);
  return assembleAtlasData(files.outbreaks, files.counties, files.prefectures, files.names, files.searchNames);
}

export function assembleAtlasData(files: readonly unknown[], counties: AdminAreas, prefectures: AdminAreas, names: readonly string[] = [], searchNames: Readonly<Record<string, readonly string[]>> = {}): AtlasData {
  const outbreaks: Outbreak[] = [];
  const features: AtlasFeature[] = [];
  for (const file of parseOutbreakFiles(files, names)) {
    outbreaks.push(file.outbreak);
    for (const feature of file.features) {
      features.push({
        index: features.length, outbreakId: file.outbreak.id, feature, searchKey: searchKeyOf(feature, searchNames[feature.properties.id]),
        eventDays: feature.properties.events.map((event) => dayNumber(event.date)),
      });
    }
  }
  outbreaks.sort((a, b) => a.period.start.localeCompare(b.period.start));
  return { outbreaks, features, byId: new Map(features.map((f) => [f.feature.properties.id, f])), counties, prefectures };
}
