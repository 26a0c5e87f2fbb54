/**
 * The report of issue 18, re-run: a made-up 温州市龙湾区 notice (tests/fixtures/ingest/eval/zhejiang-longwan.txt)
 * naming 下垟村, 全区全员核酸检测 and 龙湾区全域为低风险地区, ingested without --city. Before the national work the
 * tool refused it, and with --city 衢州市 put everything at 衢州's centre, made 全域低风险 a 衢州市 polygon and cut
 * 下垟村 into 下垟村 + 垟村.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/ingest';
import { warmIngestSources } from '../../../scripts/lib/ingest-sources';
import type { DraftFile } from '../../../src/data/draft-schema';
import { validateOutbreakFile } from '../../../src/data/validate';
import { loadGazetteer, repoRoot } from '../../../src/node/geo-files';

const sources = warmIngestSources();
let tmp: string;
let draft: DraftFile;
let err: string[];

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-wenzhou-'));
  err = [];
  const r = run([path.join(repoRoot, 'tests/fixtures/ingest/eval/zhejiang-longwan.txt'), '--out', path.join(tmp, 'longwan.geojson'), '--quiet'], { out: () => {}, err: (l) => err.push(l), cwd: tmp }, sources);
  expect(r.code).toBe(0);
  draft = r.draft!.collection;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const feature = (name: string) => draft.features.find((f) => f.properties.name === name);

describe('a 温州市龙湾区 report', () => {
  it('is drafted in 温州市 / 龙湾区, with nothing of 衢州 and no warning', () => {
    expect(draft.outbreak).toMatchObject({ province: '浙江省', city: '温州市', county: '龙湾区' });
    expect(JSON.stringify(draft)).not.toMatch(/衢州/u);
    expect(err).toEqual([]);
    for (const f of draft.features) expect(f.properties.admin.county).toBe('龙湾区');
  });
  it('keeps 下垟村 whole', () => {
    expect(feature('下垟村')?.properties.events.map((e) => `${e.date}:${e.status}`)).toEqual(['2022-01-08:reported', '2022-01-09:medium-risk', '2022-01-09:sealed', '2022-01-26:low-risk']);
    expect(draft.features.some((f) => f.properties.name === '垟村')).toBe(false);
  });
  it('drafts 全区全员核酸检测 as the district\'s mass testing', () => {
    expect(feature('龙湾区全员核酸检测')?.properties).toMatchObject({ kind: 'testing-site', geometrySource: 'admin:330303', precision: 'county' });
  });
  it('makes 龙湾区全域为低风险地区 an event of the district, drawn with the district polygon, and no city-wide feature', () => {
    const district = feature('龙湾区')!;
    expect(district.properties).toMatchObject({ kind: 'county-control', geometrySource: 'admin:330303' });
    expect(district.geometry.type).toMatch(/Polygon/);
    expect(district.properties.events.at(-1)).toMatchObject({ date: '2022-01-26', status: 'low-risk' });
    expect(draft.features.filter((f) => f.properties.kind === 'city-control')).toEqual([]);
  });
});

describe('the draft, once reviewed', () => {
  it('passes npm run validate\'s rules when every feature is accepted and the source is named', () => {
    const reviewed = structuredClone(draft);
    for (const f of reviewed.features) f.properties.review = 'accepted';
    reviewed.outbreak.source = '999_0123456789abcdef.txt';
    const report = fs.readFileSync(path.join(tmp, 'longwan.report.txt'), 'utf8');
    expect(validateOutbreakFile({ file: 'longwan.geojson', json: reviewed, reportText: () => report }, loadGazetteer())).toEqual([]);
    expect(validateOutbreakFile({ file: 'longwan.geojson', json: draft, reportText: () => report }, loadGazetteer()).length).toBeGreaterThan(0);
  });
});
