import { describe, expect, it } from 'vitest';
import { areasAtBothLevels, buildIntervals, flickeringAreas, type DayEntries } from '../../../src/official/history';

const high = (day: number, ...areas: number[]): DayEntries => ({ day, level: 'high', areas });
const medium = (day: number, ...areas: number[]): DayEntries => ({ day, level: 'medium', areas });

describe('intervals from daily lists', () => {
  it('joins consecutive listed days of one level into one interval', () => {
    expect(buildIntervals([high(10, 0), high(11, 0), high(12, 0)])).toEqual([{ area: 0, first: 10, last: 12, level: 'high', count: 1 }]);
  });
  it('starts a new interval when the level changes', () => {
    expect(buildIntervals([high(10, 0), high(11, 0), medium(10), medium(11), high(12), medium(12, 0)])).toEqual([
      { area: 0, first: 10, last: 11, level: 'high', count: 1 },
      { area: 0, first: 12, last: 12, level: 'medium', count: 1 },
    ]);
  });
  it('keeps list multiplicity: an area listed twice a day counts twice, and a change of count starts a new interval', () => {
    const intervals = buildIntervals([high(10, 0, 0, 1), high(11, 0, 0), high(12, 0)]);
    expect(intervals).toEqual([
      { area: 0, first: 10, last: 11, level: 'high', count: 2 },
      { area: 0, first: 12, last: 12, level: 'high', count: 1 },
      { area: 1, first: 10, last: 10, level: 'high', count: 1 },
    ]);
  });
  it('breaks a run at a day with no list of that level (no data is not evidence the area stayed listed)', () => {
    expect(buildIntervals([high(10, 0), high(12, 0)])).toEqual([
      { area: 0, first: 10, last: 10, level: 'high', count: 1 },
      { area: 0, first: 12, last: 12, level: 'high', count: 1 },
    ]);
  });
  it('ends every run at an empty list', () => {
    expect(buildIntervals([high(10, 0), high(11), high(12, 0)])).toHaveLength(2);
  });
  it('refuses two lists of one level on one day', () => {
    expect(() => buildIntervals([high(10, 0), high(10, 1)])).toThrow(/two high lists/);
  });
});

describe('suspicious histories', () => {
  it('finds an area whose level changes and changes back within two days', () => {
    const lists = [high(1, 0, 1), high(2, 1), high(3, 0, 1), medium(1), medium(2, 0), medium(3)];
    expect([...flickeringAreas(buildIntervals(lists))]).toEqual([0]);
  });
  it('does not call a lasting downgrade, or a return after three days, a flicker', () => {
    const downgrade = [high(1, 0), high(2), high(3), medium(1), medium(2, 0), medium(3, 0)];
    expect(flickeringAreas(buildIntervals(downgrade)).size).toBe(0);
    const back = [high(1, 0), high(2), high(3), high(4), high(5, 0), medium(1), medium(2, 0), medium(3, 0), medium(4, 0), medium(5)];
    expect(flickeringAreas(buildIntervals(back)).size).toBe(0);
  });
  it('finds an area on both lists on one day', () => {
    expect([...areasAtBothLevels(buildIntervals([high(1, 0, 1), medium(1, 1), high(2, 0), medium(2, 0)]))]).toEqual([0, 1]);
  });
});
