import { describe, expect, it } from 'vitest';
import { parseCoordinates, PlaceSearch } from '../../../src/national/place-search';
import geo from '../../../geo/sources/admin-divisions.json';
import type { AdminDivision } from '../../../src/data/admin-divisions';
import { PinyinLookup, pinyinTableOf } from '../../../src/data/pinyin-name';
import { divisionPinyinFile } from '../../../build/division-pinyin';

const divisions = (geo as { divisions: AdminDivision[] }).divisions;
// The browser's pinyin: the table written at build time (geo/division-pinyin.json), read back as the view reads it.
const pinyin = new PinyinLookup(pinyinTableOf(divisions, JSON.parse(JSON.stringify(divisionPinyinFile(divisions)))));
const syllablesOf = (han: string) => pinyin.syllablesOf(han);
const areas = [{ address: '河南省安阳市汤阴县城关镇杨孔村' }, { address: '北京市朝阳区呼家楼街道关东店5号楼' }, { address: '河南省安阳市文峰区和园小区一期' }];
const reports = [{ featureId: 'anyang-yangkong', searchKey: '杨孔村|yangkongcun|anyang-yangkong|汤阴县|城关镇' }];
const search = new PlaceSearch(areas, reports, divisions, syllablesOf);

describe('finding a place', () => {
  it('reads typed coordinates as lat, lon', () => {
    expect(search.search('36.09, 114.35')).toEqual([{ kind: 'coordinates', lat: 36.09, lon: 114.35 }]);
    expect(parseCoordinates('36.09，114.35')).toEqual({ lat: 36.09, lon: 114.35 });
    expect(parseCoordinates('95, 114')).toBeNull();
    expect(parseCoordinates('杨孔村')).toBeNull();
  });

  it('finds official addresses and report places by any part of their 汉字 name', () => {
    const matches = search.search('杨孔');
    expect(matches).toContainEqual({ kind: 'official', area: 0 });
    expect(matches).toContainEqual({ kind: 'report', featureId: 'anyang-yangkong' });
    expect(search.search('和园小区')).toEqual([{ kind: 'official', area: 2 }]);
  });

  it('finds counties and prefectures by 汉字 or by pinyin from the start, tone marks or not', () => {
    const tangyin = search.search('汤阴').find((m) => m.kind === 'division');
    expect(tangyin?.kind === 'division' && tangyin.division.code).toBe('410523');
    const byPinyin = search.search('Tāngyīn').filter((m) => m.kind === 'division').map((m) => m.kind === 'division' && m.division.code);
    expect(byPinyin).toContain('410523');
    expect(search.search('yangkong')).toContainEqual({ kind: 'report', featureId: 'anyang-yangkong' });
  });

  it('finds nothing for an empty query, and stops at the limit', () => {
    expect(search.search('  ')).toEqual([]);
    expect(search.search('区', 3)).toHaveLength(3);
  });
});

describe('finding an admin unit as a reader types it (issue 21)', () => {
  const zhengzhou = new PlaceSearch([
    { address: '河南省郑州市金水区金水区经三路68号' },
    { address: '河南省郑州市金水区文化路街道' },
  ], [], divisions, syllablesOf);
  const divisionCodes = (query: string) => zhengzhou.search(query).filter((m) => m.kind === 'division').map((m) => m.kind === 'division' && m.division.code);
  const first = (query: string) => zhengzhou.search(query)[0];

  it('reads a parent written before the unit, with or without its suffix', () => {
    expect(divisionCodes('郑州金水区')[0]).toBe('410105');
    expect(divisionCodes('河南郑州金水')[0]).toBe('410105');
    expect(divisionCodes('河南省郑州市')[0]).toBe('410100');
  });

  it('reads the parts apart, separated by spaces', () => {
    expect(divisionCodes('郑州 金水')[0]).toBe('410105');
    expect(divisionCodes('zhengzhou jinshui')[0]).toBe('410105');
  });

  it('reads pinyin initials, of the unit alone or with its parents', () => {
    expect(divisionCodes('jsq')).toContain('410105');
    expect(divisionCodes('zzjsq')[0]).toBe('410105');
    expect(divisionCodes('jinshui')[0]).toBe('410105');
  });

  it('lists the district above the street addresses that contain it', () => {
    expect(first('郑州市金水区')).toEqual(expect.objectContaining({ kind: 'division' }));
    expect(divisionCodes('郑州市金水区')[0]).toBe('410105');
    expect(zhengzhou.search('郑州市金水区')).toContainEqual({ kind: 'official', area: 1 });
  });

  it('finds addresses by their parts in order, spaces between', () => {
    expect(zhengzhou.search('郑州 文化路')).toContainEqual({ kind: 'official', area: 1 });
    expect(zhengzhou.search('文化路 郑州')).not.toContainEqual({ kind: 'official', area: 1 });
  });

  it('does not read a parent that is not the unit\'s', () => {
    expect(divisionCodes('北京金水区')).not.toContain('410105');
  });
});

describe('telling units of one name apart', () => {
  it('gives a unit\'s parents, the province first', () => {
    const jinshui = divisions.find((d) => d.code === '410105')!;
    expect(search.parentsOf(jinshui).map((d) => d.name)).toEqual(['河南省', '郑州市']);
    expect(search.parentsOf(divisions.find((d) => d.code === '410000')!)).toEqual([]);
  });
});
