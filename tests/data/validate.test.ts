/**
 * The validator catches each rule on a broken copy of a real feature, naming file, feature id and JSON path;
 * and the shipped data passes all of them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNTRANSLATED_ZH } from '../../src/data/schema';
import { duplicateIdProblems, formatProblem, validateOutbreakFile } from '../../src/data/validate';
import { loadGazetteer, outbreakFiles, readJson, repoRoot } from '../../src/node/geo-files';

const gazetteer = loadGazetteer();
const report = '1月10日,将汤阴县育才中学、古贤镇大朱庄村划定为高风险地区。2月3日,安阳市封控区、管控区全部解除。';
const pointInside = gazetteer.geometryFor('admin:410523', false)!;

function fixture() {
  return {
    type: 'FeatureCollection',
    outbreak: {
      id: 'fixture', title: '测试', titleEn: 'Fixture', province: '河南省', city: '安阳市', report: 'geo/reports/fixture.txt',
      source: '000_83317e7fcb4ee734.txt', period: { start: '2022-01-08', end: '2022-02-03' }, yearBasis: 'stated', yearEvidence: { zh: '报道写明年份', en: 'the report states the year' },
    },
    features: [{
      type: 'Feature', geometry: structuredClone(pointInside),
      properties: {
        id: 'fixture-dazhuzhuang', name: '大朱庄村', nameEn: 'Dazhuzhuang Cun', kind: 'risk-area', precision: 'county',
        admin: { county: '汤阴县' }, geometrySource: 'admin:410523',
        events: [
          { date: '2022-01-10', status: 'high-risk', quote: '古贤镇大朱庄村划定为高风险地区' },
          { date: '2022-02-03', status: 'lifted', quote: '安阳市封控区、管控区全部解除' },
        ],
      },
    }],
  };
}

function problemsOf(json: unknown): string[] {
  return validateOutbreakFile({ file: 'fixture.geojson', json, reportText: () => report }, gazetteer).map(formatProblem);
}

describe('validator rules', () => {
  it('accepts the well-formed fixture', () => {
    expect(problemsOf(fixture())).toEqual([]);
  });

  it('accepts a point a reviewer placed, with its stated precision and note, where geo:place would derive none', () => {
    const f = fixture();
    Object.assign(f.features[0].properties, { geometrySource: 'reviewer', precision: 'village', geometryNote: { zh: '审核人按村委会位置放置', en: 'placed by the reviewer at the village committee' } });
    (f.features[0].geometry as { coordinates: number[] }).coordinates = [114.3571, 35.9235];
    expect(problemsOf(f)).toEqual([]);
  });

  const broken: Array<[string, (f: ReturnType<typeof fixture>) => void, string]> = [
    ['a schema error', (f) => { (f.features[0].properties as Record<string, unknown>).name = ''; }, 'fixture.geojson [fixture-dazhuzhuang] $.features[0].properties.name'],
    ['a kind outside the enum', (f) => { (f.features[0].properties as Record<string, unknown>).kind = 'volcano'; }, '$.features[0].properties.kind'],
    ['a status outside the enum', (f) => { (f.features[0].properties.events[0] as Record<string, unknown>).status = 'on-fire'; }, '$.features[0].properties.events[0].status'],
    ['a missing geometrySource', (f) => { delete (f.features[0].properties as Record<string, unknown>).geometrySource; }, '$.features[0].properties.geometrySource'],
    ['a quote not in the report', (f) => { f.features[0].properties.events[0].quote = '大朱庄村划定为低风险地区'; }, '[fixture-dazhuzhuang] $.features[0].properties.events[0].quote: quote not found in report text'],
    ['a date outside the period', (f) => { f.features[0].properties.events[1].date = '2022-03-01'; }, 'events[1].date: date 2022-03-01 outside period 2022-01-08..2022-02-03'],
    ['events out of order', (f) => { f.features[0].properties.events.reverse(); }, 'events out of order'],
    ['a point outside its county', (f) => { f.features[0].properties.admin.county = '内黄县'; }, '$.features[0].geometry: point lies outside the polygon of 内黄县'],
    ['a hand-typed geometry', (f) => { (f.features[0].geometry as { coordinates: number[] }).coordinates = [114.4, 35.9]; }, 'geometry differs from what admin:410523 gives'],
    ['a geometrySource naming no record', (f) => { f.features[0].properties.geometrySource = 'geonames:1'; }, 'geometrySource geonames:1 names no shipped record'],
    ['a reviewer\'s point without a note', (f) => { f.features[0].properties.geometrySource = 'reviewer'; }, '$.features[0].properties.geometryNote: placed by the reviewer: geometryNote must say'],
    ['a reviewer\'s point outside its county', (f) => { Object.assign(f.features[0].properties, { geometrySource: 'reviewer', geometryNote: { zh: '审核人按村委会位置放置', en: 'placed at the village committee' } }); (f.features[0].geometry as { coordinates: number[] }).coordinates = [114.0, 35.5]; }, '$.features[0].geometry: point lies outside the polygon of 汤阴县'],
    ['a reviewer\'s source on an area', (f) => { Object.assign(f.features[0].properties, { kind: 'county-control', geometrySource: 'reviewer', geometryNote: { zh: '审核人放置', en: 'placed by the reviewer' } }); }, 'a place placed by the reviewer must be a point of a point kind (kind county-control'],
    ['an unreviewed ingest draft', (f) => { Object.assign(f.features[0].properties, { review: 'pending', confidence: 0.4 }); }, 'review is pending'],
    ['a draft source', (f) => { f.outbreak.source = 'draft:new-report.txt'; }, '$.outbreak.source: a draft from npm run ingest'],
    ['a county not in the city', (f) => { f.features[0].properties.admin.county = '开化县'; }, 'county 开化县 is not a county of 安阳市'],
    ['a mention coded after the site was opened', (f) => { Object.assign(f.features[0].properties, { kind: 'testing-site' }); f.features[0].properties.events = [{ date: '2022-01-10', status: 'opened', quote: '古贤镇大朱庄村划定为高风险地区' }, { date: '2022-02-03', status: 'reported', quote: '安阳市封控区、管控区全部解除' }]; }, 'events[1].status: reported after the site was opened or in use'],
    ['a flag in one language only', (f) => { Object.assign(f.features[0].properties, { flag: 'village not in GeoNames' }); }, '$.features[0].properties.flag'],
    ['a note without its English', (f) => { Object.assign(f.features[0].properties.events[0], { note: { zh: '日期来自上下文' } }); }, '$.features[0].properties.events[0].note.en'],
    ['an empty English text', (f) => { f.outbreak.yearEvidence.en = ' '; }, '$.outbreak.yearEvidence.en: en text is empty'],
    ['English text in the zh field', (f) => { Object.assign(f.features[0].properties, { geometryNote: { zh: '大朱庄村 not in GeoNames; placed at its county', en: '大朱庄村 not in GeoNames; placed at its county' } }); }, 'geometryNote.zh: zh text contains an English phrase'],
    ['a zh text without Chinese', (f) => { Object.assign(f.outbreak, { notes: [{ zh: 'n/a', en: 'no notes' }] }); }, '$.outbreak.notes[0].zh: zh text has no Chinese characters'],
    ['an en text of Chinese only', (f) => { Object.assign(f.features[0].properties.events[1], { flag: { zh: '最晚可能的日期', en: '最晚可能的日期' } }); }, 'events[1].flag.en: en text has no English words'],
    ['an untranslated ingest text', (f) => { Object.assign(f.features[0].properties.events[0], { note: { zh: UNTRANSLATED_ZH, en: 'date read from "10日" against the last stated date' } }); }, '[fixture-dazhuzhuang] $.features[0].properties.events[0].note.zh: zh is the placeholder of a draft'],
  ];
  for (const [rule, breakIt, message] of broken) {
    it(`reports ${rule} with file, feature id and path`, () => {
      const json = fixture();
      breakIt(json);
      const problems = problemsOf(json);
      expect(problems.some((p) => p.includes(message)), problems.join('\n')).toBe(true);
    });
  }

  it('refuses a period and dates outside 2019–2023, the era of the record (a wrong --year accepted)', () => {
    const json = fixture();
    json.outbreak.period.start = '1800-01-06';
    json.features[0].properties.events[0].date = '1800-01-06';
    const problems = problemsOf(json);
    expect(problems).toContain('fixture.geojson $.outbreak.period.start: date 1800-01-06 is outside 2019–2023, the years of COVID-19 measures in China (first cases December 2019, measures ended January 2023)');
    expect(problems.some((p) => p.startsWith('fixture.geojson [fixture-dazhuzhuang] $.features[0].properties.events[0].date: date 1800-01-06 is outside 2019–2023'))).toBe(true);
    const late = fixture();
    late.outbreak.period.end = '2099-02-03';
    expect(problemsOf(late).some((p) => p.includes('$.outbreak.period.end: date 2099-02-03 is outside 2019–2023'))).toBe(true);
  });

  it('refuses a source naming no seed of ../shared/seeds when that folder is there, and cannot tell without it', () => {
    const json = fixture();
    json.outbreak.source = '009_0123456789abcdef.txt';
    const seeds = new Set(['000_83317e7fcb4ee734.txt']);
    const withSeeds = validateOutbreakFile({ file: 'fixture.geojson', json, reportText: () => report, seedExists: (name) => seeds.has(name) }, gazetteer).map(formatProblem);
    expect(withSeeds).toEqual(['fixture.geojson $.outbreak.source: source 009_0123456789abcdef.txt names no seed in ../shared/seeds']);
    expect(validateOutbreakFile({ file: 'fixture.geojson', json: fixture(), reportText: () => report, seedExists: (name) => seeds.has(name) }, gazetteer)).toEqual([]);
    expect(problemsOf(json)).toEqual([]);
  });

  it('reports an id used twice across files', () => {
    const problems = duplicateIdProblems([{ file: 'a.geojson', json: fixture() }, { file: 'b.geojson', json: fixture() }]).map(formatProblem);
    expect(problems).toEqual(['b.geojson [fixture-dazhuzhuang] $.features[0].properties.id: duplicate id, first used in a.geojson']);
  });
});

describe('the shipped data', () => {
  const files = outbreakFiles();
  it('has the five outbreaks', () => {
    expect(files.map((f) => f.replace(/^.*\//, ''))).toEqual(['anyang.geojson', 'fengtai.geojson', 'heze.geojson', 'kaihua.geojson', 'shifeng.geojson']);
  });
  for (const file of files) {
    it(`${file} passes every rule, every quote verbatim in its report`, () => {
      const json = readJson(file);
      const problems = validateOutbreakFile({ file, json, reportText: (p) => fs.readFileSync(p, 'utf8') }, gazetteer);
      expect(problems.map(formatProblem)).toEqual([]);
    }, 30_000); // the first file with official: sources loads the official record (seconds on a busy machine)
  }
  it('uses each id once across all files', () => {
    expect(duplicateIdProblems(files.map((file) => ({ file, json: readJson(file) })))).toEqual([]);
  });
});

describe('npm run validate', () => {
  it('exits 1 on a file whose period reaches 1800 and whose source names no seed of the seeds folder, saying both', () => {
    const json = readJson('geo/outbreaks/anyang.geojson') as { outbreak: { period: { start: string }; source: string } };
    json.outbreak.period.start = '1800-01-06';
    json.outbreak.source = '009_0123456789abcdef.txt';
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-'));
    const file = path.join(dir, 'anyang.geojson');
    fs.writeFileSync(file, JSON.stringify(json));
    fs.mkdirSync(path.join(dir, 'shared', 'seeds'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'shared', 'seeds', '000_83317e7fcb4ee734.txt'), '');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', file], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ATLAS_SHARED_DIR: path.join(dir, 'shared') } });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('$.outbreak.period.start: date 1800-01-06 is outside 2019–2023');
    expect(run.stderr).toContain('$.outbreak.source: source 009_0123456789abcdef.txt names no seed in ../shared/seeds');
  });
});
