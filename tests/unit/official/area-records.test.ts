import { describe, expect, it } from 'vitest';
import { areaKeyOfAddress } from '../../../src/official/area-key';
import { areaLine, intervalsByArea, lookupAreas } from '../../../src/official/area-records';
import type { OfficialArea, OfficialInterval } from '../../../src/official/schema';
import { dayNumber } from '../../../src/core/calendar-day';

const areas: OfficialArea[] = [
  { id: 0, address: '河南省安阳市汤阴县古贤镇大朱庄村', province: '河南省', prefecture: '安阳市', county: '汤阴县', countyCode: '410523', lon: 114.457062, lat: 35.928632, precision: 'village', precisionRule: 'address-level', flags: [] },
  { id: 1, address: '重庆市两江新区某小区', variants: ['重庆市两江新区 某小区'], province: '重庆市', prefecture: '重庆市', precision: 'city', precisionRule: 'admin-chain', flags: ['chain-unknown', 'no-location', 'no-point'] },
];
const intervals: OfficialInterval[] = [
  { area: 0, first: dayNumber('2022-01-10'), last: dayNumber('2022-01-11'), level: 'high', count: 1 },
  { area: 1, first: dayNumber('2022-11-13'), last: dayNumber('2022-11-13'), level: 'medium', count: 2 },
];

describe('looking up official areas by address', () => {
  it('finds areas whose address or another spelling contains the text', () => {
    expect(lookupAreas(areas, '大朱庄').map((a) => a.id)).toEqual([0]);
    expect(lookupAreas(areas, '新区 某').map((a) => a.id)).toEqual([1]);
    expect(lookupAreas(areas, '')).toEqual([]);
  });

  it('gives the point as WGS-84, null without a location, and the intervals as dates', () => {
    const byArea = intervalsByArea(intervals);
    expect(areaLine(areas[0], byArea.get(0) ?? [])).toEqual({
      key: areaKeyOfAddress('河南省安阳市汤阴县古贤镇大朱庄村'), address: '河南省安阳市汤阴县古贤镇大朱庄村', precision: 'village', rule: 'address-level', lat: 35.928632, lon: 114.457062, flags: [],
      intervals: [{ first: '2022-01-10', last: '2022-01-11', level: 'high', count: 1 }],
    });
    expect(areaLine(areas[1], byArea.get(1) ?? [])).toMatchObject({ lat: null, lon: null, intervals: [{ first: '2022-11-13', last: '2022-11-13', level: 'medium', count: 2 }] });
  });
});
