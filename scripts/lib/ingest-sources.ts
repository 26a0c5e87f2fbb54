/** Node-side loading of everything `npm run ingest` looks places up in (loaded once, shared by tests and the eval). */
import { Gazetteer } from '../../src/data/gazetteer';
import type { Villages } from '../../src/data/villages';
import { adminIndex, type AdminIndex } from '../../src/ingest/admin-index';
import type { GeocodeSources } from '../../src/ingest/geocode';
import type { ReportArea } from '../../src/ingest/locate';
import { officialMatcher } from '../../src/ingest/official-match';
import { VillageIndex } from '../../src/ingest/villages';
import type { OfficialArea } from '../../src/official/schema';
import { loadOfficialAreas } from './official-files';
import { loadAdminDivisions, loadVillages } from './admin-divisions';
import { loadGazetteer, readJson } from './load-sources';

export interface IngestSources {
  gazetteer: Gazetteer;
  index: AdminIndex;
  villages?: Villages;
  /** Every area of the official record (geo/official/), read on first use (≈ 1 s). */
  officialAreas?: () => readonly OfficialArea[];
}

let loaded: IngestSources | undefined;

/**
 * The tools' gazetteer, with the prefecture outlines of all China added for `city:` sources: the shipped
 * basemap-prefectures.geojson covers the five outbreak provinces (76), public/basemap/prefectures.geojson all 367
 * prefecture-level units (same echarts source, MIT, simplified for the offline basemap). Where both have one, the
 * shipped file's outline is kept, so the curated files' geometry does not change.
 */
function nationalGazetteer(): Gazetteer {
  const base = loadGazetteer();
  const national = readJson<Gazetteer['sources']['prefectures']>('public/basemap/prefectures.geojson');
  const known = new Set(base.sources.prefectures.features.map((f) => f.properties.name));
  const prefectures = { ...base.sources.prefectures, features: [...base.sources.prefectures.features, ...national.features.filter((f) => !known.has(f.properties.name))] };
  return new Gazetteer({ ...base.sources, prefectures });
}

export function loadIngestSources(): IngestSources {
  if (!loaded) {
    const divisions = loadAdminDivisions();
    let areas: OfficialArea[] | undefined;
    const officialAreas = () => (areas ??= [...loadOfficialAreas()]);
    loaded = { gazetteer: nationalGazetteer(), index: adminIndex(divisions), villages: loadVillages(divisions), officialAreas };
  }
  return loaded;
}

/** What the geocoder needs for a report about `area`: the shared sources and the villages of its prefecture. */
export function geocodeSources(sources: IngestSources, area: ReportArea): GeocodeSources {
  const villages = sources.villages && new VillageIndex(sources.villages, sources.index.divisions, sources.index.countiesOf(area.prefecture));
  const official = sources.officialAreas && officialMatcher(sources.officialAreas(), area.prefecture, area.province, sources.index.divisions);
  return { gazetteer: sources.gazetteer, index: sources.index, area, ...(villages ? { villages } : {}), ...(official ? { official } : {}) };
}
