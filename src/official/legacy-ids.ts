/**
 * Links written before stable keys carried an area's build-order id (`sel=official:123`), valid for the record as
 * it was then (2020-07-29 .. 2022-12-24, 173,995 areas). The table from those ids to keys is frozen in
 * geo/official/legacy-ids/ (written once by scripts/official-legacy-ids.ts, never rebuilt), cut into files of
 * LEGACY_IDS_PER_FILE ids, so opening an old link fetches one small file and no other link fetches any.
 */
import { z } from '../data/zod';
import { AREA_KEY_PATTERN } from './area-key';

export const LEGACY_IDS_DIR = 'legacy-ids';
export const LEGACY_IDS_PER_FILE = 4096;

export const legacyIdsFileSchema = z.strictObject({
  format: z.literal('outbreak-atlas-official-legacy-ids/1'),
  /** The first legacy id of the file; `keys[i]` is the key of legacy id `first + i`. */
  first: z.int().check(z.nonnegative()),
  keys: z.array(z.string().check(z.regex(AREA_KEY_PATTERN))),
});

export type LegacyIdsFile = z.infer<typeof legacyIdsFileSchema>;

/** The file (relative to geo/official/) that holds a legacy id. */
export function legacyIdsFileOf(id: number): string {
  return `${LEGACY_IDS_DIR}/${Math.floor(id / LEGACY_IDS_PER_FILE)}.json`;
}

/** The files of a table of keys by legacy id (index = id), each with its name. */
export function legacyIdsFiles(keys: readonly string[]): Array<{ name: string; file: LegacyIdsFile }> {
  const files: Array<{ name: string; file: LegacyIdsFile }> = [];
  for (let first = 0; first < keys.length; first += LEGACY_IDS_PER_FILE) {
    files.push({ name: legacyIdsFileOf(first), file: { format: 'outbreak-atlas-official-legacy-ids/1', first, keys: keys.slice(first, first + LEGACY_IDS_PER_FILE) } });
  }
  return files;
}

/** The key of a legacy id in its file; undefined when the file does not hold it. */
export function keyOfLegacyId(file: LegacyIdsFile, id: number): string | undefined {
  return id >= file.first ? file.keys[id - file.first] : undefined;
}
