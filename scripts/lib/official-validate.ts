/** Node side of the official record's checks: read geo/official/ (or a fixture folder) and run the pure checks. */
import fs from 'node:fs';
import path from 'node:path';
import { schemaProblems, validateOfficial, type OfficialValidation } from '../../src/official/validate';
import { countyPolygonTest } from './official-build';
import { formatColumnar, META_FILE, OFFICIAL_DIR } from '../../src/node/official-files';
import { repoRoot } from '../../src/node/geo-files';
import { officialUnitDaysSchema, type OfficialChunk, type OfficialMeta } from '../../src/official/schema';
import { UNIT_DAYS_FILE, unitDaysWithUnplaced } from './official-unit-days';
import { EPISODES_FILE, episodesOf } from './official-episodes';
import { officialEpisodesSchema } from '../../src/official/episode-file';
import { areaKeyProblems } from './official-keys-validate';

function readJsonOrProblem(file: string): { json?: unknown; error?: string } {
  if (!fs.existsSync(file)) return { error: 'missing' };
  try {
    return { json: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (error) {
    return { error: `not readable JSON: ${(error as Error).message}` };
  }
}

export function validateOfficialDir(dir = OFFICIAL_DIR): OfficialValidation & { keys?: { areas: number; legacyIds: number } } {
  const full = path.resolve(repoRoot, dir);
  const metaFile = path.join(dir, META_FILE);
  const meta = readJsonOrProblem(path.join(full, META_FILE));
  const empty: OfficialValidation = { problems: [], areas: 0, intervals: 0, inPolygon: { checked: 0, inside: 0, outsideUnflagged: 0 } };
  if (meta.error) return { ...empty, problems: [{ file: metaFile, path: '$', message: `${meta.error} (run npm run official)` }] };
  const chunks = new Map<string, unknown>();
  const problems = [];
  const names = (meta.json as { chunks?: Array<{ file?: unknown }> }).chunks ?? [];
  for (const { file } of names) {
    if (typeof file !== 'string' || file.includes('/')) continue;
    const chunk = readJsonOrProblem(path.join(full, file));
    if (chunk.error === 'missing') continue; // validateOfficial reports it by name
    if (chunk.error) problems.push({ file: path.join(dir, file), path: '$', message: chunk.error });
    else chunks.set(file, chunk.json);
  }
  const result = validateOfficial({ metaFile, meta: meta.json, chunks }, countyPolygonTest());
  let keys: { areas: number; legacyIds: number } | undefined;
  if (result.problems.length === 0) {
    problems.push(...unitDaysProblems(dir, full, meta.json as OfficialMeta, [...chunks.values()] as OfficialChunk[]));
    const checked = areaKeyProblems(dir, full, [...chunks.values()] as OfficialChunk[], dir === OFFICIAL_DIR);
    problems.push(...checked.problems);
    keys = { areas: checked.keys, legacyIds: checked.legacyIds };
  }
  for (const problem of result.problems) if (!problem.file.includes('/')) problem.file = path.join(dir, problem.file);
  return { ...result, problems: [...problems, ...result.problems], keys };
}

/** unit-days.json and episodes.json: present, of their schema, and equal to what the shipped year files and gazetteer give. */
function unitDaysProblems(dir: string, full: string, meta: OfficialMeta, chunks: OfficialChunk[]): Array<{ file: string; path: string; message: string }> {
  const { unitDays, unplacedPrefecture } = unitDaysWithUnplaced(meta, chunks);
  const derived = [
    { name: UNIT_DAYS_FILE, schema: officialUnitDaysSchema, expected: () => formatColumnar(unitDays), what: 'the counts per unit and day of the year files and the gazetteer' },
    { name: EPISODES_FILE, schema: officialEpisodesSchema, expected: () => formatColumnar(episodesOf(meta, unitDays, unplacedPrefecture)), what: 'the episodes of the counts per unit and day' },
  ];
  for (const { name, schema, expected, what } of derived) {
    const file = path.join(dir, name);
    const read = readJsonOrProblem(path.join(full, name));
    if (read.error) return [{ file, path: '$', message: `${read.error} (run npm run official)` }];
    const problems = schemaProblems(file, read.json, schema);
    if (problems.length) return problems;
    if (fs.readFileSync(path.join(full, name), 'utf8') !== expected()) return [{ file, path: '$', message: `differs from ${what} (run npm run official)` }];
  }
  return [];
}
