import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curvePath, yOf, yTicks, type Frame } from '../../../src/compare/chart-geometry';
import { dayDomain, episodeCurve, reportEpisodeCurve, reportEventsCurve, valueAt } from '../../../src/compare/series';
import { officialEpisodesSchema, type OfficialEpisodes } from '../../../src/official/episode-file';
import { dayNumber } from '../../../src/core/calendar-day';
import { formatCompareQuery, parseCompareQuery } from '../../../src/url/compare-codec';

const real = officialEpisodesSchema.parse(JSON.parse(fs.readFileSync('geo/official/episodes.json', 'utf8')));

/** A file with one episode of four days, the third without any list. */
function tiny(): OfficialEpisodes {
  return {
    format: 'outbreak-atlas-official-episodes/1', firstDate: '2022-01-01', lastDate: '2022-01-31', gapDays: 14, noListDays: [12],
    units: { adcode: ['610100'], name: ['西安市'], province: ['陕西省'] }, unplacedAreas: 0,
    episodes: { id: ['610100-20220111'], unit: [0], start: [10], end: [13], peak: [9], peakDay: [13], areaDays: [15], high: [[1, 0, null, 2]], medium: [[2, 3, null, 7]] },
  };
}

describe('compare series', () => {
  it('an episode: high + medium per day from its first listing, a no-list day null (never 0)', () => {
    const curve = episodeCurve(tiny(), '610100-20220111')!;
    expect(curve.values).toEqual([3, 3, null, 9]);
    expect(curve.day0).toBe(dayNumber('2022-01-11'));
    expect(valueAt(curve, 2)).toBeNull();
    expect(valueAt(curve, 4)).toBeUndefined();
  });

  it('Xi\'an 610100-20211215 matches episodes.json day by day', () => {
    const i = real.episodes.id.indexOf('610100-20211215');
    const curve = episodeCurve(real, '610100-20211215')!;
    expect(curve.values[12]).toBe((real.episodes.high[i][12] ?? 0) + (real.episodes.medium[i][12] ?? 0));
    expect(Math.max(...curve.values.map((v) => v ?? 0))).toBe(real.episodes.peak[i]);
  });

  it('a report on a covering episode: day 0 is the first case, so earlier listings sit at negative days', () => {
    const firstCase = dayNumber('2022-01-13');
    const curve = reportEpisodeCurve(tiny(), 'xian', '610100-20220111', firstCase)!;
    expect(curve.from).toBe(-2);
    expect(valueAt(curve, -2)).toBe(3);
    expect(valueAt(curve, 1)).toBe(9);
    expect(dayDomain([curve, episodeCurve(tiny(), '610100-20220111')!])).toEqual({ min: -2, max: 3 });
  });

  it('a report without one: its events per day from the first case, days before it left out', () => {
    const d = dayNumber('2021-08-01');
    const curve = reportEventsCurve('r', d, d + 3, [d - 1, d, d, d + 2]);
    expect(curve.values).toEqual([2, 0, 1, 0]);
  });
});

describe('compare chart geometry', () => {
  const frame: Frame = { width: 100, height: 100, min: 0, max: 3, top: 100 };
  it('log: 0 and 1 on the floor, 100 at the top; linear: 0 on the floor', () => {
    expect(yOf(frame, 0, 'log')).toBe(100);
    expect(yOf(frame, 1, 'log')).toBe(100);
    expect(yOf(frame, 100, 'log')).toBe(0);
    expect(yOf(frame, 10, 'log')).toBe(50);
    expect(yOf(frame, 50, 'linear')).toBe(50);
  });
  it('a no-list day breaks the line into two runs', () => {
    const path = curvePath(episodeCurve(tiny(), '610100-20220111')!, frame, 'linear');
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
  });
  it('ticks', () => {
    expect(yTicks(151, 'log')).toEqual([1, 10, 100]);
    expect(yTicks(151, 'linear')).toEqual([0, 50, 100, 150]);
  });
});

describe('compare codec', () => {
  const known = (id: string) => ['anyang', 'heze', '610100-20211215'].includes(id);
  it('round-trips ids, scale, cursor and language', () => {
    const query = 'o=compare&ids=610100-20211215,anyang&scale=log&n=12&lang=en';
    const { state, dropped } = parseCompareQuery(query, known);
    expect(dropped).toEqual([]);
    expect(state).toEqual({ ids: ['610100-20211215', 'anyang'], scale: 'log', cursor: 12, lang: 'en' });
    expect(formatCompareQuery(state)).toBe(query);
  });
  it('drops unknown, malformed and repeated ids with a reason, and ids beyond six', () => {
    const { state, dropped } = parseCompareQuery('o=compare&ids=anyang,nowhere,<b>,anyang,heze', known);
    expect(state.ids).toEqual(['anyang', 'heze']);
    expect(dropped.map((d) => d.reason)).toEqual(['unknown', 'unknown', 'duplicate']);
    const many = parseCompareQuery(`ids=${['a', 'b', 'c', 'd', 'e', 'f', 'g'].join(',')}`, () => true);
    expect(many.state.ids).toHaveLength(6);
    expect(many.dropped).toEqual([{ id: 'g', reason: 'too-many' }]);
  });
  it('defaults are left out', () => {
    expect(formatCompareQuery({ ids: [], scale: 'linear', cursor: null, lang: 'zh' })).toBe('o=compare');
  });
});
