/**
 * How much of each address's admin chain AdminDivisions.parseChain recognises, over every distinct address of the
 * official risk-area record (../shared/official-risk-areas/points/*.geojson, `properties.full_address`).
 *   npx tsx scripts/admin-coverage.ts        (ATLAS_SHARED_DIR overrides ../shared)
 * The numbers are quoted in geo/sources/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadAdminDivisions } from './lib/admin-divisions';
import { repoRoot } from '../src/node/geo-files';

const sharedDir = process.env.ATLAS_SHARED_DIR ?? path.resolve(repoRoot, '..', 'shared');
const pointsDir = path.join(sharedDir, 'official-risk-areas', 'points');
if (!fs.existsSync(pointsDir)) {
  console.error(`no ${pointsDir}: set ATLAS_SHARED_DIR to the folder that holds official-risk-areas/`);
  process.exit(1);
}
const addresses = new Set<string>();
for (const file of fs.readdirSync(pointsDir).filter((f) => f.endsWith('.geojson')).sort()) {
  const collection = JSON.parse(fs.readFileSync(path.join(pointsDir, file), 'utf8')) as { features: Array<{ properties: { full_address: string } }> };
  for (const feature of collection.features) addresses.add(feature.properties.full_address);
}

const divisions = loadAdminDivisions();
const counts = { province: 0, prefecture: 0, prefectureOrDirectCounty: 0, county: 0, countyExpected: 0, township: 0 };
const started = performance.now();
for (const address of addresses) {
  const chain = divisions.parseChain(address);
  if (chain.province) counts.province += 1;
  if (chain.prefecture) counts.prefecture += 1;
  if (chain.prefecture || chain.county) counts.prefectureOrDirectCounty += 1;
  if (chain.county) counts.county += 1;
  // 东莞市, 中山市 and 儋州市 have no counties: their addresses cannot name one.
  if (!chain.prefecture || divisions.children(chain.prefecture.code).length > 0) counts.countyExpected += 1;
  if (chain.township) counts.township += 1;
}
const elapsed = performance.now() - started;
const share = (n: number, of = addresses.size) => `${n} (${((100 * n) / of).toFixed(1)} %)`;
console.log(`distinct addresses: ${addresses.size}, parsed in ${Math.round(elapsed)} ms`);
console.log(`province:   ${share(counts.province)}`);
console.log(`prefecture: ${share(counts.prefecture)}; prefecture or a county directly under the province: ${share(counts.prefectureOrDirectCounty)}`);
console.log(`county:     ${share(counts.county)}; of addresses whose prefecture has counties: ${share(counts.county, counts.countyExpected)}`);
console.log(`township:   ${share(counts.township)}`);
