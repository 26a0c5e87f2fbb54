/**
 * Loads the bundled data over HTTP: geo/index.json names the outbreak files and gazetteer files; each outbreak
 * is checked with the one zod schema. Report texts are fetched later, when a feature is opened. What the app
 * derives from the files (event days, search keys) is assembled above this layer, in src/model/atlas-data.ts.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AdminAreaProperties } from './gazetteer';
import { outbreakFileSchema, type OutbreakFile } from './schema';

export interface DataIndex {
  outbreaks: string[];
  counties: string;
  prefectures: string;
  /** The official record's meta.json (src/official/decode.ts reads it and the year files it names). */
  official?: string;
  /** Feature id → pinyin syllables of its name, for the search (written at build). */
  search?: string;
}

export type AdminAreas = FeatureCollection<Polygon | MultiPolygon, AdminAreaProperties>;

export interface AtlasFiles {
  /** Outbreak files as fetched (not yet checked), and their paths for error messages. */
  outbreaks: unknown[];
  names: string[];
  counties: AdminAreas;
  prefectures: AdminAreas;
  /** Feature id → pinyin syllables of its name; empty when the build wrote none. */
  searchNames: Record<string, string[]>;
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

export async function fetchAtlasFiles(baseUrl = './', fetcher: typeof fetch = fetch): Promise<AtlasFiles> {
  const index = (await fetchJson(`${baseUrl}geo/index.json`, fetcher)) as DataIndex;
  const [outbreaks, counties, prefectures, searchNames] = await Promise.all([
    Promise.all(index.outbreaks.map((path) => fetchJson(`${baseUrl}${path}`, fetcher))),
    fetchJson(`${baseUrl}${index.counties}`, fetcher),
    fetchJson(`${baseUrl}${index.prefectures}`, fetcher),
    index.search ? fetchJson(`${baseUrl}${index.search}`, fetcher) : {},
  ]);
  return { outbreaks, names: index.outbreaks, counties: counties as AdminAreas, prefectures: prefectures as AdminAreas, searchNames: searchNames as Record<string, string[]> };
}

/** Each file checked with the one schema; the first problem of a bad file is the error. */
export function parseOutbreakFiles(files: readonly unknown[], names: readonly string[] = []): OutbreakFile[] {
  return files.map((json, i) => {
    const parsed = outbreakFileSchema.safeParse(json);
    if (!parsed.success) throw new DataLoadError(`${names[i] ?? `file ${i}`}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  });
}
