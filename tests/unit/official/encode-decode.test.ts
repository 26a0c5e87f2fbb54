import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../../src/official/build';
import type { EncodedRecord } from '../../../src/official/encode';
import { decodeOfficial, OfficialDecodeError, decodeChunk, decodeYearData, OfficialYear } from '../../../src/official/decode';
import { encodeOfficial, splitAddress } from '../../../src/official/encode';
import { officialChunkSchema, officialMetaSchema, type DayCoverage, type OfficialArea } from '../../../src/official/schema';
import { dayNumber } from '../../../src/core/calendar-day';
import { transferablesOf } from '../../../src/official/year-data';

const day = dayNumber;
const areas: OfficialArea[] = [
  { id: 0, address: '河南省安阳市汤阴县古贤镇大朱庄村', province: '河南省', prefecture: '安阳市', county: '汤阴县', countyCode: '410523', township: '古贤镇', village: '大朱庄村',
    lon: 114.456789, lat: 35.927012, precision: 'village', precisionRule: 'address-level', flags: [] },
  { id: 1, address: '河南省安阳市汤阴县育才中学', province: '河南省', prefecture: '安阳市', county: '汤阴县', countyCode: '410523',
    lon: 114.351, lat: 35.9229, precision: 'county', precisionRule: 'county-centre', flags: ['both-levels-same-day'] },
  { id: 2, address: '湖南省株洲市石峰区翰林府1期和3期', variants: ['湖南省株洲市石峰区翰林府1期和3期（新增）'], province: '湖南省', prefecture: '株洲市', county: '石峰区', countyCode: '430204',
    lon: 113.136588, lat: 27.910249, precision: 'neighbourhood', precisionRule: 'address-level', flags: ['variant-points-differ', 'county-labels-differ'] },
  { id: 3, address: '重庆市重庆市两江新区礼嘉街道', province: '重庆市', prefecture: '重庆市', precision: 'city', precisionRule: 'admin-chain', flags: ['no-point', 'no-location', 'chain-unknown'] },
  { id: 4, address: '北京市朝阳区双井街道瑞志酒店', province: '北京市', prefecture: '北京市', county: '朝阳区', countyCode: '110105', township: '双井街道',
    lon: 116.480329, lat: 39.920206, precision: 'county', precisionRule: 'admin-chain', flags: ['no-point'] },
];
const firstDay = day('2020-12-28');
const lastDay = day('2021-01-03');
const coverage: DayCoverage[] = Array.from({ length: lastDay - firstDay + 1 }, (_, i) => ({
  day: firstDay + i, high: i !== 2, medium: true, source: '',
}));
for (const c of coverage) {
  const compact = new Date(c.day * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  if (c.high) c.highFile = `points/${compact}_h.geojson`;
  c.mediumFile = `points/${compact}_m.geojson`;
  c.source = [c.highFile, c.mediumFile].filter(Boolean).join(' ');
}
const record: EncodedRecord = {
  firstDay, lastDay, areas, coverage, dayFlags: [], published: [],
  intervals: [
    { area: 0, first: day('2020-12-28'), last: day('2020-12-29'), level: 'high', count: 1 },
    { area: 0, first: day('2020-12-31'), last: day('2021-01-02'), level: 'high', count: 2 },
    { area: 1, first: day('2020-12-30'), last: day('2021-01-03'), level: 'medium', count: 1 },
    { area: 1, first: day('2021-01-01'), last: day('2021-01-01'), level: 'high', count: 1 },
    { area: 2, first: day('2021-01-02'), last: day('2021-01-03'), level: 'high', count: 1 },
    { area: 3, first: day('2020-12-28'), last: day('2020-12-28'), level: 'medium', count: 3 },
    { area: 4, first: day('2021-01-03'), last: day('2021-01-03'), level: 'high', count: 1 },
  ],
};
const report: BuildReport = { merges: { areasByRule: { 'new-marker': 1 }, examples: {}, spellings: 6, areas: 5 }, listOnlyEntries: 0, listOnlyEntriesJoined: 0, listOnlyAreas: 0, listOnlyAreasJoined: 0 };
const { meta, chunks } = encodeOfficial(record, report);

describe('browser format round trip', () => {
  it('writes one chunk per year and files that pass their schema', () => {
    expect(chunks.map((c) => [c.year, c.firstDate, c.lastDate])).toEqual([[2020, '2020-12-28', '2020-12-31'], [2021, '2021-01-01', '2021-01-03']]);
    for (const chunk of chunks) expect(officialChunkSchema.safeParse(chunk).success).toBe(true);
    expect(officialMetaSchema.safeParse(meta).success).toBe(true);
  });
  it('decodes all years back to the same areas and intervals (a run across New Year joined again)', () => {
    const decoded = decodeOfficial(meta, chunks);
    expect(decoded.areas).toEqual(areas);
    expect(decoded.intervals).toEqual(record.intervals);
    expect(decoded.coverage).toEqual(coverage);
  });
  it('decodes one year alone: its areas and the intervals clipped to it', () => {
    const decoded = decodeOfficial(meta, [chunks[1]]);
    expect(decoded.areas.map((a) => a.id)).toEqual([0, 1, 2, 4]);
    expect(decoded.totalAreas).toBe(5);
    expect(decoded.intervals[0]).toEqual({ area: 0, first: day('2021-01-01'), last: day('2021-01-02'), level: 'high', count: 2 });
  });
  it('stores counts per day in meta, null where there is no list', () => {
    expect(meta.high).toEqual([1, 1, null, 2, 3, 3, 2]);
    expect(meta.medium).toEqual([3, 0, 1, 1, 1, 1, 1]);
  });
  it('splits addresses after the county so the head is shared', () => {
    expect(splitAddress(areas[0])).toEqual(['河南省安阳市汤阴县', '古贤镇大朱庄村']);
    expect(splitAddress(areas[3])).toEqual(['重庆市', '重庆市两江新区礼嘉街道']);
    expect(splitAddress({ address: '新疆生产建设兵团第四师', province: '', prefecture: '' })).toEqual(['', '新疆生产建设兵团第四师']);
  });
  it('refuses a chunk whose columns differ in length, naming the column', () => {
    const broken = structuredClone(chunks[0]);
    broken.areas.lonDelta.pop();
    expect(() => decodeChunk(broken)).toThrow(OfficialDecodeError);
    expect(() => decodeChunk(broken)).toThrow(/areas.lonDelta/);
  });
  it('gives the same areas and intervals after its columns are moved to another thread (structured clone with transfer)', () => {
    for (const chunk of chunks) {
      const data = decodeYearData(chunk);
      const transfer = transferablesOf(data);
      const moved = new OfficialYear(structuredClone(data, { transfer }));
      // Moved, not copied: the sender's columns are emptied, so the page never holds two copies.
      expect(data.ids.length).toBe(0);
      const local = decodeChunk(chunk);
      expect(moved.size).toBe(local.size);
      for (let row = 0; row < local.size; row += 1) {
        expect(moved.area(row)).toEqual(local.area(row));
        expect(moved.adminOf(row)).toEqual(local.adminOf(row));
      }
      expect(Array.from(moved.intervals.area)).toEqual(Array.from(local.intervals.area));
      expect(Array.from(moved.intervals.last)).toEqual(Array.from(local.intervals.last));
    }
  });
});

