/** Node-side loading of everything `npm run ingest` looks places up in (loaded once, shared by tests and the eval). */
import type { Gazetteer } from '../../src/data/gazetteer';
import { adminIndex, type AdminIndex } from '../../src/ingest/admin-index';
import { loadAdminDivisions } from './admin-divisions';
import { loadGazetteer } from './load-sources';

export interface IngestSources {
  gazetteer: Gazetteer;
  index: AdminIndex;
}

let loaded: IngestSources | undefined;

export function loadIngestSources(): IngestSources {
  loaded ??= { gazetteer: loadGazetteer(), index: adminIndex(loadAdminDivisions()) };
  return loaded;
}
