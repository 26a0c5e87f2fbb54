import { describe, expect, it } from 'vitest';
import { areaKeyOfAddress } from '../../../src/official/area-key';
import { episodeCsv, episodeGeoJson, episodesCsv, recordIntervalsCsv } from '../../../src/official/downloads';
import { episodeAreas } from '../../../src/official/episode-areas';
import type { EpisodeLine } from '../../../src/official/episode-file';
import type { OfficialArea, OfficialInterval } from '../../../src/official/schema';
import { csvtOf, toTypedCsv } from '../../../src/official/typed-csv';
import { dayNumber } from '../../../src/core/calendar-day';

const episode: EpisodeLine = { id: '410500-20220108', province: '河南省', unit: '安阳市', adcode: '410500', start: '2022-01-08', end: '2022-02-02', peak: 7, peakDay: '2022-01-12', areaDays: 128 };
const areas: OfficialArea[] = [
  { id: 5, address: '河南省安阳市汤阴县古贤镇大朱庄村', province: '河南省', prefecture: '安阳市', county: '汤阴县', countyCode: '410523', township: '古贤镇', village: '大朱庄村', lon: 114.457062, lat: 35.928632, precision: 'village', precisionRule: 'address-level', flags: [] },
  { id: 9, address: '河南省安阳市=某"小区"', province: '河南省', prefecture: '安阳市', precision: 'city', precisionRule: 'admin-chain', flags: ['chain-unknown', 'no-location', 'no-point'] },
  { id: 11, address: '河南省郑州市金水区燕庄村', province: '河南省', prefecture: '郑州市', county: '金水区', countyCode: '410105', lon: 113.7, lat: 34.77, precision: 'village', precisionRule: 'address-level', flags: [] },
];
const day = dayNumber;
const intervals: OfficialInterval[] = [
  { area: 5, first: day('2022-01-10'), last: day('2022-01-11'), level: 'high', count: 1 },
  { area: 5, first: day('2022-01-12'), last: day('2022-01-20'), level: 'medium', count: 2 },
  { area: 5, first: day('2022-07-23'), last: day('2022-07-29'), level: 'medium', count: 1 },
  { area: 9, first: day('2022-01-08'), last: day('2022-01-08'), level: 'medium', count: 1 },
  { area: 11, first: day('2022-01-10'), last: day('2022-01-11'), level: 'high', count: 1 },
];
const unitOf = (id: number) => (id === 11 ? '410100' : '410500');
const byArea = (id: number) => intervals.filter((i) => i.area === id);
const inEpisode = episodeAreas({ adcode: '410500', start: day(episode.start), end: day(episode.end) }, areas, unitOf, byArea);

describe('downloads for analysts', () => {
  it('takes the areas of the episode\'s unit with their intervals in its span', () => {
    expect(inEpisode.map((a) => [a.area.id, a.intervals.length])).toEqual([[5, 2], [9, 1]]);
  });

  it('writes an episode as CSV with lon/lat, GDAL types beside it and the credit', () => {
    const [csv, csvt, credit] = episodeCsv(episode, inEpisode);
    expect(csv.name).toBe('official-episode-410500-20220108.csv');
    const lines = csv.text.replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('episode_id,area_key,address,province,prefecture,county,township,village,precision,precision_rule,flags,first,last,high_days,medium_days,intervals,lon,lat');
    expect(lines[1]).toBe(`"410500-20220108","${areaKeyOfAddress('河南省安阳市汤阴县古贤镇大朱庄村')}",` + '"河南省安阳市汤阴县古贤镇大朱庄村","河南省","安阳市","汤阴县","古贤镇","大朱庄村","village","address-level",,2022-01-10,2022-01-20,2,9,"2022-01-10..2022-01-11 high x1; 2022-01-12..2022-01-20 medium x2",114.457062,35.928632');
    // No location: empty lon/lat; a quote in the text doubled; nothing to defuse inside the text.
    expect(lines[2]).toContain('"河南省安阳市=某""小区"""');
    expect(lines[2].endsWith(',,')).toBe(true);
    expect(csvt.text.split(',')).toHaveLength(18);
    expect(credit.text).toContain('National Health Commission');
    expect(credit.text).toContain('srcJin/CovidRiskAreaMap');
  });

  it('writes an episode as GeoJSON: a point per located area, null geometry without a location, the credit on top', () => {
    const [file] = episodeGeoJson(episode, inEpisode);
    const json = JSON.parse(file.text);
    expect(json.type).toBe('FeatureCollection');
    expect(json.credit.en).toContain('National Health Commission');
    expect(json.source).toBe('https://github.com/srcJin/CovidRiskAreaMap');
    expect(json.features.map((f: { geometry: unknown }) => f.geometry)).toEqual([{ type: 'Point', coordinates: [114.457062, 35.928632] }, null]);
    expect(json.features[0].properties).toMatchObject({ area_key: areaKeyOfAddress('河南省安阳市汤阴县古贤镇大朱庄村'), first: '2022-01-10', last: '2022-01-20', high_days: 2, medium_days: 9 });
  });

  it('writes the whole record as intervals, and the episodes table', () => {
    const [csv] = recordIntervalsCsv(areas, intervals);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(1 + intervals.length);
    expect(csv.text).toContain(`"${areaKeyOfAddress('河南省安阳市汤阴县古贤镇大朱庄村')}","河南省安阳市汤阴县古贤镇大朱庄村"`+',"河南省","安阳市","汤阴县","medium",2022-01-12,2022-01-20,9,2,"village"');
    const [table, types] = episodesCsv([episode]);
    expect(table.text.replace(/^\uFEFF/u, '').split('\r\n').slice(0, 2)).toEqual(['id,province,unit,adcode,start,end,peak,peakDay,areaDays', '"410500-20220108","河南省","安阳市","410500",2022-01-08,2022-02-02,7,2022-01-12,128']);
    expect(types.text).toBe('"String","String","String","String","Date","Date","Integer","Date","Integer"\r\n');
  });

  it('defuses a spreadsheet formula at the start of a text cell and writes numbers bare', () => {
    const columns = [{ name: 'text', type: 'String' as const, value: (r: string[]) => r[0] }, { name: 'n', type: 'Real' as const, value: (r: string[]) => Number(r[1]) }];
    expect(toTypedCsv(columns, [['=SUM(A1)', '-1.5']])).toBe('\uFEFFtext,n\r\n"\'=SUM(A1)",-1.5\r\n');
    expect(csvtOf(columns)).toBe('"String","Real"\r\n');
  });
});
