import { describe, expect, it } from 'vitest';
import { AreaCursor, AreaTimeline, FADED, HIGH, intervalTable, isInForce, MEDIUM, NOT_SHOWN } from '../../../src/national/area-timeline';
import type { OfficialInterval } from '../../../src/national/official-contract';
import { NationalModel } from '../../../src/national/national-model';
import { UnitCounts } from '../../../src/national/unit-counts';

/** Area 0: high 10..12, then medium 13..15 (a level change on consecutive days); area 1: medium 11..11 and 20..21; area 2 never listed. */
const intervals: Array<Omit<OfficialInterval, 'count'>> = [
  { area: 1, first: 20, last: 21, level: 'medium' },
  { area: 0, first: 10, last: 12, level: 'high' },
  { area: 0, first: 13, last: 15, level: 'medium' },
  { area: 1, first: 11, last: 11, level: 'medium' },
];

function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('official areas day by day', () => {
  const timeline = new AreaTimeline(3, intervals, { fadeDays: 3 });

  it('shows an area at its level while listed, and a level change on the next day without a gap', () => {
    expect(timeline.stateOf(0, 9)).toBe(NOT_SHOWN);
    expect(timeline.stateOf(0, 10)).toBe(HIGH);
    expect(timeline.stateOf(0, 12)).toBe(HIGH);
    expect(timeline.stateOf(0, 13)).toBe(MEDIUM);
  });

  it('fades a lifted area for the fade days at its last level, then hides it', () => {
    expect(timeline.stateOf(0, 16)).toBe(MEDIUM | FADED);
    expect(timeline.stateOf(0, 18)).toBe(MEDIUM | FADED);
    expect(timeline.stateOf(0, 19)).toBe(NOT_SHOWN);
    expect(isInForce(timeline.stateOf(0, 16))).toBe(false);
    expect(timeline.stateOf(1, 12)).toBe(MEDIUM | FADED);
    expect(timeline.stateOf(2, 12)).toBe(NOT_SHOWN);
  });

  it('takes the higher level when one area is listed twice on a day', () => {
    const twice = new AreaTimeline(1, [{ area: 0, first: 5, last: 9, level: 'medium' }, { area: 0, first: 7, last: 7, level: 'high' }]);
    expect([6, 7, 8].map((day) => twice.stateOf(0, day))).toEqual([MEDIUM, HIGH, MEDIUM]);
  });

  it('moves by diff to the same states as evaluating every area, forwards, backwards and by jumps', () => {
    const rnd = random(7);
    const areaCount = 200;
    const many: Array<Omit<OfficialInterval, 'count'>> = [];
    for (let a = 0; a < areaCount; a += 1) {
      let day = Math.floor(rnd() * 30);
      for (let k = Math.floor(rnd() * 4); k > 0; k -= 1) {
        const length = 1 + Math.floor(rnd() * 10);
        many.push({ area: a, first: day, last: day + length - 1, level: rnd() < 0.5 ? 'high' : 'medium' });
        day += length + Math.floor(rnd() * 6);
      }
    }
    const big = new AreaTimeline(areaCount, many, { fadeDays: 3 });
    const cursor = new AreaCursor(big, 0);
    const days = [...Array.from({ length: 120 }, (_, i) => i), 60, 3, 110, 109, 40, -5, 200];
    for (const day of days) {
      const before = Uint8Array.from(cursor.states);
      const step = cursor.moveTo(day);
      for (let a = 0; a < areaCount; a += 1) expect(cursor.states[a], `area ${a} on day ${day}`).toBe(big.stateOf(a, day));
      const changed = [...Array(areaCount).keys()].filter((a) => before[a] !== cursor.states[a]);
      expect([...step.changed].sort((x, y) => x - y)).toEqual(changed);
      step.changed.forEach((area, i) => expect(step.before[i]).toBe(before[area]));
    }
  });

  it('reads intervals as columns (the browser form) the same as records', () => {
    const fromTable = new AreaTimeline(3, intervalTable(intervals), { fadeDays: 3 });
    for (let day = 8; day < 26; day += 1) for (let a = 0; a < 3; a += 1) expect(fromTable.stateOf(a, day)).toBe(timeline.stateOf(a, day));
  });

  it('rejects an interval of an area that does not exist', () => {
    expect(() => new AreaTimeline(1, [{ area: 3, first: 1, last: 2, level: 'high' }])).toThrow(RangeError);
  });
});

describe('areas in force per admin unit', () => {
  it('counts areas in force by level and updates only the units a step touches', () => {
    const timeline = new AreaTimeline(3, intervals, { fadeDays: 3 });
    const cursor = new AreaCursor(timeline, 10);
    // Areas 0 and 1 in unit 0, area 2 in unit 1.
    const counts = new UnitCounts(2, Int32Array.from([0, 0, 1]), cursor.states);
    expect([counts.high[0], counts.medium[0], counts.topLevel(0)]).toEqual([1, 0, 'high']);
    const touched = counts.apply(cursor.moveTo(11), cursor.states);
    expect([...touched]).toEqual([0]);
    expect([counts.high[0], counts.medium[0], counts.total(0)]).toEqual([1, 1, 2]);
    counts.apply(cursor.moveTo(13), cursor.states);
    expect([counts.high[0], counts.medium[0], counts.topLevel(0)]).toEqual([0, 1, 'medium']);
    // Faded areas are not in force: the number says how many areas are in force that day.
    counts.apply(cursor.moveTo(16), cursor.states);
    expect([counts.total(0), counts.topLevel(0), counts.topLevel(1)]).toEqual([0, null, null]);
  });

  it('leaves out an area the record places in no unit', () => {
    const timeline = new AreaTimeline(3, intervals);
    const cursor = new AreaCursor(timeline, 11);
    const counts = new UnitCounts(1, Int32Array.from([-1, 0, -1]), cursor.states);
    expect(counts.total(0)).toBe(1);
  });
});

describe('the national time model', () => {
  it('moves areas and the counts of every level together', () => {
    const level = (unitOfArea: number[], count: number) => ({
      level: 'county' as const, units: Array.from({ length: count }, (_, i) => ({ key: String(i), division: { code: String(i), name: String(i), level: 'county' as const, parent: null }, unknownCounty: false })),
      unitOfArea: Int32Array.from(unitOfArea), unplaced: 0,
    });
    const model = new NationalModel(3, intervals, { province: level([0, 0, 0], 1), prefecture: level([0, 1, 1], 2), county: level([0, 1, 2], 3) }, 9);
    expect(model.counts.province.total(0)).toBe(0);
    const heard: number[] = [];
    const stop = model.subscribe((s) => heard.push(s.day));
    const step = model.moveTo(11);
    model.moveTo(11);
    stop();
    expect(step.areas.changed.sort()).toEqual([0, 1]);
    expect([...step.units.province]).toEqual([0]);
    expect([...step.units.prefecture].sort()).toEqual([0, 1]);
    expect([model.counts.province.total(0), model.counts.prefecture.total(1), model.counts.county.total(2)]).toEqual([2, 1, 0]);
    model.moveTo(12);
    // Told of the move to 11 only: the second move changed nothing, the third came after unsubscribing.
    expect(heard).toEqual([11]);
  });
});
