/**
 * Measures `npm run ingest` on reports it was not written for.
 *   npm run ingest:eval [-- --verbose] [--held-out]
 * 1. The five seeds, against their curated geo/outbreaks/ files.
 * 2. Made-up narrative reports about other provinces, against hand annotations (tests/fixtures/ingest/eval/README.md).
 * 3. Made-up official notices (headed and inline lists, datelines, notice numbers; tests/fixtures/ingest/notices/).
 * 4. With --held-out only: three more such reports kept out of sight while the extractor was tuned.
 * Every report is ingested as a new user would: no --city, no --year; the prefecture is read from the text.
 * Drafts go to drafts/eval/<id>.geojson. Place matching is explained in src/ingest/eval.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { outbreakFileSchema, OUTBREAK_IDS, type OutbreakFile } from '../src/data/schema';
import {
  addScores, annotationDiff, annotationSchema, extraPairs, missedPairs, ratio, scoreAgainstAnnotation, scoreDraft, scoreStatusesAgainstAnnotation,
  type Annotation, type PairScores, type Score,
} from '../src/ingest/eval';
import { displayWidth, run, type Io } from './ingest';
import { loadIngestSources } from './lib/ingest-sources';
import { repoRoot } from '../src/node/geo-files';

const verbose = process.argv.includes('--verbose');
const heldOut = process.argv.includes('--held-out');
const sources = loadIngestSources();
const fmt = (s: Score) => `${ratio(s).toFixed(2)} (${s.hits}/${s.total})`;
const zero = (): PairScores => ({ precision: { hits: 0, total: 0 }, recall: { hits: 0, total: 0 } });
const pool = (a: PairScores, b: PairScores): PairScores => ({ precision: addScores(a.precision, b.precision), recall: addScores(a.recall, b.recall) });
let failed = false;

function ingest(id: string, report: string, source?: string): { file?: OutbreakFile; city?: string; county?: string } {
  const out = path.join(repoRoot, 'drafts/eval', `${id}.geojson`);
  const io: Io = { out: () => {}, err: (l) => { if (!/sentences read/.test(l)) console.error(`  ${id}: ${l}`); }, cwd: repoRoot };
  const result = run([report, '--out', out, '--quiet', ...(source ? ['--source', source] : [])], io, sources);
  if (result.code !== 0 || !result.draft) return {};
  const file = result.draft.collection;
  return { file, city: file.outbreak.city, county: file.outbreak.county };
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i] - displayWidth(c))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => console.log(line(r)));
}

// 1. Seeds.
console.log('Seeds: drafts against the curated files');
const seedRows: string[][] = [];
let seedDates = zero();
let seedKinds = zero();
let seedExact = zero();
let quotes: Score = { hits: 0, total: 0 };
for (const id of OUTBREAK_IDS) {
  const curatedPath = path.join(repoRoot, 'geo/outbreaks', `${id}.geojson`);
  if (!fs.existsSync(curatedPath)) { console.error(`${id}: no curated file (${path.relative(repoRoot, curatedPath)})`); failed = true; continue; }
  const curated = outbreakFileSchema.parse(JSON.parse(fs.readFileSync(curatedPath, 'utf8')));
  const { file, city } = ingest(id, `geo/reports/${id}.txt`, curated.outbreak.source);
  if (!file) { console.error(`${id}: ingest failed`); failed = true; continue; }
  const s = scoreDraft(file, curated, fs.readFileSync(path.join(repoRoot, curated.outbreak.report), 'utf8'));
  seedDates = pool(seedDates, s.dates); seedKinds = pool(seedKinds, s.kinds); seedExact = pool(seedExact, s.datesExact); quotes = addScores(quotes, s.quotes);
  seedRows.push([id, city === curated.outbreak.city ? city : `${city} ≠ ${curated.outbreak.city}`, fmt(s.dates.precision), fmt(s.dates.recall), fmt(s.kinds.precision), fmt(s.kinds.recall), fmt(s.quotes)]);
  if (verbose) {
    for (const m of missedPairs(file, curated)) console.log(`  ${id} missed: ${m.place} ${m.date}`);
    for (const m of extraPairs(file, curated)) console.log(`  ${id} extra:  ${m.place} ${m.date}`);
  }
}
seedRows.push(['total', '', fmt(seedDates.precision), fmt(seedDates.recall), fmt(seedKinds.precision), fmt(seedKinds.recall), fmt(quotes)]);
printTable(['report', 'prefecture found', 'P(place,date)', 'R(place,date)', 'P(place,kind)', 'R(place,kind)', 'quotes verbatim'], seedRows);
console.log(`With equal names only (no containment), (place,date): P ${fmt(seedExact.precision)}, R ${fmt(seedExact.recall)}.`);

// 2 and 3. Own reports against hand annotations.
const summary: string[][] = [];
function annotated(dir: string, title: string): PairScores {
  const full = path.join(repoRoot, 'tests/fixtures/ingest', dir);
  const ids = fs.readdirSync(full).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/u, '')).sort();
  const rows: string[][] = [];
  let total = zero();
  let withStatus = zero();
  for (const id of ids) {
    const annotation: Annotation = annotationSchema.parse(JSON.parse(fs.readFileSync(path.join(full, `${id}.json`), 'utf8')));
    const { file, city, county } = ingest(id, path.join('tests/fixtures/ingest', dir, `${id}.txt`));
    if (!file) failed = true;
    const s = scoreAgainstAnnotation(file, annotation);
    const st = scoreStatusesAgainstAnnotation(file, annotation);
    total = pool(total, s);
    withStatus = pool(withStatus, st);
    const found = file ? `${city}${county ? ` ${county}` : ''}` : 'refused';
    const expected = `${annotation.city}${annotation.county ? ` ${annotation.county}` : ''}`;
    rows.push([id, found === expected ? found : `${found} ≠ ${expected}`, fmt(s.precision), fmt(s.recall), fmt(st.precision), fmt(st.recall)]);
    if (verbose) {
      const diff = annotationDiff(file, annotation);
      for (const [place, date] of diff.missed) console.log(`  ${id} missed: ${place} ${date}`);
      for (const [place, date] of diff.extra) console.log(`  ${id} extra:  ${place} ${date}`);
    }
  }
  rows.push(['total', '', fmt(total.precision), fmt(total.recall), fmt(withStatus.precision), fmt(withStatus.recall)]);
  console.log(`\n${title}`);
  printTable(['report', 'prefecture, county found', 'P(place,date)', 'R(place,date)', 'P(+status)', 'R(+status)'], rows);
  return total;
}

summary.push(['seeds (curated files)', String(OUTBREAK_IDS.length), fmt(seedDates.precision), fmt(seedDates.recall)]);
const narratives = annotated('eval', 'Own narrative reports (made up, other provinces): drafts against hand annotations');
summary.push(['own narratives', String(fs.readdirSync(path.join(repoRoot, 'tests/fixtures/ingest/eval')).filter((f) => f.endsWith('.json')).length), fmt(narratives.precision), fmt(narratives.recall)]);
const notices = annotated('notices', 'Own notices (made up, published forms): drafts against hand annotations');
summary.push(['own notices', String(fs.readdirSync(path.join(repoRoot, 'tests/fixtures/ingest/notices')).filter((f) => f.endsWith('.json')).length), fmt(notices.precision), fmt(notices.recall)]);
if (heldOut) {
  const held = annotated('held-out', 'Held-out reports (not looked at while tuning): drafts against hand annotations');
  summary.push(['held out', '3', fmt(held.precision), fmt(held.recall)]);
} else console.log('\n(held-out reports not run; pass --held-out)');
console.log('\nBy kind of report');
printTable(['set', 'reports', 'P(place,date)', 'R(place,date)'], summary);
console.log('\nPairs are distinct per side, totals pooled over reports. Places match when equal or one contains the other (≥ 2 characters) after removing whitespace, quotes and a leading city name.');
process.exitCode = failed ? 1 : 0;
