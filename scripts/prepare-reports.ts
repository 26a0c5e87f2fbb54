/**
 * Writes geo/reports/<outbreak-id>.txt from the seeds in ../shared/seeds/ (and keeps the raw seed-001 original
 * beside it as geo/reports/fengtai.original.txt). Run again after changing the normaliser: `npm run reports`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseReport } from '../src/report/normalise';
import { repoRoot } from '../src/node/geo-files';
import { SEED_OF_OUTBREAK } from '../src/report/seeds';


const seedsDir = process.env.SEEDS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'seeds');
for (const [id, { seed, repairMojibake }] of Object.entries(SEED_OF_OUTBREAK)) {
  const raw = fs.readFileSync(path.join(seedsDir, seed), 'utf8');
  fs.writeFileSync(path.join(repoRoot, 'geo/reports', `${id}.txt`), normaliseReport(raw, { repairMojibake }));
  if (repairMojibake) fs.writeFileSync(path.join(repoRoot, 'geo/reports', `${id}.original.txt`), raw);
  console.log(`geo/reports/${id}.txt ← ${seed}${repairMojibake ? ' (mojibake repaired)' : ''}`);
}
