import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outlines } from '../../../src/map/national/basemap-data';
import { boundsAroundCentre, boundsOfRings, episodeScope, episodesOfReport, reportsOfEpisode, ringsOf, scopeCountsOn } from '../../../src/national/episode-scope';
import { RECORD_FIRST_DAY, RECORD_LAST_DAY } from '../../../src/national/official-contract';
import { EPISODES_FORMAT, episodeLines, officialEpisodesSchema, type OfficialEpisodes } from '../../../src/official/episode-file';
import { dayNumber, isoOfDay } from '../../../src/core/calendar-day';
import { formatNationalQuery, parseNationalQuery } from '../../../src/url/national-codec';

const RECORD = { firstDay: RECORD_FIRST_DAY, lastDay: RECORD_LAST_DAY };
const shipped = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync('geo/official/episodes.json', 'utf8')));

/** A file with one unit and the given episodes (days after 2020-07-29), high counts only. */
function fileWith(episodes: Array<{ start: number; high: Array<number | null> }>, noListDays: number[] = []): OfficialEpisodes {
  const peakOf = (high: Array<number | null>) => Math.max(...high.map((h) => h ?? 0));
  return {
    format: EPISODES_FORMAT, firstDate: '2020-07-29', lastDate: '2022-12-24', gapDays: 14, noListDays,
    units: { adcode: ['610100'], name: ['西安市'], province: ['陕西省'] }, unplacedAreas: 0,
    episodes: {
      id: episodes.map((e) => `610100-${isoOfDay(RECORD_FIRST_DAY + e.start).replaceAll('-', '')}`),
      unit: episodes.map(() => 0),
      start: episodes.map((e) => e.start),
      end: episodes.map((e) => e.start + e.high.length - 1),
      peak: episodes.map((e) => peakOf(e.high)),
      peakDay: episodes.map((e) => e.start + e.high.indexOf(peakOf(e.high))),
      areaDays: episodes.map((e) => e.high.reduce<number>((s, h) => s + (h ?? 0), 0)),
      high: episodes.map((e) => e.high),
      medium: episodes.map((e) => e.high.map((h) => (h === null ? null : 0))),
    },
  };
}

