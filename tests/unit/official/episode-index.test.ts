/**
 * The outbreak index's rows, filters, search and sort: from a small file in the shape of episodes.json, and from
 * the real file for what a reader relies on (西安 found by "xian" and "xa", the largest peak on top).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { episodeNames } from '../../../build/episode-names';
import { officialEpisodesSchema, type OfficialEpisodes } from '../../../src/official/episode-file';
import { episodeRows, filterRows, provincesOf, sortRows, yearsOf, type EpisodeNames, type IndexQuery } from '../../../src/official/episode-index';
import { dayNumber } from '../../../src/core/calendar-day';

const file: OfficialEpisodes = {
  format: 'outbreak-atlas-official-episodes/1', firstDate: '2021-12-01', lastDate: '2022-03-01', gapDays: 14, noListDays: [],
  units: { adcode: ['610100', '450500'], name: ['西安市', '北海市'], province: ['陕西省', '广西壮族自治区'] },
  unplacedAreas: 0,
  episodes: {
    id: ['610100-20211215', '450500-20220101', '610100-20220201'],
    unit: [0, 1, 0], start: [14, 31, 62], end: [52, 40, 62], peak: [151, 538, 3], peakDay: [26, 35, 62], areaDays: [2000, 1500, 3],
    high: [[1], [2], [3]], medium: [[0], [0], [0]],
  },
};
const names: EpisodeNames = {
  unitEn: ['Xian Shi', 'Beihai Shi'], unitSyllables: [['xi', 'an', 'shi'], ['bei', 'hai', 'shi']],
  provinceEn: ['Shaanxi Sheng', 'Guangxizhuangzu Zizhiqu'], provinceSyllables: [['shan', 'xi', 'sheng'], ['guang', 'xi', 'zhuang', 'zu', 'zi', 'zhi', 'qu']],
};
const rows = episodeRows(file, names);
const all: IndexQuery = { sort: 'start', direction: 'asc', province: null, year: null, minPeak: 0, search: '' };
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((row) => row.id);

describe('outbreak index rows', () => {
  it('reads days, duration (both ends counted) and the years an episode is in force in', () => {
    const xian = rows[0];
    expect(xian).toMatchObject({ unit: '西安市', unitEn: 'Xian Shi', province: '陕西省', start: dayNumber('2021-12-15'), end: dayNumber('2022-01-22'), peakDay: dayNumber('2021-12-27'), duration: 39, peak: 151 });
    expect(xian.years).toEqual([2021, 2022]);
    expect(rows[2].duration).toBe(1);
    expect(yearsOf(rows)).toEqual([2021, 2022]);
    expect(provincesOf(rows).map((p) => p.zh)).toEqual(['广西壮族自治区', '陕西省']);
  });

  it('finds a unit by 汉字, pinyin and initials, and by its province', () => {
    for (const search of ['西安', 'xian', 'xa', 'Xi An', 'shanxisheng', 'shaanxi']) expect(ids(filterRows(rows, { ...all, search }))).toEqual(['610100-20211215', '610100-20220201']);
    expect(ids(filterRows(rows, { ...all, search: 'bh' }))).toEqual(['450500-20220101']);
    expect(filterRows(rows, { ...all, search: 'qqq' })).toEqual([]);
  });

  it('filters by province, by a year the episode is in force in, and by the smallest peak', () => {
    expect(ids(filterRows(rows, { ...all, province: '广西壮族自治区' }))).toEqual(['450500-20220101']);
    expect(ids(filterRows(rows, { ...all, year: 2021 }))).toEqual(['610100-20211215']);
    expect(ids(filterRows(rows, { ...all, year: 2022 }))).toEqual(['610100-20211215', '450500-20220101', '610100-20220201']);
    expect(ids(filterRows(rows, { ...all, minPeak: 100 }))).toEqual(['610100-20211215', '450500-20220101']);
    expect(ids(filterRows(rows, { ...all, minPeak: 1000 }))).toEqual([]);
    expect(ids(filterRows(rows, { ...all, minPeak: 10, year: 2022, search: 'xa' }))).toEqual(['610100-20211215']);
  });

  it('sorts by each column in both directions without changing its input', () => {
    const before = ids(rows);
    expect(ids(sortRows(rows, 'peak', 'desc'))).toEqual(['450500-20220101', '610100-20211215', '610100-20220201']);
    expect(ids(sortRows(rows, 'peak', 'asc'))).toEqual(['610100-20220201', '610100-20211215', '450500-20220101']);
    expect(ids(sortRows(rows, 'duration', 'desc'))).toEqual(['610100-20211215', '450500-20220101', '610100-20220201']);
    expect(ids(sortRows(rows, 'areaDays', 'asc'))).toEqual(['610100-20220201', '450500-20220101', '610100-20211215']);
    expect(ids(sortRows(rows, 'start', 'desc'))).toEqual(['610100-20220201', '450500-20220101', '610100-20211215']);
    expect(ids(rows)).toEqual(before);
  });
});

describe('outbreak index on the real record', () => {
  const path = 'geo/official/episodes.json';
  const real = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync(path, 'utf8')));
  const realRows = episodeRows(real, episodeNames(path));

  it('has a row per episode, and 西安市 2021-12-15 is found by "xian" and by "xa"', () => {
    expect(realRows).toHaveLength(real.episodes.id.length);
    for (const search of ['西安', 'xian', 'xa']) expect(ids(filterRows(realRows, { ...all, search }))).toContain('610100-20211215');
  });

  it('puts the largest peak on top when sorted by peak', () => {
    const largest = Math.max(...real.episodes.peak);
    expect(sortRows(realRows, 'peak', 'desc')[0].peak).toBe(largest);
  });
});

describe('episode names made at build time', () => {
  it('writes 陕西 as Shaanxi (not 山西 Shanxi), and gives every unit its syllables', () => {
    const names = episodeNames('geo/official/episodes.json');
    const real = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync('geo/official/episodes.json', 'utf8')));
    const xian = real.units.name.indexOf('西安市');
    expect(names.provinceEn[xian]).toBe('Shaanxi Sheng');
    expect(names.unitSyllables[xian]).toEqual(['xi', 'an', 'shi']);
    expect(names.provinceEn[real.units.province.indexOf('山西省')]).toBe('Shanxi Sheng');
    expect(names.unitSyllables).toHaveLength(real.units.name.length);
  });
});
