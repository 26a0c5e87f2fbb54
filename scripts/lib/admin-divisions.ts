/** Node-side loading of the national divisions (geo/sources/admin-divisions.json + townships.json). */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { AdminDivisions, type AdminDivision, type TownshipList } from '../../src/data/admin-divisions';
import { Villages } from '../../src/data/villages';
import { readJson, repoRoot } from '../../src/node/geo-files';

export function loadAdminDivisions(): AdminDivisions {
  const { divisions } = readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json');
  return new AdminDivisions(divisions, readJson<TownshipList>('geo/sources/townships.json'));
}

/** Village and community names of all China (geo/sources/villages.json.gz, ≈ 620k) — tools only. */
export function loadVillages(divisions = loadAdminDivisions()): Villages {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(repoRoot, 'geo/sources/villages.json.gz'))).toString('utf8');
  return new Villages(JSON.parse(text) as Record<string, string>, divisions);
}