describe('an episode as a scope of the national view', () => {
  it("spans 西安's episode with 7 days either side and opens on its peak day", () => {
    const scope = episodeScope(shipped, '610100-20211215', RECORD);
    expect(scope).not.toBeNull();
    expect(isoOfDay(scope!.range.min)).toBe('2021-12-08');
    expect(isoOfDay(scope!.range.max)).toBe('2022-01-29');
    expect(isoOfDay(scope!.peakDay)).toBe('2021-12-27');
    expect(scope!.totals.high.length).toBe(scope!.range.max - scope!.range.min + 1);
    const peak = scopeCountsOn(scope!, scope!.peakDay);
    expect((peak.high ?? 0) + (peak.medium ?? 0)).toBe(151);
    // The margin is outside the episode: no area of the unit in force, on days that have a list.
    expect(scopeCountsOn(scope!, dayNumber('2021-12-10'))).toEqual({ high: 0, medium: 0 });
    expect(episodeScope(shipped, '610100-20211216', RECORD)).toBeNull();
  });

  it('clamps the margin to the record at both ends', () => {
    const file = fileWith([{ start: 2, high: [1, 2, 1] }, { start: RECORD_LAST_DAY - RECORD_FIRST_DAY - 3, high: [4, 1, 0, 1] }]);
    const [first, last] = file.episodes.id.map((id) => episodeScope(file, id, RECORD)!);
    expect(first.range).toEqual({ min: RECORD_FIRST_DAY, max: RECORD_FIRST_DAY + 4 + 7 });
    expect(last.range).toEqual({ min: RECORD_LAST_DAY - 3 - 7, max: RECORD_LAST_DAY });
    expect(first.peakDay).toBe(RECORD_FIRST_DAY + 3);
  });

  it('says no data (null, never 0) on a day without a list, inside the episode and in its margin', () => {
    const file = fileWith([{ start: 100, high: [3, null, 5] }], [98, 101]);
    const scope = episodeScope(file, file.episodes.id[0], RECORD)!;
    expect(scopeCountsOn(scope, RECORD_FIRST_DAY + 101)).toEqual({ high: null, medium: null });
    expect(scopeCountsOn(scope, RECORD_FIRST_DAY + 98)).toEqual({ high: null, medium: null });
    expect(scopeCountsOn(scope, RECORD_FIRST_DAY + 99)).toEqual({ high: 0, medium: 0 });
    expect(scopeCountsOn(scope, RECORD_FIRST_DAY + 102)).toEqual({ high: 5, medium: 0 });
    // In the shipped file: 2021-11-01 has no list, inside 北京's episode of 2021-10-22.
    const beijing = episodeScope(shipped, '110000-20211022', RECORD)!;
    expect(scopeCountsOn(beijing, dayNumber('2021-11-01'))).toEqual({ high: null, medium: null });
  });

  it('clamps d to the episode and round-trips its deep link through the national codec', () => {
    const scope = episodeScope(shipped, '610100-20211215', RECORD)!;
    const url = { outbreak: scope.id, range: scope.range, defaultDay: scope.peakDay };
    expect(parseNationalQuery('o=610100-20211215', url)).toEqual({ state: expect.objectContaining({ day: scope.peakDay }), ignored: [] });
    const late = parseNationalQuery('o=610100-20211215&d=2022-03-01', url);
    expect(late.state.day).toBe(scope.range.max);
    expect(late.ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(['d:date-clamped']);
    const query = 'o=610100-20211215&d=2022-01-05&z=12&c=34.2600,108.9400&lang=en&sel=official:4211';
    const parsed = parseNationalQuery(query, url);
    expect(parsed.ignored).toEqual([]);
    expect(formatNationalQuery(parsed.state, url)).toBe(query);
    expect(formatNationalQuery({ ...parsed.state, day: scope.peakDay, zoom: null, centre: null, selected: null, lang: 'zh' }, url)).toBe('o=610100-20211215');
  });

  it("bounds a unit by its shipped outline (西安's prefecture, 北京's province), else around its centre", () => {
    const sets = ['prefectures', 'provinces'].map((name) => JSON.parse(fs.readFileSync(`public/basemap/${name}.geojson`, 'utf8')) as Outlines);
    const boundsOf = (code: string) => {
      const feature = sets.flatMap((s) => s.features).find((f) => f.properties.code === code);
      return feature ? boundsOfRings(ringsOf(feature.geometry)) : null;
    };
    const xian = boundsOf('610100')!;
    // 西安's districts lie within 33.6–34.8°N, 107.6–109.9°E; the bell tower (34.26, 108.94) is inside.
    expect(xian[0][0]).toBeGreaterThan(33.4);
    expect(xian[1][0]).toBeLessThan(34.9);
    expect(xian[0][1]).toBeGreaterThan(107.3);
    expect(xian[1][1]).toBeLessThan(110);
    expect(xian[0][0] < 34.26 && 34.26 < xian[1][0] && xian[0][1] < 108.94 && 108.94 < xian[1][1]).toBe(true);
    const beijing = boundsOf('110000')!;
    expect(beijing[0][0] < 39.9 && 39.9 < beijing[1][0] && beijing[0][1] < 116.4 && 116.4 < beijing[1][1]).toBe(true);
    expect(boundsOfRings([])).toBeNull();
    expect(boundsAroundCentre([113.45, 30.36])).toEqual([[30.11, 113.2], [30.61, 113.7]].map(([a, b]) => [expect.closeTo(a, 6), expect.closeTo(b, 6)]));
    expect(boundsAroundCentre(undefined)).toBeNull();
  });

  it('links each seed report to the episodes of its prefecture its period shares days with, both ways', () => {
    const lines = episodeLines(shipped);
    const reports = fs.readdirSync('geo/outbreaks').filter((f) => f.endsWith('.geojson')).map((f) => JSON.parse(fs.readFileSync(`geo/outbreaks/${f}`, 'utf8')).outbreak);
    const links = Object.fromEntries(reports.map((r) => [r.id, episodesOfReport(r, lines).map((e) => e.id)]));
    expect(links.anyang).toEqual(['410500-20220108']);
    expect(links.heze).toEqual(['371700-20220725']);
    expect(links.shifeng).toEqual(['430200-20210731']);
    const anyang = lines.find((e) => e.id === '410500-20220108')!;
    expect(reportsOfEpisode(anyang, reports).map((r) => r.id)).toEqual(['anyang']);
    // 安阳's later episodes are not the report's.
    expect(reportsOfEpisode(lines.find((e) => e.id === '410500-20220723')!, reports)).toEqual([]);
  });
});
