import { describe, expect, it } from 'vitest';
import { loadAdminDivisions } from '../../../scripts/lib/admin-divisions';
import { assignUnits } from '../../../src/national/admin-units';
import { buildUnitDays } from '../../../src/national/unit-days';
import { buildEpisodeFile, episodeLines, officialEpisodesSchema } from '../../../src/official/episode-file';
import { episodeId, findEpisodes, type UnitDay } from '../../../src/official/episodes';

/** A unit's days from a compact spelling: a number = areas in force (all medium), '-' = a day without any list. */
const days = (...spec: Array<number | '-'>): Array<UnitDay | null> => spec.map((d) => (d === '-' ? null : { high: 0, medium: d }));
const empty = (n: number) => Array<number>(n).fill(0);

describe('episodes of one unit (the stated rule)', () => {
  it('keeps one episode across exactly 14 list days with no area in force', () => {
    const spans = findEpisodes(100, days(2, ...empty(14), 1));
    expect(spans).toEqual([{ start: 100, end: 115, peak: 2, peakDay: 100, areaDays: 3 }]);
  });

  it('splits at 15 list days with no area in force', () => {
    const spans = findEpisodes(100, days(2, ...empty(15), 1));
    expect(spans).toEqual([
      { start: 100, end: 100, peak: 2, peakDay: 100, areaDays: 2 },
      { start: 116, end: 116, peak: 1, peakDay: 116, areaDays: 1 },
    ]);
  });

  it('neither breaks nor extends an episode on a day without any list', () => {
    // 14 empty list days plus one day without a list: still one episode (the no-list day is not an empty list day).
    expect(findEpisodes(0, days(1, ...empty(7), '-', ...empty(7), 1)).map((s) => [s.start, s.end])).toEqual([[0, 16]]);
    // A no-list day between days in force is inside the episode but counts nothing.
    expect(findEpisodes(0, days(3, '-', 3))).toEqual([{ start: 0, end: 2, peak: 3, peakDay: 0, areaDays: 6 }]);
    // A no-list day after the last day in force does not extend the episode; before the first it does not start one.
    expect(findEpisodes(0, days('-', 0, 2, '-', 0)).map((s) => [s.start, s.end])).toEqual([[2, 2]]);
  });

  it('starts and ends on days with areas in force, and finds none without them', () => {
    expect(findEpisodes(0, days(0, 0, 1, 0, 2, 0, 0)).map((s) => [s.start, s.end])).toEqual([[2, 4]]);
    expect(findEpisodes(0, days(0, '-', 0))).toEqual([]);
  });

  it('counts high and medium areas, and takes the first of equal peaks as peakDay', () => {
    const series = [{ high: 1, medium: 1 }, { high: 3, medium: 0 }, { high: 0, medium: 3 }, { high: 1, medium: 0 }];
    expect(findEpisodes(10, series)).toEqual([{ start: 10, end: 13, peak: 3, peakDay: 11, areaDays: 9 }]);
  });

  it('names an episode by its unit and first day', () => {
    expect(episodeId('610100', '2021-12-15')).toBe('610100-20211215');
  });
});

describe('episodes.json from the areas in force per unit', () => {
  const divisions = loadAdminDivisions();
  const areas = [
    { province: '北京市', prefecture: '北京市', countyCode: '110105' }, // 朝阳区
    { province: '北京市', prefecture: '北京市', countyCode: '110108' }, // 海淀区
    { province: '河南省', prefecture: '济源市', countyCode: '419001' }, // directly under the province
    { province: '火星省', prefecture: '某市' }, // no unit
  ];
  const intervals = [
    { area: 0, first: 0, last: 2, level: 0 }, { area: 1, first: 2, last: 5, level: 1 },
    { area: 2, first: 1, last: 1, level: 1 }, { area: 3, first: 0, last: 5, level: 0 },
  ];
  const table = {
    length: intervals.length,
    area: Int32Array.from(intervals, (i) => i.area), first: Int32Array.from(intervals, (i) => i.first),
    last: Int32Array.from(intervals, (i) => i.last), level: Uint8Array.from(intervals, (i) => i.level),
  };
  const units = assignUnits(areas, divisions);
  const unitDays = buildUnitDays(areas.length, table, units, { firstDay: 0, lastDay: 5, firstDate: '2022-03-01', lastDate: '2022-03-06' });
  const nameOf = (code: string) => ({ name: divisions.byCode(code)?.name ?? '?', province: code === '110000' ? '北京市' : '河南省' });
  const file = buildEpisodeFile({ unitDays, hasList: [true, true, true, false, true, true], nameOf, unplacedAreas: units.prefecture.unplaced });

  it('makes all districts of a municipality one unit, and a county without prefecture its own unit', () => {
    expect(officialEpisodesSchema.safeParse(file).success).toBe(true);
    expect(episodeLines(file)).toEqual([
      { id: '110000-20220301', province: '北京市', unit: '北京市', adcode: '110000', start: '2022-03-01', end: '2022-03-06', peak: 2, peakDay: '2022-03-03', areaDays: 6 },
      { id: '419001-20220302', province: '河南省', unit: '济源市', adcode: '419001', start: '2022-03-02', end: '2022-03-02', peak: 1, peakDay: '2022-03-02', areaDays: 1 },
    ]);
    expect(file.unplacedAreas).toBe(1);
  });

  it('ships per-day high and medium counts for a sparkline, null on the day without a list', () => {
    expect(file.noListDays).toEqual([3]);
    expect(file.episodes.high[0]).toEqual([1, 1, 1, null, 0, 0]);
    expect(file.episodes.medium[0]).toEqual([0, 0, 1, null, 1, 1]);
  });
});
