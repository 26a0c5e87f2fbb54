/**
 * Runs `npm run ingest` on the five seed reports and compares each draft with the curated geo/outbreaks/ file.
 *   npm run ingest:eval [-- --verbose [--all]]   (--verbose: misses and extras; --all: every drafted event)
 * Drafts go to drafts/eval/<id>.geojson. Place matching is explained in src/ingest/eval.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { outbreakFileSchema, OUTBREAK_IDS, type OutbreakFile } from '../src/data/schema';
import { addScores, extraPairs, missedPairs, ratio, scoreDraft, type ReportScores, type Score } from '../src/ingest/eval';
import { run } from './ingest';
import { loadGazetteer, repoRoot } from './lib/load-sources';

const verbose = process.argv.includes('--verbose');
const gazetteer = loadGazetteer();
const fmt = (s: Score) => `${ratio(s).toFixed(2)} (${s.hits}/${s.total})`;
const rows: Array<[string, ReportScores]> = [];
let failed = false;

for (const id of OUTBREAK_IDS) {
  const curatedPath = path.join(repoRoot, 'geo/outbreaks', `${id}.geojson`);
  if (!fs.existsSync(curatedPath)) { console.error(`${id}: no curated file yet (${path.relative(repoRoot, curatedPath)})`); failed = true; continue; }
  const curated: OutbreakFile = outbreakFileSchema.parse(JSON.parse(fs.readFileSync(curatedPath, 'utf8')));
  const out = path.join(repoRoot, 'drafts/eval', `${id}.geojson`);
  const silent = { out: () => {}, err: (l: string) => { if (!/sentences read/.test(l)) console.error(`  ${id}: ${l}`); }, cwd: repoRoot };
  const result = run([`geo/reports/${id}.txt`, '--city', curated.outbreak.city, '--out', out, '--source', curated.outbreak.source, '--quiet'], silent, gazetteer);
  if (result.code !== 0 || !result.draft) { console.error(`${id}: ingest failed (exit ${result.code})`); failed = true; continue; }
  const report = fs.readFileSync(path.join(repoRoot, curated.outbreak.report), 'utf8');
  rows.push([id, scoreDraft(result.draft.collection, curated, report)]);
  if (verbose) {
    for (const m of missedPairs(result.draft.collection, curated)) console.log(`  ${id} missed: ${m.place} ${m.date}`);
    for (const m of extraPairs(result.draft.collection, curated)) console.log(`  ${id} extra:  ${m.place} ${m.date}`);
    if (process.argv.includes('--all')) {
      const d = result.draft.collection;
      for (const f of d.features) for (const e of f.properties.events) console.log(`  ${id} drafted: ${f.properties.name} ${e.date} ${f.properties.kind}/${e.status} ${f.properties.confidence}`);
    }
  }
}

const header = ['report', 'P(place,date)', 'R(place,date)', 'P(place,kind)', 'R(place,kind)', 'quotes verbatim'];
const table = rows.map(([id, s]) => [id, fmt(s.dates.precision), fmt(s.dates.recall), fmt(s.kinds.precision), fmt(s.kinds.recall), fmt(s.quotes)]);
let exactLine = '';
if (rows.length) {
  const total = rows.reduce((acc, [, s]) => ({
    dp: addScores(acc.dp, s.dates.precision), dr: addScores(acc.dr, s.dates.recall),
    kp: addScores(acc.kp, s.kinds.precision), kr: addScores(acc.kr, s.kinds.recall), q: addScores(acc.q, s.quotes),
    ep: addScores(acc.ep, s.datesExact.precision), er: addScores(acc.er, s.datesExact.recall),
  }), { dp: { hits: 0, total: 0 }, dr: { hits: 0, total: 0 }, kp: { hits: 0, total: 0 }, kr: { hits: 0, total: 0 }, q: { hits: 0, total: 0 }, ep: { hits: 0, total: 0 }, er: { hits: 0, total: 0 } });
  table.push(['total', fmt(total.dp), fmt(total.dr), fmt(total.kp), fmt(total.kr), fmt(total.q)]);
  exactLine = `With equal names only (no containment), (place,date) totals: P ${fmt(total.ep)}, R ${fmt(total.er)}.`;
}
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
table.forEach((r) => console.log(line(r)));
console.log('Pairs are distinct per side, totals pooled over reports. Places match when equal or one contains the other (≥ 2 characters) after removing whitespace, quotes and a leading city name.');
if (exactLine) console.log(exactLine);
process.exitCode = failed ? 1 : 0;
