import { describe, expect, it } from 'vitest';
import { intervalColumns } from '../../../src/official/columns';
import { OfficialCursor, OfficialDayIndex } from '../../../src/official/day-index';
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

function naiveLevel(intervals: readonly OfficialInterval[], day: number, area: number): string | null {
  const here = intervals.filter((i) => i.area === area && i.first <= day && day <= i.last);
  return here.some((i) => i.level === 'high') ? 'high' : here.length ? 'medium' : null;
}

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
    it(`the cursor reports exactly the areas whose level or entries changed, forward, backward and by jumps (seed ${seed})`, () => {
      const random = seededRandom(seed * 7);
      const cursor = new OfficialCursor(index, f.first);
      const stateOn = (day: number) => Array.from({ length: f.areaCount }, (_, a) => [
        naiveLevel(f.intervals, day, a),
        f.intervals.filter((i) => i.area === a && i.first <= day && day <= i.last).reduce((n, i) => n + i.count, 0),
      ]);
      let previous = stateOn(f.first);
      let previousDay = f.first;
      const steps = [...Array.from({ length: f.days - 1 }, (_, i) => f.first + i + 1), ...Array.from({ length: 40 }, () => f.first + Math.floor(random() * f.days))];
      for (const day of [...steps, ...steps.slice().reverse()]) {
        const changed = cursor.moveTo(day);
        const now = stateOn(day);
        expect(cursor.day).toBe(day);
        const expected = now.flatMap((state, a) => (day !== previousDay && (state[0] !== previous[a][0] || state[1] !== previous[a][1]) ? [a] : []));
        for (let a = 0; a < f.areaCount; a += 1) expect([cursor.levelOf(a), cursor.entriesOf(a)]).toEqual(now[a]);
        expect(changed).toEqual(expected);
        [previous, previousDay] = [now, day];
      }
    });
  }
  it('is empty before and after the record', () => {
    const f = fixture(4);
    const index = new OfficialDayIndex(intervalColumns(f.intervals), f.coverage, f.areaCount);
    expect(index.inForce(f.first - 1)).toEqual([]);
    expect(index.countsOn(f.first + f.days)).toEqual({ high: null, medium: null });
  });
});
