import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/ingest/classify';
import { resolveSentenceDates, resolveYear } from '../../../src/ingest/dates';
import { countWarnings } from '../../../src/ingest/notice-candidates';
import { readItem, readNoticeSections, splitItems } from '../../../src/ingest/notice-lists';
import { noticeYear } from '../../../src/ingest/notice-year';
import { disagreement, officialRecord, runsOf } from '../../../src/ingest/official-record';
import type { OfficialInterval } from '../../../src/official/schema';
import { dayNumber } from '../../../src/core/calendar-day';

const headed = [
  '经研判，决定自11月5日24时起，对以下区域风险等级进行调整：',
  '一、高风险区降为中风险区（4个）',
  '东乡族自治县达板镇3个：上科妥村、拱北滩村、拱北滩社区',
  '临夏市1个：宇泰家园(不含C区)',
  '二、中风险区降为低风险区 14个',
  '1.宇泰家园C区；',
  '2.西湖社区山坪里；',
  '3.古庄顶布房里。',
  '三、解除封控',
  '那勒寺镇三甲村、瓦房村。',
  '请广大群众继续做好个人防护。',
  '临夏州新冠肺炎疫情防控指挥部',
  '2021年11月5日',
].join('\n');

describe('headed lists with counts', () => {
  const sections = readNoticeSections(headed);
  it('read each section heading with its change, its count and the places under it, up to the closing prose', () => {
    expect(sections.map((s) => [s.order, s.heading, s.status, s.count, s.items.map((i) => i.name)])).toEqual([
      [1, '一、高风险区降为中风险区（4个）', 'medium-risk', 4, ['上科妥村', '拱北滩村', '拱北滩社区', '宇泰家园(不含C区)']],
      [2, '二、中风险区降为低风险区 14个', 'low-risk', 14, ['宇泰家园C区', '西湖社区山坪里', '古庄顶布房里']],
      [3, '三、解除封控', 'lifted', undefined, ['那勒寺镇三甲村', '瓦房村']],
    ]);
  });
  it('keep the parents and count of a group line, and quote the line the place stands in', () => {
    const first = sections[0];
    expect(first.groups.map((g) => [g.label, g.count, g.items])).toEqual([['东乡族自治县达板镇', 3, 3], ['临夏市', 1, 1]]);
    expect(first.items[0]).toMatchObject({ parents: '东乡族自治县达板镇', quote: '东乡族自治县达板镇3个：上科妥村、拱北滩村、拱北滩社区' });
    expect(sections[1].items[1].quote).toBe('2.西湖社区山坪里；');
  });
  it('check the heading counts against the lists: a count that does not match is a warning', () => {
    expect(countWarnings(sections[0])).toEqual([]);
    const [warning] = countWarnings(sections[1]);
    expect(warning.en).toContain('states 14, the list under it has 3');
    expect(warning.zh).toContain('写有 14 个，其下列出 3 个');
  });
});

describe('an inline list after a heading phrase', () => {
  it('takes the phrase as the heading, its count and change, and the places after 分别为 as the list', () => {
    const [s] = readNoticeSections('另悉，兴庆区10个高风险区下调为中风险区，分别为裕民小区及四周商铺、西部宁夏机电批发市场、新华街云翠园…');
    expect([s.heading, s.count, s.status]).toEqual(['兴庆区10个高风险区下调为中风险区', 10, 'medium-risk']);
    expect(s.items.map((i) => [i.name, i.parents])).toEqual([['裕民小区及四周商铺', '兴庆区'], ['西部宁夏机电批发市场', '兴庆区'], ['新华街云翠园', '兴庆区']]);
    expect(countWarnings(s)[0].en).toContain('states 10, the list under it has 3');
  });
  it('reads a list after a colon, but leaves a sentence whose places carry the change themselves to the narrative reader', () => {
    expect(readNoticeSections('自6月20日24时起，将以下区域调整为低风险地区：市桥街道德兴社区、东兴社区。')[0].items.map((i) => i.name)).toEqual(['市桥街道德兴社区', '东兴社区']);
    expect(readNoticeSections('7月8日18时起，锦城社区、潮音社区调整为低风险区；白河社区解除管控。')).toEqual([]);
  });
  it('drafts no change from a level restated (继续实施管控)', () => {
    expect(readNoticeSections('番禺区2个中风险地区继续实施管控，分别为：东环街道蔡边一村、蔡边二村。')[0].standing).toBe(true);
  });
});

describe('places with qualifiers are kept as written', () => {
  it('names the place and its qualifier apart, never cutting the name', () => {
    expect(readItem('宇泰家园(不含C区)')).toEqual({ name: '宇泰家园(不含C区)', core: '宇泰家园', qualifier: '不含C区' });
    expect(readItem('裕民小区及四周商铺')).toEqual({ name: '裕民小区及四周商铺', core: '裕民小区', qualifier: '及四周商铺' });
    expect(readItem('西湖社区山坪里')).toEqual({ name: '西湖社区山坪里', core: '西湖社区', qualifier: '山坪里' });
    expect(readItem('宇泰家园C区')).toEqual({ name: '宇泰家园C区', core: '宇泰家园C区' });
    expect(readItem('古庄顶布房里')).toEqual({ name: '古庄顶布房里', core: '古庄顶布房里' });
    expect(readItem('裕民社区西湖小区')).toEqual({ name: '裕民社区西湖小区', core: '裕民社区西湖小区' });
    // A compound after its community is part of the name, not a qualifier; a hamlet or a group is one.
    expect(readItem('东泉路中社区世界冠郡一期')).toEqual({ name: '东泉路中社区世界冠郡一期', core: '东泉路中社区世界冠郡一期' });
    expect(readItem('团结村二组')).toEqual({ name: '团结村二组', core: '团结村', qualifier: '二组' });
  });
  it('splits a list at 、 and ； but not inside brackets, and keeps a name that starts with 等', () => {
    expect(splitItems('宇泰家园(不含C区、D区)、弄岛镇等秀村；新华街云翠园等3个小区')).toEqual(['宇泰家园(不含C区、D区)', '弄岛镇等秀村', '新华街云翠园']);
  });
});

