/**
 * The official record as files for analysts (docs: geo/README.md, "Downloads"): an episode's areas with their
 * intervals as GeoJSON or as CSV with lon/lat, the whole record as intervals (CSV), and the episodes table (CSV).
 * Each CSV comes with GDAL's `.csvt` types and a credit text; each GeoJSON carries the credit as foreign members.
 * Pure: the CLI (scripts/official-download.ts) writes the files, and the browser can hand the same text to a Blob.
 */
import { isoOfDay } from '../core/calendar-day';
import { areaKeyOfAddress } from './area-key';
import type { EpisodeLine } from './episode-file';
import { OFFICIAL_CREDIT, OFFICIAL_SOURCE_URL } from './credit';
import type { OfficialArea, OfficialInterval } from './schema';
import { csvtOf, toTypedCsv, type CsvColumn } from './typed-csv';

export interface DownloadFile {
  name: string;
  mime: string;
  text: string;
}

export interface AreaWithIntervals {
  area: OfficialArea;
  intervals: readonly OfficialInterval[];
}

const daysOf = (intervals: readonly OfficialInterval[], level: 'high' | 'medium') =>
  intervals.filter((i) => i.level === level).reduce((sum, i) => sum + i.last - i.first + 1, 0);
const intervalText = (i: OfficialInterval) => `${isoOfDay(i.first)}..${isoOfDay(i.last)} ${i.level} x${i.count}`;

/** The fields of one area in an episode download (GeoJSON properties; the CSV adds lon and lat). */
const AREA_COLUMNS: ReadonlyArray<CsvColumn<AreaWithIntervals & { episode: string }>> = [
  { name: 'episode_id', type: 'String', value: (r) => r.episode },
  { name: 'area_key', type: 'String', value: (r) => areaKeyOfAddress(r.area.address) },
  { name: 'address', type: 'String', value: (r) => r.area.address },
  { name: 'province', type: 'String', value: (r) => r.area.province },
  { name: 'prefecture', type: 'String', value: (r) => r.area.prefecture },
  { name: 'county', type: 'String', value: (r) => r.area.county },
  { name: 'township', type: 'String', value: (r) => r.area.township },
  { name: 'village', type: 'String', value: (r) => r.area.village },
  { name: 'precision', type: 'String', value: (r) => r.area.precision },
  { name: 'precision_rule', type: 'String', value: (r) => r.area.precisionRule },
  { name: 'flags', type: 'String', value: (r) => r.area.flags.join(';') },
  { name: 'first', type: 'Date', value: (r) => isoOfDay(Math.min(...r.intervals.map((i) => i.first))) },
  { name: 'last', type: 'Date', value: (r) => isoOfDay(Math.max(...r.intervals.map((i) => i.last))) },
  { name: 'high_days', type: 'Integer', value: (r) => daysOf(r.intervals, 'high') },
  { name: 'medium_days', type: 'Integer', value: (r) => daysOf(r.intervals, 'medium') },
  { name: 'intervals', type: 'String', value: (r) => r.intervals.map(intervalText).join('; ') },
];
const POINT_COLUMNS: ReadonlyArray<CsvColumn<AreaWithIntervals>> = [
  { name: 'lon', type: 'Real', value: (r) => r.area.lon },
  { name: 'lat', type: 'Real', value: (r) => r.area.lat },
];

const INTERVAL_COLUMNS: ReadonlyArray<CsvColumn<{ area: OfficialArea; interval: OfficialInterval }>> = [
  { name: 'area_key', type: 'String', value: (r) => areaKeyOfAddress(r.area.address) },
  { name: 'address', type: 'String', value: (r) => r.area.address },
  { name: 'province', type: 'String', value: (r) => r.area.province },
  { name: 'prefecture', type: 'String', value: (r) => r.area.prefecture },
  { name: 'county', type: 'String', value: (r) => r.area.county },
  { name: 'level', type: 'String', value: (r) => r.interval.level },
  { name: 'first', type: 'Date', value: (r) => isoOfDay(r.interval.first) },
  { name: 'last', type: 'Date', value: (r) => isoOfDay(r.interval.last) },
  { name: 'days', type: 'Integer', value: (r) => r.interval.last - r.interval.first + 1 },
  { name: 'entries', type: 'Integer', value: (r) => r.interval.count },
  { name: 'precision', type: 'String', value: (r) => r.area.precision },
  { name: 'precision_rule', type: 'String', value: (r) => r.area.precisionRule },
  { name: 'flags', type: 'String', value: (r) => r.area.flags.join(';') },
  { name: 'lon', type: 'Real', value: (r) => r.area.lon },
  { name: 'lat', type: 'Real', value: (r) => r.area.lat },
];

