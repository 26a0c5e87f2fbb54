/**
 * Draft-level rules (several sentences interact) on an invented report, tests/fixtures/ingest/changshan.txt,
 * not on the seeds: earliest-only county case reports, whole-area mass testing, a place carried to the next
 * dated sentence, "as of" dates of a facility, city-wide endings of undated measures, the city as a qualifier
 * of transport, a site named after another city left unplaced, a facility's host street, and a list under a header.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/ingest';
import { warmIngestSources } from '../../../scripts/lib/ingest-sources';
import { repoRoot } from '../../../src/node/geo-files';
import type { OutbreakFile } from '../../../src/data/schema';

const sources = warmIngestSources();
let tmp: string;
let file: OutbreakFile;
const events = (name: string) => file.features.filter((f) => f.properties.name === name).flatMap((f) => f.properties.events.map((e) => `${e.date}:${e.status}`));

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-rules-'));
  const out = path.join(tmp, 'changshan.geojson');
  const r = run([path.join(repoRoot, 'tests/fixtures/ingest/changshan.txt'), '--city', '衢州市', '--year', '2022', '--out', out, '--quiet'], { out: () => {}, err: () => {}, cwd: tmp }, sources);
  expect(r.code).toBe(0);
  file = r.draft!.collection;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('draft rules (invented report)', () => {
  it('keeps only the first case report of a county; later daily counts are statistics', () => {
    expect(events('常山县')).toEqual(['2022-05-02:first-case']);
  });
  it('drafts the county\'s mass testing as a testing site on the county polygon', () => {
    const f = file.features.find((x) => x.properties.name === '常山县全员核酸检测')!;
    expect(f.properties).toMatchObject({ kind: 'testing-site', precision: 'county' });
    expect(events('常山县全员核酸检测')).toEqual(['2022-05-02:opened']);
  });
  it('carries a place of an undated sentence to the dated, place-less sentence after it', () => {
    const f = file.features.find((x) => x.properties.name === '东方小区')!;
    expect(f.properties.events.map((e) => e.date)).toEqual(['2022-05-06']);
    expect(f.properties.events[0].quote).toBe('5月6日,新增阳性病例降为零。');
  });
  it('adds an in-use event for an "as of" date after a facility', () => {
    expect(events('求助平台')).toEqual(['2022-05-03:in-use', '2022-05-08:in-use']);
  });
  it('ends an area named under a measure only in an undated sentence with the city-wide ending', () => {
    expect(events('红旗村')).toEqual(['2022-05-12:lifted']);
  });
  it('ends a village whose only earlier event is its first case with the city-wide ending', () => {
    expect(events('新桥村')).toEqual(['2022-05-03:first-case', '2022-05-12:lifted']);
  });
  it('gives a transport measure to the lines, not to the city word qualifying them', () => {
    expect(events('衢州市')).not.toContain('2022-05-09:resumed');
    expect(file.features.some((f) => f.properties.kind === 'transport' && f.properties.events.some((e) => e.date === '2022-05-09'))).toBe(true);
  });
  it('drafts the facility, not the street that hosts it', () => {
    expect(events('临时集中隔离点')).toEqual(['2022-05-13:opened']);
    expect(events('芳村镇')).not.toContain('2022-05-13:reported');
  });
  it('gives the items of a list the date and measure of its header line', () => {
    expect(events('东方社区')).toContain('2022-05-14:medium-risk');
    expect(events('红旗小区')).toEqual(['2022-05-14:medium-risk']);
    const item = file.features.find((f) => f.properties.name === '红旗小区')!;
    expect(item.properties.events[0]).toMatchObject({ quote: '2.常山县金川街道红旗小区。', note: { zh: expect.stringMatching(/名单的标题/), en: expect.stringMatching(/list's header/) } });
  });
  it('does not place a site named after another city', () => {
    expect(file.features.some((f) => f.properties.name.includes('杭州'))).toBe(false);
    expect(file.features.some((f) => f.properties.name === '第二附属医院')).toBe(false);
  });
});
