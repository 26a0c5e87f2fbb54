/**
 * The report places' official points are what `npm run official:match` derives from the shipped record: every
 * decision is written into its feature, and geo/official/centroids.json holds exactly the derived centres.
 */
import { describe, expect, it } from 'vitest';
import type { OutbreakFile } from '../../src/data/schema';
import { matchReportPlace } from '../../src/official/crossref';
import type { CentroidRecord } from '../../src/official/places';
import { loadAdminDivisions } from '../../scripts/lib/admin-divisions';
import { CENTROIDS_FILE, outbreakFiles, readJson } from '../../src/node/geo-files';
import { loadOfficial } from '../../src/node/official-files';

describe('report places cross-referenced with the official record', () => {
  const official = loadOfficial();
  const divisions = loadAdminDivisions();
  const files = outbreakFiles().map((file) => readJson<OutbreakFile>(file));
  const decisions = files.flatMap(({ outbreak, features }) => features.map((feature) => {
    const { id, name, kind, precision, admin, geometrySource } = feature.properties;
    return { feature, decision: matchReportPlace({ id, name, kind, precision, admin, geometrySource, city: outbreak.city, province: outbreak.province }, official.areas, divisions) };
  }));

  it('takes the official point or centre exactly where the rules allow it', () => {
    for (const { feature, decision } of decisions) {
      const { geometrySource, precision } = feature.properties;
      if (decision.outcome === 'official' || decision.outcome === 'centroid') expect([feature.properties.id, geometrySource, precision]).toEqual([feature.properties.id, decision.geometrySource, decision.precision]);
      else expect(geometrySource.startsWith('official'), `${feature.properties.id} has no official source`).toBe(false);
      if (decision.reason) {
        expect(feature.properties.flag?.en, feature.properties.id).toContain(`Official lists: ${decision.reason.en}`);
        expect(feature.properties.flag?.zh, feature.properties.id).toContain(`官方名单：${decision.reason.zh}`);
      }
    }
  });

  it('places the report places the issue names where the evidence allows', () => {
    const outcome = Object.fromEntries(decisions.map(({ feature, decision }) => [feature.properties.id, decision.outcome]));
    expect(outcome).toMatchObject({
      'anyang-tangyin-dazhuzhuang': 'official', 'anyang-neihuang-yuanliu': 'official', 'anyang-heyuan-compound': 'official',
      'shifeng-hanlinfu-compound': 'official', 'heze-louzhuang-town': 'centroid', 'fengtai-lichong-xiang': 'centroid',
      'shifeng-yunlong-demonstration-zone': 'centroid', 'anyang-tangyin-yucai-school': 'fallback',
    });
  });

  it('geo/official/centroids.json holds exactly the derived centres', () => {
    const shipped = readJson<{ centroids: CentroidRecord[] }>(CENTROIDS_FILE).centroids;
    const derived = decisions.flatMap(({ decision }) => (decision.centroid ? [{ key: decision.centroid.key, members: decision.centroid.members, outliers: decision.centroid.outliers }] : []));
    expect(shipped).toEqual(derived.sort((a, b) => a.key.localeCompare(b.key)));
  });
});
