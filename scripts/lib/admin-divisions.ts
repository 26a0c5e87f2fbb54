/** Node-side loading of the national divisions (geo/sources/admin-divisions.json + townships.json). */
import { AdminDivisions, type AdminDivision, type TownshipList } from '../../src/data/admin-divisions';
import { readJson } from './load-sources';

export function loadAdminDivisions(): AdminDivisions {
  const { divisions } = readJson<{ divisions: AdminDivision[] }>('geo/sources/admin-divisions.json');
  return new AdminDivisions(divisions, readJson<TownshipList>('geo/sources/townships.json'));
}
