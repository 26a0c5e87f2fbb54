/**
 * Loads the bundled data over HTTP: geo/index.json names the outbreak files and gazetteer files; each outbreak
 * is checked with the one zod schema. Report texts are fetched later, when a feature is opened.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { searchKeyOf, type FilterableFeature } from '../filters/match';
import { dayNumber } from '../timeline/days';
import type { AdminAreaProperties } from './gazetteer';
import { outbreakFileSchema, type Outbreak, type OutbreakFeature } from './schema';

export interface DataIndex {
  outbreaks: string[];
  counties: string;
  prefectures: string;
  /** The official record's meta.json (src/official/decode.ts reads it and the year files it names). */
  official?: string;
}

export interface AtlasFeature extends FilterableFeature {
  index: number;
  feature: OutbreakFeature;
  eventDays: number[];
}

export interface AtlasData {
  outbreaks: Outbreak[];
  features: AtlasFeature[];
  byId: ReadonlyMap<string, AtlasFeature>;
  counties: FeatureCollection<Polygon | MultiPolygon, AdminAreaProperties>;
  prefectures: FeatureCollection<Polygon | MultiPolygon, AdminAreaProperties>;
}

export class DataLoadError extends Error {}

async function fetchJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  const response = await fetcher(url);
  if (!response.ok) throw new DataLoadError(`${url}: HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(`${url}: not valid JSON`);
  }
}

export async function loadAtlasData(baseUrl = './', fetcher: typeof fetch = fetch): Promise<AtlasData> {
  const index = (await fetchJson(`${baseUrl}geo/index.json`, fetcher)) as DataIndex;
  const [files, counties, prefectures] = await Promise.all([
    Promise.all(index.outbreaks.map((path) => fetchJson(`${baseUrl}${path}`, fetcher))),
    fetchJson(`${baseUrl}${index.counties}`, fetcher),
    fetchJson(`${baseUrl}${index.prefectures}`, fetcher),
  ]);
  return assembleAtlasData(files, counties as AtlasData['counties'], prefectures as AtlasData['prefectures'], index.outbreaks);
}

export function assembleAtlasData(files: unknown[], counties: AtlasData['counties'], prefectures: AtlasData['prefectures'], names: string[] = []): AtlasData {
  const outbreaks: Outbreak[] = [];
  const features: AtlasFeature[] = [];
  files.forEach((json, i) => {
    const parsed = outbreakFileSchema.safeParse(json);
    if (!parsed.success) throw new DataLoadError(`${names[i] ?? `file ${i}`}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    outbreaks.push(parsed.data.outbreak);
    for (const feature of parsed.data.features) {
      features.push({
        index: features.length, outbreakId: parsed.data.outbreak.id, feature, searchKey: searchKeyOf(feature),
        eventDays: feature.properties.events.map((event) => dayNumber(event.date)),
      });
    }
  });
  outbreaks.sort((a, b) => a.period.start.localeCompare(b.period.start));
  return { outbreaks, features, byId: new Map(features.map((f) => [f.feature.properties.id, f])), counties, prefectures };
}
