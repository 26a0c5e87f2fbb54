import { describe, expect, it } from 'vitest';
import { matchReportPlace, namesPlace, townshipKey, type ReportPlace } from '../../../src/official/crossref';
import type { OfficialArea } from '../../../src/official/schema';
import { divisions } from './fixture-divisions';

let nextId = 0;
const area = (address: string, county: string, extra: Partial<OfficialArea> = {}): OfficialArea => ({
  id: nextId++, address, province: address.slice(0, 3), prefecture: address.slice(3, 6), county, lon: 114.4, lat: 35.9,
  precision: 'village', precisionRule: 'address-level', flags: [], ...extra,
});
const place = (name: string, admin: ReportPlace['admin'], extra: Partial<ReportPlace> = {}): ReportPlace => ({
  id: 'x', name, kind: 'risk-area', precision: 'county', admin, city: '安阳市', province: '河南省', ...extra,
});
const dazhuzhuang = area('河南省安阳市汤阴县古贤镇大朱庄村', '汤阴县', { township: '古贤镇', village: '大朱庄村' });
const excluded = area('河南省安阳市汤阴县（汤阴县育才中学&古贤镇大朱庄村除外）', '汤阴县', { precision: 'county' });
const yucai = area('河南省安阳市汤阴县育才中学', '汤阴县', { precision: 'county', precisionRule: 'county-centre' });
const heyuan = area('河南省安阳市文峰区和园小区一期4号楼1单元', '文峰区', { precision: 'neighbourhood' });
const heyuanElsewhere = area('甘肃省张掖市山丹县伊和园小区', '山丹县', { province: '甘肃省', prefecture: '张掖市', precision: 'neighbourhood' });

describe('cross-reference of report places with the official record', () => {
  it('does not count a name inside an exclusion phrase', () => {
    expect(namesPlace(excluded.address, '大朱庄村')).toBe(false);
    expect(namesPlace(dazhuzhuang.address, '大朱庄村')).toBe(true);
  });
  it('takes the one area of the county with a point of its own: official:<address>, its precision', () => {
    const decision = matchReportPlace(place('大朱庄村', { county: '汤阴县', township: '古贤镇', village: '大朱庄村' }), [dazhuzhuang, excluded, yucai], divisions);
    expect(decision).toMatchObject({ outcome: 'official', geometrySource: 'official:河南省安阳市汤阴县古贤镇大朱庄村', precision: 'village' });
  });
  it('does not take a fallback point, and says why', () => {
    const decision = matchReportPlace(place('育才中学', { county: '汤阴县' }), [dazhuzhuang, excluded, yucai], divisions);
    expect(decision.outcome).toBe('fallback');
    expect(decision.reason?.en).toContain('county-centre');
    expect(decision.reason?.zh).toContain('回退点');
  });
  it('searches the prefecture when the report gives no county, and takes the county the list names', () => {
    const decision = matchReportPlace(place('和园小区', { county: '文峰区' }, { precision: 'city' }), [heyuan, heyuanElsewhere], divisions);
    expect(decision).toMatchObject({ outcome: 'official', precision: 'neighbourhood' });
    expect(decision.area?.county).toBe('文峰区');
  });
  it('does not take a namesake in another county or province', () => {
    const decision = matchReportPlace(place('和园小区', { county: '汤阴县' }), [heyuan, heyuanElsewhere], divisions);
    expect(decision.outcome).toBe('namesake');
    expect(decision.reason?.en).toContain('outside this county');
  });
  it('does not take one of several matching areas', () => {
    const second = area('河南省安阳市汤阴县古贤镇大朱庄村东', '汤阴县', { township: '古贤镇', precision: 'neighbourhood' });
    expect(matchReportPlace(place('大朱庄村', { county: '汤阴县' }), [dazhuzhuang, second], divisions).outcome).toBe('ambiguous');
  });
  it('keeps a finer point than the list gives', () => {
    expect(matchReportPlace(place('大朱庄村', { county: '汤阴县' }, { precision: 'neighbourhood' }), [dazhuzhuang], divisions).outcome).toBe('not-finer');
  });
  it('searches 翰林府小区 also as 翰林府, and never a county name', () => {
    const hanlin = area('湖南省株洲市石峰区翰林府1期和3期', '石峰区', { province: '湖南省', prefecture: '株洲市', precision: 'neighbourhood' });
    expect(matchReportPlace(place('翰林府小区', { county: '石峰区' }, { city: '株洲市', province: '湖南省' }), [hanlin], divisions).outcome).toBe('official');
    expect(matchReportPlace(place('文峰区', { county: '文峰区' }, { kind: 'testing-site' }), [heyuan], divisions).outcome).toBe('not-searched');
  });
  it('places a township at the mean of its villages, leaving out fallbacks and outliers (李冲回族乡 = 李冲乡)', () => {
    const v = (name: string, lon: number, extra: Partial<OfficialArea> = {}) => area(`安徽省淮南市凤台县李冲回族乡${name}`, '凤台县', { province: '安徽省', prefecture: '淮南市', township: '李冲回族乡', lon, lat: 32.67, ...extra });
    const members = [v('李冲村', 116.74), v('民族村', 116.72), v('新村', 116.73), v('远村', 117.5), v('回退村', 116.0, { precisionRule: 'shared-point', precision: 'township' })];
    expect(townshipKey('李冲回族乡')).toBe('李冲乡');
    const decision = matchReportPlace(place('李冲乡', { county: '凤台县', township: '李冲乡' }, { city: '淮南市', province: '安徽省' }), members, divisions);
    expect(decision).toMatchObject({ outcome: 'centroid', precision: 'township', geometrySource: 'official-centroid:安徽省淮南市凤台县李冲回族乡' });
    expect(decision.centroid?.members).toEqual(['安徽省淮南市凤台县李冲回族乡民族村', '安徽省淮南市凤台县李冲回族乡李冲村', '安徽省淮南市凤台县李冲回族乡新村'].sort());
    expect(decision.centroid?.outliers).toEqual(['安徽省淮南市凤台县李冲回族乡远村']);
  });
  it('does not place a township with fewer than two villages of its own, and says so', () => {
    const one = area('安徽省淮南市凤台县李冲回族乡李冲村', '凤台县', { province: '安徽省', prefecture: '淮南市', township: '李冲回族乡' });
    const decision = matchReportPlace(place('李冲乡', { county: '凤台县', township: '李冲乡' }, { city: '淮南市', province: '安徽省' }), [one], divisions);
    expect(decision.outcome).toBe('too-few');
  });
});
