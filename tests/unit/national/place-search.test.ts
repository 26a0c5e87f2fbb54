import { describe, expect, it } from 'vitest';
import { parseCoordinates, PlaceSearch } from '../../../src/national/place-search';
import geo from '../../../geo/sources/admin-divisions.json';
import type { AdminDivision } from '../../../src/data/admin-divisions';

const divisions = (geo as { divisions: AdminDivision[] }).divisions;
const areas = [{ address: '河南省安阳市汤阴县城关镇杨孔村' }, { address: '北京市朝阳区呼家楼街道关东店5号楼' }, { address: '河南省安阳市文峰区和园小区一期' }];
const reports = [{ featureId: 'anyang-yangkong', searchKey: '杨孔村|yangkongcun|anyang-yangkong|汤阴县|城关镇' }];
const search = new PlaceSearch(areas, reports, divisions);

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
