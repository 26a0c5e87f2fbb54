/** geo/reports/ is exactly what the normaliser makes of the seeds, so the curated quotes rest on a repeatable text. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseReport } from '../../src/report/normalise';
import { SEED_OF_OUTBREAK } from '../../src/report/seeds';

const sharedDir = process.env.ATLAS_SHARED_DIR ?? path.resolve('..', 'shared');
const seedsDir = path.join(sharedDir, 'seeds');
const missing = `${seedsDir} is missing (../shared, or ATLAS_SHARED_DIR): report texts not compared with their seeds`;
if (!fs.existsSync(seedsDir)) console.warn(`SKIPPED: ${missing}`);

describe('report texts', () => {
  for (const [id, { seed, repairMojibake }] of Object.entries(SEED_OF_OUTBREAK)) {
    it(`geo/reports/${id}.txt is the normalised ${seed}`, (context) => {
      context.skip(!fs.existsSync(seedsDir), missing);
      const raw = fs.readFileSync(path.join(seedsDir, seed), 'utf8');
      expect(fs.readFileSync(`geo/reports/${id}.txt`, 'utf8')).toBe(normaliseReport(raw, { repairMojibake }));
    });
  }
});
