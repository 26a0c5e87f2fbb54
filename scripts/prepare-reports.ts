/**
 * Writes geo/reports/<outbreak-id>.txt from the seeds in ../shared/seeds/ (and keeps the raw seed-001 original
 * beside it as geo/reports/fengtai.original.txt). Run again after changing the normaliser: `npm run reports`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normaliseReport } from '../src/report/normalise';
import { repoRoot } from './lib/load-sources';

export const SEED_OF_OUTBREAK: Record<string, { seed: string; repairMojibake: boolean }> = {
  anyang: { seed: '000_83317e7fcb4ee734.txt', repairMojibake: false },
  fengtai: { seed: '001_4233413e716f2bf2.txt', repairMojibake: true },
  heze: { seed: '002_4afb8df7e9faef9e.txt', repairMojibake: false },
  shifeng: { seed: '003_9493cdc9735a9e33.txt', repairMojibake: false },
  kaihua: { seed: '004_7c661ba4963fe351.txt', repairMojibake: false },
};

const seedsDir = process.env.SEEDS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'seeds');
for (const [id, { seed, repairMojibake }] of Object.entries(SEED_OF_OUTBREAK)) {
  const raw = fs.readFileSync(path.join(seedsDir, seed), 'utf8');
  fs.writeFileSync(path.join(repoRoot, 'geo/reports', `${id}.txt`), normaliseReport(raw, { repairMojibake }));
  if (repairMojibake) fs.writeFileSync(path.join(repoRoot, 'geo/reports', `${id}.original.txt`), raw);
  console.log(`geo/reports/${id}.txt ← ${seed}${repairMojibake ? ' (mojibake repaired)' : ''}`);
}
