import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Io } from '../../../scripts/ingest';
import { warmIngestSources } from '../../../scripts/lib/ingest-sources';
import { draftFileSchema, type DraftFeature } from '../../../src/data/draft-schema';
import { quoteIsInReport, squashWhitespace } from '../../../src/data/validate';

const sources = warmIngestSources();
// Drafts are written while the suites are collected (describe bodies), so the directory exists from the start.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-notice-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function draft(name: string, text: string) {
  const file = path.join(tmp, `${name}.txt`);
  fs.writeFileSync(file, text);
  const err: string[] = [];
  const io: Io = { out: () => {}, err: (l) => err.push(l), cwd: tmp };
  const result = run([file, '--out', path.join(tmp, `${name}.geojson`), '--quiet'], io, sources);
  if (result.code !== 0) throw new Error(`ingest exited ${result.code}: ${err.join('; ')}`);
  const collection = draftFileSchema.parse(JSON.parse(fs.readFileSync(path.join(tmp, `${name}.geojson`), 'utf8')));
  const byName = (n: string) => collection.features.find((f) => f.properties.name === n) as DraftFeature;
  return { collection, byName, err: err.join('\n'), report: squashWhitespace(fs.readFileSync(path.join(tmp, `${name}.report.txt`), 'utf8')) };
}

describe('a notice with headed lists', () => {
  const notice = [
    '东乡族自治县新冠肺炎疫情防控指挥部通告',
    '（2021 第17号）',
    '经研判，决定自11月5日24时起，对我县部分区域风险等级进行调整：',
    '一、高风险区降为中风险区（4个）',
    '达板镇3个：上科妥村、拱北滩村、拱北滩社区',
    '锁南镇1个：城南社区(不含城南农贸市场)',
    '二、中风险区降为低风险区（3个）',
    '河滩镇2个：小庄村、屯地村',
    '三、解除封控',
    '那勒寺镇三甲村、瓦房村。',
    '请广大群众继续做好个人防护。',
  ].join('\n');
  const { collection, byName, err, report } = draft('dongxiang', notice);

  it('drafts each listed place, named as written, with its section, the section\'s change and the list line as quote', () => {
    const city = byName('城南社区(不含城南农贸市场)');
    expect(city.properties.section).toEqual({ order: 1, heading: '一、高风险区降为中风险区（4个）', count: 4 });
    expect(city.properties.events).toMatchObject([{ date: '2021-11-06', time: '00:00', status: 'medium-risk', quote: '锁南镇1个：城南社区(不含城南农贸市场)' }]);
    expect(city.properties.events[0].note?.en).toContain('qualifier: 不含城南农贸市场');
    expect(byName('小庄村').properties.events[0].status).toBe('low-risk');
    expect(byName('瓦房村').properties).toMatchObject({ section: { order: 3, heading: '三、解除封控' }, events: [{ status: 'lifted' }], admin: { township: '那勒寺镇' } });
    for (const f of collection.features) for (const e of f.properties.events) expect(quoteIsInReport(e.quote, report)).toBe(true);
  });
  it('dates the list by the notice\'s effective time: 11月5日24时 is the end of 11-05, in force from 11-06', () => {
    expect(collection.features.every((f) => f.properties.events.every((e) => e.date === '2021-11-06'))).toBe(true);
    expect(byName('上科妥村').properties.events[0].note?.en).toContain('24时 is the end of 2021-11-05');
  });
  it('takes the year from the notice number, and warns when a heading\'s count does not match its list', () => {
    expect(collection.outbreak).toMatchObject({ yearBasis: 'stated', yearEvidence: { en: 'the notice number gives 2021: "2021 第17号"' } });
    expect(err).toContain('states 3, the list under it has 2');
    expect(collection.outbreak.notes?.some((n) => n.en.includes('states 3, the list under it has 2'))).toBe(true);
  });
});

