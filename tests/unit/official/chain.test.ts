import { describe, expect, it } from 'vitest';
import { readChain } from '../../../src/official/chain';
import { normaliseAddress } from '../../../src/official/normalise';
import { divisions } from './fixture-divisions';

const chainOf = (address: string) => readChain(normaliseAddress(address).key, divisions);

describe('admin chain and the level an address names', () => {
  it('reads province, prefecture, county and a township the gazetteer knows; the village by its suffix', () => {
    expect(chainOf('河南省安阳市汤阴县古贤镇大朱庄村')).toMatchObject({
      province: '河南省', prefecture: '安阳市', county: '汤阴县', countyCode: '410523', township: '古贤镇', village: '大朱庄村', namedLevel: 'village',
    });
  });
  it('reads a township the gazetteer lacks by its suffix (街道, 镇, 乡, 苏木, 办事处)', () => {
    expect(chainOf('河南省安阳市内黄县马上乡燕庄村')).toMatchObject({ township: '马上乡', village: '燕庄村', namedLevel: 'village' });
    expect(chainOf('北京市朝阳区呼家楼街道关东店5号楼')).toMatchObject({ township: '呼家楼街道', namedLevel: 'neighbourhood' });
  });
  it('shifts the municipalities: 北京市 is province and prefecture, the district is the county', () => {
    expect(chainOf('北京市市辖区朝阳区双井街道苹果小区2号楼A座')).toMatchObject({ province: '北京市', prefecture: '北京市', county: '朝阳区', township: '双井街道', namedLevel: 'neighbourhood' });
    expect(chainOf('重庆市重庆市万州区周家坝街道')).toMatchObject({ prefecture: '重庆市', county: '万州区', township: '周家坝街道', namedLevel: 'township' });
  });
  it('skips a zone written before the township (云龙示范区学林街道)', () => {
    expect(chainOf('湖南省株洲市石峰区云龙示范区学林街道学府港湾小区')).toMatchObject({ county: '石峰区', township: '学林街道', tail: '学府港湾小区', namedLevel: 'neighbourhood' });
  });
  it('reads a Beijing "X（地区）镇/乡" township: the bracket does not hide it, nor make 黄村 a village', () => {
    expect(chainOf('北京市朝阳区十八里店（地区）乡吕家营村')).toMatchObject({ township: '十八里店乡', village: '吕家营村', namedLevel: 'village' });
    const huangcun = chainOf('北京市朝阳区黄村（地区）镇兴华小区3号楼');
    expect(huangcun).toMatchObject({ township: '黄村镇', tail: '兴华小区3号楼', namedLevel: 'neighbourhood' });
    expect(huangcun.village).toBeUndefined();
    expect(chainOf('北京市朝阳区将台（地区）乡').namedLevel).toBe('township');
  });
  it('counts a unit named twice in a row once', () => {
    expect(chainOf('重庆市重庆市万州区铁峰乡吉安村吉安村吉安村')).toMatchObject({ township: '铁峰乡', village: '吉安村', namedLevel: 'village', tail: '' });
  });
  it('names a compound, building or site below the village as neighbourhood, never exact', () => {
    expect(chainOf('河南省安阳市文峰区和园小区一期4号楼1单元')).toMatchObject({ county: '文峰区', namedLevel: 'neighbourhood', tail: '和园小区一期4号楼1单元' });
    expect(chainOf('河南省安阳市汤阴县育才中学').namedLevel).toBe('neighbourhood');
    expect(chainOf('山东省菏泽市曹县楼庄镇楼庄村东村')).toMatchObject({ village: '楼庄村', namedLevel: 'neighbourhood' });
  });
  it('gives a unit minus some parts the level of the unit', () => {
    expect(chainOf('山东省菏泽市曹县楼庄镇除高风险区外的其他区域')).toMatchObject({ township: '楼庄镇', namedLevel: 'township' });
    expect(chainOf('河南省安阳市汤阴县（汤阴县育才中学&古贤镇除外）').namedLevel).toBe('county');
    expect(chainOf('河南省安阳市文峰区').namedLevel).toBe('county');
  });
  it('claims at most the county when the county cannot be read, and the city for a prefecture alone', () => {
    expect(chainOf('河南省安阳市高新区嘉和园小区')).toMatchObject({ prefecture: '安阳市', county: undefined, namedLevel: 'county' });
    expect(chainOf('河南省安阳市').namedLevel).toBe('city');
  });
});
