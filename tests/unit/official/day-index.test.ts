import { describe, expect, it } from 'vitest';
import { intervalColumns } from '../../../src/official/columns';
import { OfficialDayIndex } from '../../../src/official/day-index';
import { buildIntervals, type DayEntries } from '../../../src/official/history';
import type { DayCoverage, OfficialInterval } from '../../../src/official/schema';
import { seededRandom } from '../../support/seeded-random';

/** 120 days, 60 areas, random lists with repeats, some days without a list of a level. */
function fixture(seed: number) {
  const random = seededRandom(seed);
  const [first, days, areaCount] = [19_000, 120, 60];
  const lists: DayEntries[] = [];
  const coverage: DayCoverage[] = [];
  const listed = new Map<string, number[]>();
  for (let day = first; day < first + days; day += 1) {
    const present = { high: random() > 0.05, medium: random() > 0.1 };
    coverage.push({ day, high: present.high, medium: present.medium, source: '' });
    for (const level of ['high', 'medium'] as const) {
      if (!present[level]) continue;
      const areas: number[] = [];
      for (let area = 0; area < areaCount; area += 1) {
        const p = random();
        if (p < 0.25) areas.push(area);
        if (p < 0.03) areas.push(area);
      }
      lists.push({ day, level, areas });
      listed.set(`${day}:${level}`, areas);
    }
  }
  return { lists, coverage, listed, first, days, areaCount, intervals: buildIntervals(lists) };
}

/** The definition: intervals covering the day, scanned one by one. */
const naiveInForce = (intervals: readonly OfficialInterval[], day: number) =>
  intervals.flatMap((interval, i) => (interval.first <= day && day <= interval.last ? [i] : []));

describe('official day index against the naive per-day recomputation', () => {
  for (const seed of [1, 2, 3]) {
    const f = fixture(seed);
    const index = new OfficialDayIndex(intervalColumns(f.intervals), f.coverage, f.areaCount);
    it(`counts per day equal the lists' lengths, null on days without a list (seed ${seed})`, () => {
      for (let day = f.first; day < f.first + f.days; day += 1) {
        const high = f.listed.get(`${day}:high`);
        const medium = f.listed.get(`${day}:medium`);
        expect(index.countsOn(day)).toEqual({ high: high ? high.length : null, medium: medium ? medium.length : null });
      }
    });
    it(`inForce equals the naive scan on every day (seed ${seed})`, () => {
      for (let day = f.first - 2; day < f.first + f.days + 2; day += 1) expect(index.inForce(day)).toEqual(naiveInForce(f.intervals, day));
    });
  }
  it('is empty before and after the record', () => {
    const f = fixture(4);
    const index = new OfficialDayIndex(intervalColumns(f.intervals), f.coverage, f.areaCount);
    expect(index.inForce(f.first - 1)).toEqual([]);
    expect(index.countsOn(f.first + f.days)).toEqual({ high: null, medium: null });
  });
});
