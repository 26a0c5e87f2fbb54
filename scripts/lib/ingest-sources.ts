/** Node-side loading of everything `npm run ingest` looks places up in (loaded once, shared by tests and the eval). */
import type { Gazetteer } from '../../src/data/gazetteer';
import type { Villages } from '../../src/data/villages';
import { adminIndex, type AdminIndex } from '../../src/ingest/admin-index';
import type { GeocodeSources } from '../../src/ingest/geocode';
import type { ReportArea } from '../../src/ingest/locate';
import { officialMatcher } from '../../src/ingest/official-match';
import { VillageIndex } from '../../src/ingest/villages';
import type { OfficialArea } from '../../src/official/schema';
import { decodeChunk, type OfficialYear } from '../../src/official/decode';
import type { OfficialChunk, OfficialInterval } from '../../src/official/schema';
import { intervalAt } from '../../src/official/columns';
import { readOfficialChunks, readOfficialMeta } from '../../src/node/official-files';
import { loadAdminDivisions, loadVillages } from './admin-divisions';
import { loadGazetteer } from '../../src/node/geo-files';

export interface IngestSources {
  gazetteer: Gazetteer;
  index: AdminIndex;
  /** Village names of all China (620k), read on first use (≈ 0.6 s). */
  villages?: () => Villages;
  /** The areas of the official record (geo/official/) in one prefecture; the record is read on first use (≈ 1.5 s). */
  officialAreas?: (prefecture: string, province: string) => OfficialArea[];
  /** The intervals of one official area over all years (read with the areas). */
  officialHistory?: (areaId: number) => OfficialInterval[];
}

let loaded: IngestSources | undefined;

/** The sources with the lazily read parts (villages, the official record) read now: tests call it before timing. */
export function warmIngestSources(): IngestSources {
  const sources = loadIngestSources();
  sources.villages?.();
  sources.officialAreas?.('', '');
  return sources;
}

export function loadIngestSources(): IngestSources {
  if (!loaded) {
    const divisions = loadAdminDivisions();
    let villages: Villages | undefined;
    loaded = { gazetteer: loadGazetteer(), index: adminIndex(divisions), villages: () => (villages ??= loadVillages(divisions)), officialAreas: officialAreasOf, officialHistory: officialHistoryOf };
  }
  return loaded;
}

/** What the geocoder needs for a report about `area`: the shared sources and the villages of its prefecture. */
export function geocodeSources(sources: IngestSources, area: ReportArea): GeocodeSources {
  const villages = sources.villages && new VillageIndex(sources.villages(), sources.index.divisions, sources.index.countiesOf(area.prefecture));
  const province = area.province?.name ?? area.prefecture.name;
  const official = sources.officialAreas && officialMatcher(sources.officialAreas(area.prefecture.name, province), area.prefecture, area.province, sources.index.divisions);
  return {
    gazetteer: sources.gazetteer, index: sources.index, area, ...(villages ? { villages } : {}), ...(official ? { official } : {}),
    ...(sources.officialHistory ? { officialHistory: sources.officialHistory } : {}),
  };
}

let officialYears: Array<{ chunk: OfficialChunk; year: OfficialYear }> | undefined;

/**
 * The official areas of one prefecture, each once (the first year it is listed), built only for that prefecture's
 * rows: building all 174k areas takes seconds, one prefecture's a few milliseconds.
 */
function officialAreasOf(prefecture: string, province: string): OfficialArea[] {
  officialYears ??= readOfficialChunks(readOfficialMeta()).map((chunk) => ({ chunk, year: decodeChunk(chunk) }));
  const seen = new Set<number>();
  const out: OfficialArea[] = [];
  for (const { chunk, year } of officialYears) {
    const { strings, chains, areas } = chunk;
    const inPrefecture = chains.prefecture.map((p, i) => strings[p] === prefecture && strings[chains.province[i]] === province);
    for (let row = 0; row < year.size; row += 1) {
      if (!inPrefecture[areas.chain[row]] || seen.has(year.ids[row])) continue;
      seen.add(year.ids[row]);
      out.push(year.area(row));
    }
  }
  return out;
}

/** The intervals of one area in every year of the record (a scan of the interval columns: a few per report). */
function officialHistoryOf(areaId: number): OfficialInterval[] {
  officialYears ??= readOfficialChunks(readOfficialMeta()).map((chunk) => ({ chunk, year: decodeChunk(chunk) }));
  const out: OfficialInterval[] = [];
  for (const { year } of officialYears) {
    const { area } = year.intervals;
    for (let i = 0; i < area.length; i += 1) if (area[i] === areaId) out.push(intervalAt(year.intervals, i));
  }
  return out;
}
