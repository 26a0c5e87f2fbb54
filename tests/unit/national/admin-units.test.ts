import { describe, expect, it } from 'vitest';
import { assignUnits } from '../../../src/national/admin-units';
import { loadAdminDivisions } from '../../../scripts/lib/admin-divisions';

const divisions = loadAdminDivisions();

describe('admin units the national map counts in', () => {
  const areas = [
    { province: '河南省', prefecture: '安阳市', countyCode: '410523' }, // 汤阴县
    { province: '北京市', prefecture: '北京市', countyCode: '110105' }, // 朝阳区
    { province: '河南省', prefecture: '济源市', countyCode: '419001' }, // 济源市, directly under the province
    { province: '河南省', prefecture: '安阳市' }, // no county named
    { province: '河南省', prefecture: '安阳市', countyCode: '410502' }, // 文峰区
    { province: '火星省', prefecture: '某市' },
  ];
  const units = assignUnits(areas, divisions);
  const keyOf = (level: 'province' | 'prefecture' | 'county', area: number) => {
    const unit = units[level].unitOfArea[area];
    return unit < 0 ? null : units[level].units[unit].key;
  };

  it('reads province, prefecture and county from the county code', () => {
    expect([keyOf('province', 0), keyOf('prefecture', 0), keyOf('county', 0)]).toEqual(['410000', '410500', '410523']);
  });

  it('counts a municipality district in the municipality at prefecture zoom', () => {
    expect([keyOf('province', 1), keyOf('prefecture', 1), keyOf('county', 1)]).toEqual(['110000', '110000', '110105']);
  });

  it('makes a county directly under its province its own prefecture-level unit', () => {
    expect([keyOf('prefecture', 2), keyOf('county', 2)]).toEqual(['419001', '419001']);
  });

  it('counts an area whose address names no county in its prefecture, and in a "county not named" unit at county zoom', () => {
    expect([keyOf('province', 3), keyOf('prefecture', 3), keyOf('county', 3)]).toEqual(['410000', '410500', '410500:county-not-named']);
    expect(units.county.units[units.county.unitOfArea[3]].unknownCounty).toBe(true);
  });

  it('shares one unit between the areas of one county or prefecture', () => {
    expect(units.prefecture.unitOfArea[4]).toBe(units.prefecture.unitOfArea[0]);
    expect(units.county.unitOfArea[4]).not.toBe(units.county.unitOfArea[0]);
  });

  it('leaves out, and counts, an area the gazetteer cannot place', () => {
    expect([keyOf('province', 5), keyOf('prefecture', 5), keyOf('county', 5)]).toEqual([null, null, null]);
    expect([units.province.unplaced, units.prefecture.unplaced, units.county.unplaced]).toEqual([1, 1, 1]);
  });
});
