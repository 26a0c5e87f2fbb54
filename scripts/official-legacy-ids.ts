/**
 * `npx tsx scripts/official-legacy-ids.ts`: writes geo/official/legacy-ids/ (src/official/legacy-ids.ts), the
 * frozen table from the build-order ids of links written before stable keys to the areas' keys. Run once, on the
 * record those links were written for; it refuses to overwrite the table, since a later record's ids differ.
 */
import fs from 'node:fs';
import { loadOfficialAreas, officialPath } from '../src/node/official-files';
import { areaKeyOfAddress } from '../src/official/area-key';
import { LEGACY_IDS_DIR, legacyIdsFiles } from '../src/official/legacy-ids';

if (fs.existsSync(officialPath(LEGACY_IDS_DIR))) {
  console.error(`official-legacy-ids: ${officialPath(LEGACY_IDS_DIR)} exists; the table is frozen (remove it only to undo a wrong first run)`);
  process.exit(1);
}
const keys: string[] = [];
for (const area of loadOfficialAreas()) keys[area.id] = areaKeyOfAddress(area.address);
fs.mkdirSync(officialPath(LEGACY_IDS_DIR), { recursive: true });
const files = legacyIdsFiles(Array.from(keys, (key) => key ?? ''));
for (const { name, file } of files) fs.writeFileSync(officialPath(name), `${JSON.stringify(file)}\n`);
console.log(`official-legacy-ids: ${keys.length} ids in ${files.length} files`);
