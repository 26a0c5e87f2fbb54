import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaKeyOfAddress } from '../../../src/official/area-key';
import { decodeChunk } from '../../../src/official/decode';
import { NationalRecord, type YearColumns } from '../../../src/national/record';
import type { OfficialArea } from '../../../src/national/official-contract';

function year(y: number, ids: number[], lon: number[], intervals: Array<[number, number, number, number, number]>): YearColumns {
  return {
    year: y, size: ids.length, ids: Int32Array.from(ids), lon: Float64Array.from(lon), lat: Float64Array.from(lon, (v) => v / 4), precision: Uint8Array.from(ids, () => 1),
    intervals: {
      length: intervals.length, area: Int32Array.from(intervals, (i) => i[0]), first: Int32Array.from(intervals, (i) => i[1]), last: Int32Array.from(intervals, (i) => i[2]),
      level: Uint8Array.from(intervals, (i) => i[3]), count: Int32Array.from(intervals, (i) => i[4]),
    },
    rowOf: (id) => ids.indexOf(id),
    addressOf: (row) => `area ${ids[row]} of ${y}`,
    adminOf: (row) => ({ province: `p${ids[row]}`, prefecture: '' }),
    area: (row) => ({ id: ids[row], address: `area ${ids[row]} of ${y}`, province: '', prefecture: '', lon: lon[row], lat: lon[row] / 4, precision: 'neighbourhood', precisionRule: 'address-level', flags: [] }) as OfficialArea,
  };
}

describe('the official record as the national view holds it', () => {
  // Area 1 runs across New Year (clipped into two pieces); area 2 has no point.
  const record = new NationalRecord(3, [
    year(2021, [0, 1], [110, 111], [[0, 10, 12, 0, 1], [1, 20, 30, 1, 2]]),
    year(2022, [1, 2], [111, Number.NaN], [[1, 31, 40, 1, 2], [2, 35, 36, 0, 1]]),
  ], 10, 40, { high: [1, null], medium: [0, 3] }, []);

  it('keeps one point per area id, NaN for an area without one', () => {
    expect([record.lon[0], record.lon[1], record.lon[2]]).toEqual([110, 111, Number.NaN]);
    expect(record.precisionOf(0)).toBe('neighbourhood');
  });

  it('joins the intervals of all years and a run clipped at New Year back into one', () => {
    expect(record.intervals.length).toBe(4);
    expect(record.historyOf(1)).toEqual([{ first: 20, last: 40, level: 'medium', count: 2 }]);
  });

  it('gives every area its admin chain, from the first year that lists it', () => {
    expect(record.admins().map((a) => a.province)).toEqual(['p0', 'p1', 'p2']);
  });

  it('says "no data" (null) for a level without a list, and builds an area record on demand', () => {
    expect(record.countsOn(11)).toEqual({ high: null, medium: 3 });
    expect(record.countsOn(10)).toEqual({ high: 1, medium: 0 });
    expect(record.area(2)?.address).toBe('area 2 of 2022');
    expect(record.area(7)).toBeUndefined();
  });

  it('finds an area by its link key (from its address) and gives the key of an id', () => {
    expect(record.keys.keyOf(2)).toBe(areaKeyOfAddress('area 2 of 2022'));
    expect(record.keys.idOf(areaKeyOfAddress('area 1 of 2021'))).toBe(1);
    expect(record.keys.idOf(areaKeyOfAddress('area 1 of 2022'))).toBeUndefined();
    expect(record.keys.keyOf(7)).toBeUndefined();
  });
});

describe('admin chains of the shipped record without building its areas', () => {
  it('equal the chains of the built areas, row by row', () => {
    const year = decodeChunk(JSON.parse(fs.readFileSync('geo/official/official-2021.json', 'utf8')));
    expect(year.size).toBeGreaterThan(100);
    for (let row = 0; row < year.size; row += 1) {
      const area = year.area(row);
      expect(year.adminOf(row)).toEqual({ province: area.province, prefecture: area.prefecture, ...(area.countyCode ? { countyCode: area.countyCode } : {}) });
    }
  });
});
