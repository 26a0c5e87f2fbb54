/**
 * One test per general rule added to the extractor, each on a sentence of our own (not from the five seeds):
 * the tool is measured on reports it has never seen, so the rules must hold beyond the seed wording.
 */
import { describe, expect, it } from 'vitest';
import { classify, statusCue } from '../../../src/ingest/classify';
import { withDescriptiveFacilities } from '../../../src/ingest/facilities';
import { massTesting } from '../../../src/ingest/mass-testing';
import { attachParents, extractPlaces, type PlaceContext, type PlaceMention } from '../../../src/ingest/places';

const ctx: PlaceContext = { counties: new Set(['常山县', '龙游县', '衢江区']), prefectures: new Set(['衢州市', '杭州市']), cityNames: new Set(['衢州市', '衢州']) };
const city = (s: string): PlaceMention[] => [...s.matchAll(/全市|我市/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, pieces: [{ text: '衢州市', level: 'city' as const }] }));
const mentions = (s: string) => withDescriptiveFacilities(s, attachParents(extractPlaces(s, ctx), s));
const names = (s: string) => mentions(s).map((m) => m.text);
const cls = (s: string, place: string) => {
  const m = [...mentions(s), ...city(s)].find((x) => x.text.endsWith(place));
  if (!m) throw new Error(`${place} not found in ${s}`);
  return classify(s, m.pieces, m.start, m.end);
};

describe('cue words', () => {
  it('reads 停售 as a suspension and 设卡 as a checkpoint opened', () => {
    expect(cls('5月3日,全县所有进出通道设卡。', '进出通道')).toMatchObject({ kind: 'checkpoint', status: 'opened' });
    expect(statusCue('5月3日起,常山至杭州的客运车票一律停售。', 0, 5)).toMatchObject({ status: 'suspended' });
  });
});

describe('county and city events', () => {
  it('takes a whole-area measure from a later clause of the sentence', () => {
    expect(cls('5月20日,我市新增确诊病例2例,全面恢复正常生产生活秩序。', '我市')).toMatchObject({ kind: 'city-control', status: 'resumed' });
  });
  it('ignores a measure in an earlier clause that speaks of another place', () => {
    expect(cls('5月8日,芳村镇实现社会面清零,常山县疫情得到基本控制。', '常山县')).toBeUndefined();
  });
  it('reads the area as subject of a case report as its first case, but not as an object', () => {
    expect(cls('5月2日,龙游县发现1例新冠肺炎确诊病例。', '龙游县')).toMatchObject({ kind: 'county-control', status: 'first-case' });
    expect(cls('5月2日,接到来自龙游县的协查函后,工作组连夜出发。', '龙游县')).toBeUndefined();
  });
  it('reads a case found "in the testing of …" as the area\'s first case', () => {
    expect(cls('5月2日,龙游县在对外地游客的核酸检测中发现阳性人员。', '龙游县')).toMatchObject({ kind: 'county-control', status: 'first-case' });
  });
  it('does not give a measure to the area that imposes it on another (衢州市将…划定为…)', () => {
    expect(cls('5月3日,衢州市将龙游县湖镇镇星火村划定为中风险地区。', '衢州市')).toBeUndefined();
    expect(cls('5月3日,衢州市将龙游县湖镇镇星火村划定为中风险地区。', '星火村')).toMatchObject({ status: 'medium-risk' });
  });
  it('reads an emergency mobilisation of the area itself as reported', () => {
    expect(cls('5月2日晚,衢江区连夜召开紧急会议,部署流调工作。', '衢江区')).toMatchObject({ kind: 'county-control', status: 'reported' });
  });
  it('reads a case found in a village as the village\'s first case', () => {
    expect(cls('5月2日,常山县芳村镇新桥村发现1例确诊病例。', '新桥村')).toMatchObject({ kind: 'risk-area', status: 'first-case' });
  });
});

