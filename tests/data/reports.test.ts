/** geo/reports/ is exactly what the normaliser makes of the seeds, so the curated quotes rest on a repeatable text. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseReport } from '../../src/report/normalise';
import { SEED_OF_OUTBREAK } from '../../scripts/lib/report-seeds';

const seedsDir = path.resolve('..', 'shared', 'seeds');

describe.skipIf(!fs.existsSync(seedsDir))('report texts', () => {
  for (const [id, { seed, repairMojibake }] of Object.entries(SEED_OF_OUTBREAK)) {
    it(`geo/reports/${id}.txt is the normalised ${seed}`, () => {
      const raw = fs.readFileSync(path.join(seedsDir, seed), 'utf8');
      expect(fs.readFileSync(`geo/reports/${id}.txt`, 'utf8')).toBe(normaliseReport(raw, { repairMojibake }));
    });
  }
});