describe('the year from the page around the sentences', () => {
  const body = '\n经研判，自5月28日24时起，将达板镇调整为低风险地区。疫情防控不放松。';
  it('reads a dateline', () => {
    expect(noticeYear(`央视新闻客户端 2021-05-29 11:05${body}`)).toMatchObject({ year: 2021, form: 'dateline' });
    expect(resolveYear(`央视新闻客户端 2021-05-29 11:05${body}`)).toMatchObject({ year: 2021, basis: 'stated' });
  });
  it('reads a notice number', () => {
    expect(resolveYear(`临夏州疫情防控指挥部通告（2021 第17号）${body}`)).toMatchObject({ year: 2021, basis: 'stated' });
    expect(noticeYear(`满疫指发〔2020〕42号${body}`)).toMatchObject({ year: 2020, form: 'notice-number' });
  });
  it('reads a publication line', () => {
    const year = resolveYear(`发布时间：2021-01-26 10:12  来源：南宫市人民政府${body}`);
    expect(year).toMatchObject({ year: 2021, basis: 'stated' });
    expect(year?.evidence.en).toBe('the publication line gives 2021: "发布时间：2021-01-26"');
  });
  it('guesses from vocabulary only as the last resort, and says it is a guess', () => {
    expect(resolveYear(`新冠疫情${body}`)).toMatchObject({ year: 2022, basis: 'inferred', assumed: true });
  });
});

describe('effective times', () => {
  it('reads 24时 as the end of that day: 5月28日24时 is in force from 05-29 00:00', () => {
    const [m] = resolveSentenceDates('5月28日24时调整为低风险地区', { year: 2021 }).mentions;
    expect(m).toMatchObject({ date: '2021-05-29', time: '00:00', endOfDay: { written: '2021-05-28' } });
  });
  it('keeps 0时 and other hours on the day written, and 0时至24时 as one day', () => {
    expect(resolveSentenceDates('自2022年10月20日20时起，将裕民小区降为中风险区', { year: 2022 }).mentions[0]).toMatchObject({ date: '2022-10-20', time: '20:00' });
    expect(resolveSentenceDates('4月28日0时至24时，新增病例5例', { year: 2022 }).mentions.map((m) => m.date)).toEqual(['2022-04-28']);
  });
});

describe('what the official record knew', () => {
  const d = (iso: string) => dayNumber(iso);
  const intervals: OfficialInterval[] = [
    { area: 7, level: 'high', first: d('2022-10-12'), last: d('2022-10-19'), count: 1 },
    { area: 7, level: 'high', first: d('2022-10-20'), last: d('2022-10-20'), count: 2 },
    { area: 7, level: 'medium', first: d('2022-10-21'), last: d('2022-10-27'), count: 1 },
  ];
  it('joins the record\'s intervals into runs and says them in zh and en', () => {
    expect(runsOf(intervals).length).toBe(2);
    const { note, flag } = officialRecord('裕民小区', intervals, [{ date: '2022-10-20', status: 'medium-risk' }, { date: '2022-10-28', status: 'low-risk' }]);
    expect(note.en).toBe('the official lists have 裕民小区 high 2022-10-12..2022-10-20, medium 2022-10-21..2022-10-27');
    expect(note.zh).toContain('高风险 2022-10-12..2022-10-20');
    expect(flag).toBeUndefined();
  });
  it('flags a change the report dates more than a day from the record', () => {
    const runs = runsOf(intervals);
    expect(disagreement({ date: '2022-10-18', status: 'medium-risk' }, runs)?.en).toContain('the official lists from 2022-10-21');
    expect(disagreement({ date: '2022-10-25', status: 'low-risk' }, runs)?.en).toContain('last have it on 2022-10-27');
    expect(disagreement({ date: '2023-03-01', status: 'low-risk' }, runs)).toBeUndefined();
  });
});

describe('the sentences around a notice\'s lists', () => {
  it('read the body that issues the notice as its author, not as a command post set up that day', () => {
    const s = '经专家研判，兴庆区新冠肺炎疫情防控指挥部决定，自2022年10月20日20时起调整';
    expect(classify(s, [{ text: '兴庆区新冠肺炎疫情防控指挥部', level: 'site', site: 'command' }], s.indexOf('兴庆区'), s.indexOf('决定'))).toBeUndefined();
    const set = '10月21日，兴庆区设立疫情防控指挥部前方指挥所。';
    expect(classify(set, [{ text: '疫情防控指挥部', level: 'site', site: 'command' }], set.indexOf('疫情'), set.indexOf('前方'))?.kind).toBe('command-post');
  });
  it('read 解除A、B的封控措施 as the lifting of that measure', () => {
    const s = '同时，自10月20日20时起，解除新华街街道鼓楼社区、正丰社区的封控措施。';
    const at = s.indexOf('正丰社区');
    expect(classify(s, [{ text: '正丰社区', level: 'village' }], at, at + 4)).toMatchObject({ status: 'lifted' });
    const sealed = '自10月20日20时起，对正丰社区实施封控措施。';
    const at2 = sealed.indexOf('正丰社区');
    expect(classify(sealed, [{ text: '正丰社区', level: 'village' }], at2, at2 + 4)).toMatchObject({ status: 'sealed' });
  });
});