const EPISODE_COLUMNS: ReadonlyArray<CsvColumn<EpisodeLine>> = [
  { name: 'id', type: 'String', value: (e) => e.id },
  { name: 'province', type: 'String', value: (e) => e.province },
  { name: 'unit', type: 'String', value: (e) => e.unit },
  { name: 'adcode', type: 'String', value: (e) => e.adcode },
  { name: 'start', type: 'Date', value: (e) => e.start },
  { name: 'end', type: 'Date', value: (e) => e.end },
  { name: 'peak', type: 'Integer', value: (e) => e.peak },
  { name: 'peakDay', type: 'Date', value: (e) => e.peakDay },
  { name: 'areaDays', type: 'Integer', value: (e) => e.areaDays },
];

/** The credit and how to read the files, for the sidecar text and the GeoJSON's foreign members. */
export function creditText(what: string): string {
  return [
    what,
    '',
    OFFICIAL_CREDIT.en,
    OFFICIAL_CREDIT.zh,
    `Source: ${OFFICIAL_SOURCE_URL} (MIT licence, (c) 2022 Jin G). Derived by Outbreak Atlas (geo/official/).`,
    'Coordinates: WGS-84 longitude/latitude; "precision" says how well a point locates the area, "flags" what is uncertain.',
    'A point flagged outside-province is not where the area is: lon/lat then give the finest admin centre its address supports.',
    'Column types: the .csvt file beside each CSV (GDAL reads it: ogrinfo -al -so <file>.csv).',
    '',
  ].join('\r\n');
}

function csvFiles<Row>(base: string, what: string, columns: ReadonlyArray<CsvColumn<Row>>, rows: Iterable<Row>): DownloadFile[] {
  return [
    { name: `${base}.csv`, mime: 'text/csv', text: toTypedCsv(columns, rows) },
    { name: `${base}.csvt`, mime: 'text/plain', text: csvtOf(columns) },
    { name: `${base}.txt`, mime: 'text/plain', text: creditText(what) },
  ];
}

const episodeWhat = (episode: EpisodeLine) => `Official risk areas of the outbreak episode ${episode.id}: ${episode.province} ${episode.unit}, ${episode.start} to ${episode.end} (peak ${episode.peak} areas on ${episode.peakDay}).`;

export function episodeCsv(episode: EpisodeLine, areas: readonly AreaWithIntervals[]): DownloadFile[] {
  const rows = areas.map((a) => ({ ...a, episode: episode.id }));
  return csvFiles(`official-episode-${episode.id}`, episodeWhat(episode), [...AREA_COLUMNS, ...POINT_COLUMNS], rows);
}

export function episodeGeoJson(episode: EpisodeLine, areas: readonly AreaWithIntervals[]): DownloadFile[] {
  const features = areas.map((a) => {
    const row = { ...a, episode: episode.id };
    const properties = Object.fromEntries(AREA_COLUMNS.map((c) => [c.name, c.value(row) ?? null]));
    const geometry = a.area.lon === undefined || a.area.lat === undefined ? null : { type: 'Point', coordinates: [a.area.lon, a.area.lat] };
    return { type: 'Feature', id: areaKeyOfAddress(a.area.address), geometry, properties };
  });
  const collection = {
    type: 'FeatureCollection',
    name: `official-episode-${episode.id}`,
    description: episodeWhat(episode),
    episode,
    credit: OFFICIAL_CREDIT,
    source: OFFICIAL_SOURCE_URL,
    licence: 'MIT (srcJin/CovidRiskAreaMap, (c) 2022 Jin G); the lists are notices of the National Health Commission of China',
    features,
  };
  return [{ name: `official-episode-${episode.id}.geojson`, mime: 'application/geo+json', text: `${JSON.stringify(collection)}\n` }];
}

/** Every interval of the record, one row each, areas by id. */
export function recordIntervalsCsv(areas: readonly OfficialArea[], intervals: readonly OfficialInterval[]): DownloadFile[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  function* rows() {
    for (const interval of intervals) yield { area: byId.get(interval.area) as OfficialArea, interval };
  }
  return csvFiles('official-intervals', 'Every official medium- and high-risk area listing 2020-07-29..2022-12-24 as intervals: one row per run of days an area was listed at one level with the same number of entries.', INTERVAL_COLUMNS, rows());
}

export function episodesCsv(lines: readonly EpisodeLine[]): DownloadFile[] {
  return csvFiles('official-episodes', 'Outbreak episodes of the official record: per prefecture-level unit, spans of days with areas in force, gaps of at most 14 list days (geo/README.md).', EPISODE_COLUMNS, lines);
}
