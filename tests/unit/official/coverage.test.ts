import { describe, expect, it } from 'vitest';
import { buildCoverage, buildDayFlags, type ListInfo } from '../../../src/official/coverage';
import { dayNumber } from '../../../src/core/calendar-day';

const d0 = dayNumber('2022-04-15');
const list = (offset: number, level: 'high' | 'medium', areas: number[], extra: Partial<ListInfo> = {}): ListInfo => ({
  day: d0 + offset, level, file: `points/x_${offset}_${level}`, length: areas.length, areas: new Set(areas), ...extra,
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('coverage per day', () => {
  it('says which lists exist and where they come from; a missing file is no data', () => {
    const coverage = buildCoverage([list(0, 'high', [1]), list(0, 'medium', []), list(2, 'high', [1])], d0, d0 + 2);
    expect(coverage[0]).toEqual({ day: d0, high: true, medium: true, source: 'points/x_0_high points/x_0_medium', highFile: 'points/x_0_high', mediumFile: 'points/x_0_medium' });
    expect(coverage[1]).toEqual({ day: d0 + 1, high: false, medium: false, source: '' });
    expect(coverage[2]).toMatchObject({ high: true, medium: false });
  });
});

describe('day flags', () => {
  it('flags a list whose length differs from the published total, and only that one', () => {
    const flags = buildDayFlags([list(0, 'high', [1, 2]), list(1, 'high', [1, 2])], [{ day: d0, high: 3, medium: 0 }, { day: d0 + 1, high: 2, medium: 0 }], d0, d0 + 1);
    expect(flags.filter((f) => f.code === 'count-mismatch')).toEqual([{ date: '2022-04-15', level: 'high', code: 'count-mismatch', detail: 'list 2, published 3' }]);
  });
  it('flags a day far below and a day far above both neighbours, not a small list swinging', () => {
    const lists = [list(0, 'high', range(0, 40)), list(1, 'high', range(0, 12)), list(2, 'high', range(0, 40)), list(3, 'high', range(0, 100)), list(4, 'high', range(0, 40)),
      list(5, 'high', range(0, 4)), list(6, 'high', range(0, 1)), list(7, 'high', range(0, 5))];
    const flags = buildDayFlags(lists, [], d0, d0 + 7).filter((f) => f.code !== 'no-list');
    expect(flags.map((f) => [f.date, f.code])).toEqual([['2022-04-16', 'dip'], ['2022-04-18', 'spike']]);
  });
  it('flags a day whose areas sit at the other level the day before and after (lists swapped)', () => {
    const [a, b] = [range(0, 20), range(100, 130)];
    const lists = [list(0, 'high', a), list(0, 'medium', b), list(1, 'high', b), list(1, 'medium', a), list(2, 'high', a), list(2, 'medium', b)];
    const flags = buildDayFlags(lists, [], d0, d0 + 2);
    expect(flags.map((f) => [f.date, f.level, f.code])).toEqual([['2022-04-16', 'high', 'levels-swapped'], ['2022-04-16', 'medium', 'levels-swapped']]);
  });
  it('marks list-only days with their join count, and days without a file', () => {
    const flags = buildDayFlags([list(0, 'high', [1, 2], { joined: 1 }), list(0, 'medium', [])], [], d0, d0 + 1);
    expect(flags.map((f) => [f.date, f.level, f.code, f.detail])).toEqual([
      ['2022-04-15', 'high', 'list-only', '1 of 2 entries joined to a point'],
      ['2022-04-16', 'high', 'no-list', 'no file'],
      ['2022-04-16', 'medium', 'no-list', 'no file'],
    ]);
  });
});
