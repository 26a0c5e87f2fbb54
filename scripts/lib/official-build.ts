/**
 * One rebuild of geo/official/ in memory: read the shared lists, build, encode, format. `npm run official`
 * writes the result; tests/data/official.test.ts compares it with the shipped files byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AdminDivision, AdminDivisions } from '../../src/data/admin-divisions';
import { buildOfficialRecord, type BuildReport, type OfficialRecord } from '../../src/official/build';
import { chunkFileName, encodeOfficial } from '../../src/official/encode';
import { ProvinceCheck } from '../../src/official/province-check';
import type { OfficialChunk, OfficialMeta } from '../../src/official/schema';
import { formatColumnar, META_FILE } from '../../src/node/official-files';
import { officialSourceDir, readOfficialSources, type OfficialSources } from './official-sources';
import { loadAdminDivisions } from './admin-divisions';
import { EPISODES_FILE, episodesOf } from './official-episodes';
import { UNIT_DAYS_FILE, unitDaysWithUnplaced } from './official-unit-days';
import { loadGazetteer, readJson } from '../../src/node/geo-files';

export const LICENSE_FILE = 'LICENSE-CovidRiskAreaMap.txt';

function loadDivisions(): { divisions: AdminDivisions; list: AdminDivision[] } {
  return { divisions: loadAdminDivisions(), list: readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json').divisions };
}

/** Point-in-county for the counties whose polygon is shipped (bbox test first). */
export function countyPolygonTest(): (code: string, lon: number, lat: number) => boolean | undefined {
  const gazetteer = loadGazetteer();
  const boxes = new Map<string, number[]>();
  return (code, lon, lat) => {
    const county = gazetteer.county(code);
    if (!county) return undefined;
    let box = boxes.get(code);
    if (!box) boxes.set(code, (box = bbox(county)));
    if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) return false;
    return booleanPointInPolygon([lon, lat], county);
  };
}

export interface Rebuild {
  sources: OfficialSources;
  record: OfficialRecord;
  report: BuildReport;
  meta: OfficialMeta;
  /** File name in geo/official/ → contents. */
  files: Map<string, string>;
}

export function rebuildOfficial(sourceDir = officialSourceDir()): Rebuild {
  const sources = readOfficialSources(sourceDir);
  const { divisions, list } = loadDivisions();
  const provinceCheck = new ProvinceCheck(readJson('public/basemap/provinces.geojson'));
  const { record, report } = buildOfficialRecord({ ...sources, divisions, divisionList: list, pointInCounty: countyPolygonTest(), provinceCheck });
  const { meta, chunks } = encodeOfficial(record, report);
  const files = new Map<string, string>();
  files.set(META_FILE, formatColumnar(meta));
  for (const chunk of chunks) files.set(chunkFileName(chunk.year), formatColumnar(chunk));
  // Derived from the year files as written (parsed back, as the browser reads them).
  const written = chunks.map((chunk) => JSON.parse(files.get(chunkFileName(chunk.year))!) as OfficialChunk);
  const { unitDays, unplacedPrefecture } = unitDaysWithUnplaced(meta, written);
  files.set(UNIT_DAYS_FILE, formatColumnar(unitDays));
  files.set(EPISODES_FILE, formatColumnar(episodesOf(meta, unitDays, unplacedPrefecture)));
  files.set(LICENSE_FILE, fs.readFileSync(path.join(sourceDir, LICENSE_FILE), 'utf8'));
  return { sources, record, report, meta, files };
}
