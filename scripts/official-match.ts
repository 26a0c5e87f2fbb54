/**
 * `npm run official:match`: cross-references the report places (geo/outbreaks/) with the official record
 * (src/official/crossref.ts). Writes each feature's geometrySource, precision, admin and geometryNote when an
 * official point is taken, appends the reason to its flag when one is not, writes the derived township and zone
 * centres to geo/official/centroids.json, then places the geometries as `npm run geo:place` does. Prints the
 * before/after precision per outbreak. Running it again changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AREA_KINDS } from '../src/data/area-kinds';
import { matchReportPlace, type MatchDecision } from '../src/official/crossref';
import { formatOutbreakJson } from '../src/data/format-json';
import { loadAdminDivisions } from './lib/admin-divisions';
import { CENTROIDS_FILE, loadGazetteer, outbreakFiles, repoRoot } from '../src/node/geo-files';
import { loadOfficial } from '../src/node/official-files';
import { applyDecision, type EditableFeature } from './lib/official-match-edit';

interface OutbreakJson { outbreak: { id: string; city: string; province: string }; features: EditableFeature[] }

const official = loadOfficial();
const divisions = loadAdminDivisions();
const files = outbreakFiles().map((file) => ({ file, json: JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8')) as OutbreakJson }));
const rows: string[] = [];
const decisions: Array<{ outbreak: string; before: string; decision: MatchDecision; feature: EditableFeature }> = [];
for (const { json } of files) {
  for (const feature of json.features) {
    const { id, name, kind, precision, admin, geometrySource } = feature.properties;
    const decision = matchReportPlace({ id, name, kind, precision, admin, geometrySource, city: json.outbreak.city, province: json.outbreak.province }, official.areas, divisions);
    const before = precision;
    decisions.push({ outbreak: json.outbreak.id, before, decision, feature });
  }
}
// Decide first on the files as they are, then edit: a second run sees the official sources and decides the same.
const centroids = decisions.flatMap(({ decision }) => (decision.centroid ? [decision.centroid] : []));
const centroidFile = { note: 'Derived by npm run official:match: the points of the members are averaged (src/official/places.ts); never typed.', centroids: centroids.map(({ key, members, outliers }) => ({ key, members, outliers })).sort((a, b) => a.key.localeCompare(b.key)) };
fs.writeFileSync(path.join(repoRoot, CENTROIDS_FILE), `${JSON.stringify(centroidFile, null, 2)}\n`);
for (const { decision, feature } of decisions) applyDecision(feature, decision);
const gazetteer = loadGazetteer();
for (const { file, json } of files) {
  for (const feature of json.features) {
    const geometry = gazetteer.geometryFor(feature.properties.geometrySource, AREA_KINDS.has(feature.properties.kind));
    if (!geometry) throw new Error(`${file}: ${feature.properties.id}: ${feature.properties.geometrySource} names no shipped record`);
    feature.geometry = geometry;
  }
  fs.writeFileSync(path.join(repoRoot, file), formatOutbreakJson(json));
}
rows.push('| outbreak | place | before | after | outcome | source |', '|---|---|---|---|---|---|');
for (const { outbreak, before, decision, feature } of decisions) {
  if (decision.outcome === 'not-searched' || decision.outcome === 'none') continue;
  rows.push(`| ${outbreak} | ${feature.properties.name} | ${before} | ${feature.properties.precision} | ${decision.outcome} | ${decision.geometrySource ?? '—'} |`);
}
console.log(rows.join('\n'));
const byOutbreak = new Map<string, { before: Map<string, number>; after: Map<string, number> }>();
for (const { outbreak, before, feature } of decisions) {
  const entry = byOutbreak.get(outbreak) ?? { before: new Map(), after: new Map() };
  entry.before.set(before, (entry.before.get(before) ?? 0) + 1);
  entry.after.set(feature.properties.precision, (entry.after.get(feature.properties.precision) ?? 0) + 1);
  byOutbreak.set(outbreak, entry);
}
const show = (m: Map<string, number>) => [...m].sort().map(([k, v]) => `${k} ${v}`).join(', ');
for (const [outbreak, { before, after }] of byOutbreak) console.log(`${outbreak}: before ${show(before)} → after ${show(after)}`);
