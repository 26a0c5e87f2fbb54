import { describe, expect, it } from 'vitest';
import { loadAdminDivisions } from '../../../scripts/lib/admin-divisions';
import { assignUnits } from '../../../src/national/admin-units';
import { FADED, HIGH, MEDIUM } from '../../../src/national/area-timeline';
import { ListedDays } from '../../../src/national/listed-days';
import { NationalModel, UNIT_LEVELS } from '../../../src/national/national-model';
import { UnitDaysModel, buildUnitDays } from '../../../src/national/unit-days';

// Issue 21: 2021-11-01 has no list at all. The intervals of the record end on 10-31 and start again on 11-02
// (an area cannot be listed on a day without a list), so a day-by-day reading drew 11-01 with 0 areas and all
// of 10-31's faded as lifted. A day without a list shows the last listed day's state, said to be unconfirmed.
const FIRST = 100;
const GAP = 105; // no list this day
const LAST = 110;
const totals = {
  high: Array.from({ length: LAST - FIRST + 1 }, (_, d) => (FIRST + d === GAP ? null : 1)),
  medium: Array.from({ length: LAST - FIRST + 1 }, (_, d) => (FIRST + d === GAP ? null : 2)),
};

describe('which day\'s state a day shows', () => {
  const listed = ListedDays.fromTotals(totals, FIRST);

  it('is the day itself when it has a list, else the last day before it with one', () => {
    expect(listed.hasList(104)).toBe(true);
    expect(listed.hasList(GAP)).toBe(false);
    expect(listed.shownDay(104)).toBe(104);
    expect(listed.shownDay(GAP)).toBe(104);
    expect(listed.shownDay(106)).toBe(106);
  });

  it('has no earlier state to show for a gap at the start, and leaves days outside the record alone', () => {
    const fromStart = ListedDays.fromTotals({ high: [null, null, 3], medium: [null, null, 0] }, FIRST);
    expect(fromStart.shownDay(FIRST)).toBe(FIRST);
    expect(fromStart.hasList(FIRST)).toBe(false);
    expect(fromStart.shownDay(FIRST + 2)).toBe(FIRST + 2);
    expect(listed.shownDay(FIRST - 3)).toBe(FIRST - 3);
    expect(listed.shownDay(LAST + 3)).toBe(LAST + 3);
  });

  it('counts a day with only one level\'s list as listed', () => {
    expect(ListedDays.fromTotals({ high: [1, null], medium: [null, 4] }, FIRST).hasList(FIRST + 1)).toBe(true);
  });
});

describe('the national model on a day without a list', () => {
  const divisions = loadAdminDivisions();
  const areas = [
    { province: '河南省', prefecture: '安阳市', countyCode: '410523' },
    { province: '河南省', prefecture: '安阳市', countyCode: '410502' },
    { province: '北京市', prefecture: '北京市', countyCode: '110105' },
  ];
  const units = assignUnits(areas, divisions);
  // Area 0: high, listed to the day before the gap and again after it. Area 1: medium, listed to the day before
  // the gap, not after (lifted on 106 for all we know). Area 2: lifted two days before the gap (faded on 104).
  const intervals = [
    { area: 0, first: 101, last: GAP - 1, level: 'high' as const }, { area: 0, first: GAP + 1, last: LAST, level: 'high' as const },
    { area: 1, first: 101, last: GAP - 1, level: 'medium' as const },
    { area: 2, first: 100, last: 102, level: 'medium' as const },
  ];
  const listed = ListedDays.fromTotals(totals, FIRST);

  it('shows the last listed day\'s areas in force, none of them as lifted, and never 0 per unit', () => {
    const model = new NationalModel(areas.length, intervals, units, 104, { listed });
    const before = { states: Array.from(model.states), counts: countsOf(model) };
    expect(before.states).toEqual([HIGH, MEDIUM, MEDIUM | FADED]);
    const step = model.moveTo(GAP);
    expect(step.shownDay).toBe(104);
    expect(Array.from(model.states)).toEqual(before.states);
    expect(countsOf(model)).toEqual(before.counts);
    expect(model.counts.county.total(units.county.unitOfArea[0])).toBe(1);
    // Opened on the gap day: the same.
    const opened = new NationalModel(areas.length, intervals, units, GAP, { listed });
    expect(Array.from(opened.states)).toEqual(before.states);
    expect(opened.shownDay).toBe(104);
    // The next listed day reads its own list: area 1 is now lifted (faded), area 0 in force.
    model.moveTo(GAP + 1);
    expect(Array.from(model.states)).toEqual([HIGH, MEDIUM | FADED, 0]);
  });

  it('gives the early counts (unit-days.json, built day by day) the same reading', () => {
    const table = {
      length: intervals.length, area: Int32Array.from(intervals, (i) => i.area), first: Int32Array.from(intervals, (i) => i.first),
      last: Int32Array.from(intervals, (i) => i.last), level: Uint8Array.from(intervals, (i) => (i.level === 'high' ? 0 : 1)),
    };
    const file = buildUnitDays(areas.length, table, units, { firstDay: FIRST, lastDay: LAST, firstDate: '2020-01-01', lastDate: '2020-01-11' });
    const early = new UnitDaysModel(file, FIRST, FIRST, listed);
    const step = early.moveTo(GAP);
    expect(step.shownDay).toBe(104);
    expect(countsOf(early)).toEqual(countsOf(new NationalModel(areas.length, intervals, units, 104)));
    expect(countsOf(new UnitDaysModel(file, FIRST, GAP, listed))).toEqual(countsOf(early));
  });
});

function countsOf(model: { counts: Record<string, { high: ArrayLike<number>; medium: ArrayLike<number> }> }) {
  return Object.fromEntries(UNIT_LEVELS.map((level) => [level, [Array.from(model.counts[level].high), Array.from(model.counts[level].medium)]]));
}
