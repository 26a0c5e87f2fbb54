/**
 * `npm run official`: rebuilds geo/official/ from ../shared/official-risk-areas/ (or $ATLAS_SHARED_DIR) and prints
 * what it merged, joined and flagged. Deterministic: a second run writes the same bytes.
 */
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NORMALISE_RULES } from '../src/official/normalise';
import { officialPath, OFFICIAL_DIR } from '../src/node/official-files';
import type { OfficialEpisodes } from '../src/official/episode-file';
import { rebuildOfficial } from './lib/official-build';
import { EPISODES_FILE } from './lib/official-episodes';
import { officialSourceDir } from './lib/official-sources';

const started = performance.now();
const { record, report, meta, files } = rebuildOfficial();
fs.mkdirSync(officialPath(''), { recursive: true });
for (const [name, text] of files) fs.writeFileSync(officialPath(name), text);

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;
const { merges } = report;
console.log(`official: read ${officialSourceDir()}`);
console.log(`  ${merges.spellings.toLocaleString('en')} spellings → ${merges.areas.toLocaleString('en')} areas`);
for (const rule of NORMALISE_RULES) {
  const count = merges.areasByRule[rule.code] ?? 0;
  console.log(`  merged by ${rule.code} (${rule.description}): ${count} areas`);
  for (const example of merges.examples[rule.code] ?? []) console.log(`      e.g. ${example.map((s) => JSON.stringify(s)).join(' = ')}`);
}
console.log(`  list-only days (no point file): ${report.listOnlyEntriesJoined.toLocaleString('en')} of ${report.listOnlyEntries.toLocaleString('en')} entries joined to a point (${percent(report.listOnlyEntriesJoined, report.listOnlyEntries)}); `
  + `${report.listOnlyAreasJoined.toLocaleString('en')} of ${report.listOnlyAreas.toLocaleString('en')} addresses (${percent(report.listOnlyAreasJoined, report.listOnlyAreas)})`);
console.log(`  area keys (sel=official:<key>): ${new Set(record.keys).size.toLocaleString('en')} distinct for ${record.areas.length.toLocaleString('en')} areas (a collision stops the build)`);
const totals = meta.totals;
console.log(`  ${totals.areas.toLocaleString('en')} areas, ${totals.intervals.toLocaleString('en')} intervals, ${totals.entries.toLocaleString('en')} entries (list-days)`);
console.log(`  precision: ${Object.entries(totals.precision).map(([k, v]) => `${k} ${v} (${percent(v, totals.areas)})`).join(', ')}`);
const withPoint = record.areas.filter((a) => !a.flags.includes('no-point'));
const pointPrecision = new Map<string, number>();
for (const area of withPoint) pointPrecision.set(area.precision, (pointPrecision.get(area.precision) ?? 0) + 1);
console.log(`  precision of the ${withPoint.length.toLocaleString('en')} areas with a listed point: ${[...pointPrecision].sort().map(([k, v]) => `${k} ${v} (${percent(v, withPoint.length)})`).join(', ')}`);
console.log(`  rules: ${Object.entries(totals.rules).map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`  area flags: ${Object.entries(totals.flags).map(([k, v]) => `${k} ${v}`).join(', ')}`);
const dayFlagCounts = new Map<string, number>();
for (const flag of meta.dayFlags) dayFlagCounts.set(`${flag.code}/${flag.level}`, (dayFlagCounts.get(`${flag.code}/${flag.level}`) ?? 0) + 1);
console.log(`  day flags: ${[...dayFlagCounts].map(([k, v]) => `${k} ${v}`).join(', ')}`);
for (const flag of meta.dayFlags.filter((f) => f.code !== 'no-list' && f.code !== 'list-only')) console.log(`      ${flag.date} ${flag.level} ${flag.code}: ${flag.detail}`);
const episodes = JSON.parse(files.get(EPISODES_FILE) ?? '{}') as OfficialEpisodes;
console.log(`  episodes (outbreaks per prefecture-level unit, gaps ≤ ${episodes.gapDays} list days): ${episodes.episodes.id.length}; areas in no unit: ${episodes.unplacedAreas}`);
let [raw, gzip] = [0, 0];
for (const [name, text] of files) {
  const bytes = Buffer.byteLength(text);
  const zipped = gzipSync(text, { level: 9 }).length;
  if (name.endsWith('.json')) [raw, gzip] = [raw + bytes, gzip + zipped];
  console.log(`  ${OFFICIAL_DIR}/${name}: ${(bytes / 1e6).toFixed(2)} MB raw, ${(zipped / 1e6).toFixed(2)} MB gzip`);
}
console.log(`  browser files in all: ${(raw / 1e6).toFixed(2)} MB raw, ${(gzip / 1e6).toFixed(2)} MB gzip; built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