describe('facility names', () => {
  it('takes help lines, help platforms and ways out, not publicity platforms or priority lanes', () => {
    expect(names('龙游县开通防疫求助热线和民生求助平台')).toEqual(['龙游县', '求助热线', '民生求助平台']);
    expect(names('县里开通求助热线,所有进出通道设卡。')).toEqual(['求助热线', '进出通道']);
    expect(names('在各宣传平台发布稿件,医院开通绿色通道。')).toEqual([]);
  });
  it('keeps 疫情防控 in a facility name only after a real place', () => {
    expect(names('5月4日,龙游县疫情防控指挥部发布通告。')).toEqual(['龙游县疫情防控指挥部']);
    expect(names('疫情防控指挥部发布通告。')).toEqual([]);
  });
  it('names a counted or newly set up facility by its description, and a host site by the facility', () => {
    expect(names('5月5日,在全县开设4个临时接种点。')).toEqual(['临时接种点']);
    expect(names('当晚搭建3处核酸采样点。')).toEqual(['核酸采样点']);
    expect(names('在江郎山宾馆设立集中隔离医学观察点。')).toEqual(['江郎山宾馆集中隔离医学观察点']);
    expect(names('共有5个检测点。')).toEqual([]);
  });
  it('drops a leading fragment that hides the admin chain (封/控区 + county)', () => {
    expect(mentions('在封控区龙游县湖镇镇星火村值守').map((m) => m.pieces.map((p) => p.level).join('>'))).toEqual(['county>township>village']);
  });
  it('keeps a one-character locative inside a name (文峰前社区)', () => {
    expect(names('5月4日,常山县天马街道文峰前社区党支部书记值守。')).toEqual(['常山县天马街道文峰前社区']);
  });
  it('skips a hospital or school that is only a workplace or an origin', () => {
    expect(cls('5月6日,龙游县人民医院呼吸科的一名护士报名支援。', '人民医院')).toBeUndefined();
    expect(cls('5月6日,来自衢州学院的志愿者到达。', '衢州学院')).toBeUndefined();
  });
});

describe('venues', () => {
  it('take the measure said of them (暂停开放 → suspended)', () => {
    expect(cls('4月3日,根宫佛国景区暂停开放。', '根宫佛国景区')).toMatchObject({ kind: 'risk-area', status: 'suspended' });
    expect(cls('4月20日,根宫佛国景区恢复开放。', '根宫佛国景区')).toMatchObject({ status: 'resumed' });
  });
});

describe('a place that only hosts a facility', () => {
  it('is not a place with a measure of its own (在芳村镇设置临时集中隔离点)', () => {
    expect(cls('5月6日,常山县在芳村镇设置临时集中隔离点。', '芳村镇')).toMatchObject({ strength: 'none' });
    const s = '5月6日,常山县在芳村镇设置临时集中隔离点。';
    expect(mentions(s).map((m) => m.text)).toEqual(['常山县', '芳村镇', '临时集中隔离点']);
  });
});

describe('mass testing of a whole area', () => {
  const own = (word: string) => (/市/u.test(word) ? { area: '衢州市', level: 'city' as const } : { area: '龙游县', level: 'county' as const });
  it('names the area\'s mass testing; testing begun in a street widens to the area in a later clause', () => {
    const s = '5月2日,龙游县开展全员核酸检测。';
    expect(massTesting(s, mentions(s), own)).toMatchObject([{ name: '龙游县全员核酸检测', status: 'opened' }]);
    const w = '5月2日,龙游县在东华街道启动全员核酸检测,5月3日,扩展至全县。';
    expect(massTesting(w, mentions(w), own).map((t) => t.name)).toEqual(['龙游县全员核酸检测']);
    const c = '5月4日,我市在全市范围内开展全员核酸筛查。';
    expect(massTesting(c, [...mentions(c), ...city(c)], own)[0]).toMatchObject({ name: '衢州市全员核酸筛查', level: 'city' });
  });
  it('does not read routine testing work as mass testing', () => {
    const s = '5月4日,该县党员干部协助开展核酸检测采样。';
    expect(massTesting(s, mentions(s), own)).toEqual([]);
  });
});
