/**
 * The link keys of the shipped record (src/official/area-key.ts): unique over its areas, and the frozen legacy table
 * (geo/official/legacy-ids/) readable, contiguous from id 0, and naming keys of the record. A legacy key the record no
 * longer has is a problem too: that old link would say "no such risk area", which a rebuild must not do unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { areaKeyOfAddress } from '../../src/official/area-key';
import { decodeChunk } from '../../src/official/decode';
import { LEGACY_IDS_DIR, LEGACY_IDS_PER_FILE, legacyIdsFileSchema } from '../../src/official/legacy-ids';
import type { OfficialChunk } from '../../src/official/schema';
import { schemaProblems } from '../../src/official/validate';

type Problem = { file: string; path: string; message: string };

export function areaKeyProblems(dir: string, full: string, chunks: readonly OfficialChunk[], required: boolean): { problems: Problem[]; keys: number; legacyIds: number } {
  const problems: Problem[] = [];
  const addressOfKey = new Map<string, string>();
  for (const chunk of chunks) {
    const year = decodeChunk(chunk);
    for (let row = 0; row < year.size; row += 1) {
      const address = year.addressOf(row);
      const key = areaKeyOfAddress(address);
      const other = addressOfKey.get(key);
      if (other !== undefined && other !== address) problems.push({ file: path.join(dir, `official-${year.year}.json`), path: `areas[${row}]`, message: `area key ${key} of "${address}" is also the key of "${other}"` });
      addressOfKey.set(key, address);
    }
  }
  const legacyDir = path.join(full, LEGACY_IDS_DIR);
  if (!fs.existsSync(legacyDir)) return { problems: required ? [...problems, { file: path.join(dir, LEGACY_IDS_DIR), path: '$', message: 'missing: the table of older links\' area ids (scripts/official-legacy-ids.ts)' }] : problems, keys: addressOfKey.size, legacyIds: 0 };
  const names = fs.readdirSync(legacyDir).filter((name) => name.endsWith('.json'));
  let legacyIds = 0;
  for (let n = 0; n < names.length; n += 1) {
    const file = path.join(dir, LEGACY_IDS_DIR, `${n}.json`);
    if (!fs.existsSync(path.join(legacyDir, `${n}.json`))) {
      problems.push({ file, path: '$', message: `missing: the files must be 0.json .. ${names.length - 1}.json` });
      continue;
    }
    const json: unknown = JSON.parse(fs.readFileSync(path.join(legacyDir, `${n}.json`), 'utf8'));
    const schema = schemaProblems(file, json, legacyIdsFileSchema);
    if (schema.length) {
      problems.push(...schema);
      continue;
    }
    const table = legacyIdsFileSchema.parse(json);
    if (table.first !== n * LEGACY_IDS_PER_FILE) problems.push({ file, path: 'first', message: `is ${table.first}, expected ${n * LEGACY_IDS_PER_FILE}` });
    if (n < names.length - 1 && table.keys.length !== LEGACY_IDS_PER_FILE) problems.push({ file, path: 'keys', message: `${table.keys.length} keys, expected ${LEGACY_IDS_PER_FILE}` });
    table.keys.forEach((key, i) => {
      if (!addressOfKey.has(key)) problems.push({ file, path: `keys[${i}]`, message: `legacy id ${table.first + i}: key ${key} is not a key of the record` });
    });
    legacyIds += table.keys.length;
  }
  return { problems, keys: addressOfKey.size, legacyIds };
}
