/**
 * `npm run validate [-- files…]`: checks geo/outbreaks/*.geojson and, when no file is named, the official record
 * in geo/official/; exits 1 and lists every problem if any.
 */
import fs from 'node:fs';
import path from 'node:path';
import { duplicateIdProblems, formatProblem, validateOutbreakFile, type Problem } from '../src/data/validate';
import { loadGazetteer, outbreakFiles, repoRoot } from '../src/node/geo-files';
import { validateOfficialDir } from './lib/official-validate';

const files = process.argv.slice(2).length ? process.argv.slice(2) : outbreakFiles();
const gazetteer = loadGazetteer();
const reportText = (reportPath: string) => {
  const full = path.join(repoRoot, reportPath);
  return fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
};

// The seeds are beside the repository only on a machine that rebuilds the reports; without them the check is skipped.
const seedsDir = path.resolve(repoRoot, process.env.ATLAS_SHARED_DIR ?? '../shared', 'seeds');
const seedExists = fs.existsSync(seedsDir) ? (name: string) => fs.existsSync(path.join(seedsDir, name)) : undefined;

const loaded: Array<{ file: string; json: unknown }> = [];
const problems: Problem[] = [];
for (const file of files) {
  try {
    loaded.push({ file, json: JSON.parse(fs.readFileSync(path.resolve(repoRoot, file), 'utf8')) });
  } catch (error) {
    problems.push({ file, path: '$', message: `not readable JSON: ${(error as Error).message}` });
  }
}
for (const entry of loaded) problems.push(...validateOutbreakFile({ ...entry, reportText, seedExists }, gazetteer));
problems.push(...duplicateIdProblems(loaded));

if (files.length === 0) problems.push({ file: 'geo/outbreaks', path: '$', message: 'no outbreak files found' });
const official = process.argv.slice(2).length ? undefined : validateOfficialDir();
if (official) problems.push(...official.problems);
for (const problem of problems) console.error(formatProblem(problem));
const featureCount = loaded.reduce((n, f) => n + ((f.json as { features?: unknown[] }).features?.length ?? 0), 0);
const eventCount = loaded.reduce((n, f) => n + ((f.json as { features?: Array<{ properties?: { events?: unknown[] } }> }).features ?? [])
  .reduce((m, feature) => m + (feature.properties?.events?.length ?? 0), 0), 0);
if (problems.length) {
  console.error(`validate: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`validate: ${files.length} files, ${featureCount} features, ${eventCount} events, no problems${seedExists ? '' : ` (sources not checked against the seeds: no ${seedsDir})`}`);
if (official) {
  const { checked, inside, outsideUnflagged } = official.inPolygon;
  console.log(`validate: official record: ${official.areas.toLocaleString('en')} areas, ${official.intervals.toLocaleString('en')} intervals, no problems; `
    + `${inside} of ${checked} points whose county polygon is shipped lie inside it (${((100 * inside) / Math.max(1, checked)).toFixed(1)} %), `
    + `the other ${checked - inside} are flagged outside-county-polygon${outsideUnflagged ? ` except ${outsideUnflagged} (run npm run official)` : ''}`);
  if (official.keys) console.log(`validate: official area keys: ${official.keys.areas.toLocaleString('en')} distinct, no collision; ${official.keys.legacyIds.toLocaleString('en')} legacy ids, each naming an area of the record`);
}