describe('a notice placed by the official record', () => {
  const { byName } = draft('xingqing', [
    '银川市兴庆区新冠肺炎疫情防控指挥部通告',
    '经专家研判，自2022年10月20日20时起，兴庆区2个高风险区下调为中风险区，分别为万品汇、上前城康居北区3-3。',
    '自10月24日起，兴庆区1个中风险区调整为低风险区，分别为：万品汇。',
  ].join('\n'));
  it('places a listed place at the one official area of that name in the county, and says what the record knew', () => {
    const mall = byName('万品汇').properties;
    expect(mall.geometrySource).toBe('official:宁夏回族自治区银川市兴庆区万品汇');
    expect(mall.precision).toBe('neighbourhood');
    expect(mall.section).toEqual({ order: 1, heading: '兴庆区2个高风险区下调为中风险区', count: 2 });
    expect(mall.geometryNote?.en).toContain('the official lists have 宁夏回族自治区银川市兴庆区万品汇 high 2022-10-11..2022-10-18, medium 2022-10-19..2022-10-23');
    expect(mall.geometryNote?.zh).toContain('官方名单记录');
    // Report: medium from 10-20 (record 10-19: a day, agreed); low from 10-24 (record last lists it on 10-23: agreed).
    expect(mall.events.map((e) => [e.date, e.status])).toEqual([['2022-10-20', 'medium-risk'], ['2022-10-24', 'low-risk']]);
    expect(mall.flag).toBeUndefined();
  });
  it('flags a date the record puts more than a day away', () => {
    const { byName: late } = draft('xingqing-late', [
      '银川市兴庆区新冠肺炎疫情防控指挥部通告',
      '经专家研判，自2022年10月20日20时起，兴庆区2个高风险区下调为中风险区，分别为万品汇、东城人家65号楼2单元。',
      '自10月28日起，兴庆区1个中风险区调整为低风险区，分别为：万品汇。',
    ].join('\n'));
    const mall = late('万品汇').properties;
    expect(mall.flag?.en).toBe('report and official lists differ by more than a day: the report ends it on 2022-10-28, the official lists last have it on 2022-10-23');
    expect(mall.flag?.zh).toContain('官方名单最后一次列出是 2022-10-23');
  });
  it('reads an inline list that runs over a semicolon once, as the list, not again as sentences', () => {
    const { collection } = draft('xingqing-semicolon', [
      '银川市兴庆区新冠肺炎疫情防控指挥部通告',
      '自2022年10月20日20时起，兴庆区3个中风险区调整为低风险区，分别为裕民社区西湖小区、宝庆社区；富宁街街道中寺社区。',
    ].join('\n'));
    expect(collection.features.map((f) => [f.properties.name, f.properties.section?.order])).toEqual([
      ['裕民社区西湖小区', 1], ['宝庆社区', 1], ['富宁街街道中寺社区', 1],
    ]);
  });
  it('never takes a namesake of another county', () => {
    const { byName: west } = draft('xixia', [
      '银川市西夏区新冠肺炎疫情防控指挥部通告',
      '自2022年10月20日20时起，西夏区2个高风险区下调为中风险区，分别为万品汇、万科初昕苑。',
    ].join('\n'));
    const mall = west('万品汇').properties;
    expect(mall.geometrySource.startsWith('official:')).toBe(false);
    expect(mall.admin.county).toBe('西夏区');
    expect(mall.flag?.en).toContain('lie outside this county');
  });
});

describe('a header line with enumerated items', () => {
  const { byName } = draft('chengdu', [
    '成都市新冠肺炎疫情防控指挥部关于调整部分地区风险等级的通告',
    '自2022年6月28日18时起，将以下区域划定为高风险区：',
    '1.武侯区簇桥街道锦城社区七里村小区；',
    '2.武侯区机投桥街道潮音社区。',
    '将以下区域划定为中风险区：',
    '1.武侯区簇桥街道簇锦北路社区。',
  ].join('\n'));
  it('names the header as the section of each item, numbered in the order of the headers', () => {
    expect(byName('潮音社区').properties.section).toEqual({ order: 1, heading: '自2022年6月28日18时起，将以下区域划定为高风险区：' });
    expect(byName('簇锦北路社区').properties).toMatchObject({ section: { order: 2, heading: '将以下区域划定为中风险区：' }, events: [{ date: '2022-06-28', status: 'medium-risk' }] });
  });
});

describe('a notice dated just after New Year', () => {
  const { collection, byName } = draft('newyear', [
    '东乡族自治县新冠肺炎疫情防控指挥部通告',
    '发布时间：2022-01-02',
    '经研判，决定自12月31日24时起，对我县部分区域风险等级进行调整：',
    '一、中风险区降为低风险区（2个）',
    '河滩镇2个：小庄村、屯地村',
  ].join('\n'));
  it('reads a 12月31日 without a year as the last day of the year before the notice, and says why', () => {
    expect(collection.outbreak).toMatchObject({ yearBasis: 'stated', yearEvidence: { en: 'the publication line gives 2022: "发布时间：2022-01-02"' } });
    expect(byName('小庄村').properties.events).toMatchObject([{ date: '2022-01-01', time: '00:00', status: 'low-risk' }]);
    expect(byName('小庄村').properties.events[0].note?.en).toContain('the notice is dated 2022-01-02, so read as 2021-12-31');
  });
});
