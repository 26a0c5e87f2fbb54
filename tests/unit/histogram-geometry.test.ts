import { describe, expect, it } from 'vitest';
import { consecutiveRuns, dayAt, dayCentre, MIN_HIT_PX } from '../../src/ui/shell/histogram-geometry';

describe('dayAt', () => {
  const withData = (...days: number[]) => (d: number) => days.includes(d);

  it('gives the day under the pointer, clamped to the range, when days are wide', () => {
    // 10 days over 1000 px: 100 px each.
    expect(dayAt(250, 1000, 0, 9, withData())).toBe(2);
    expect(dayAt(-5, 1000, 0, 9, withData())).toBe(0);
    expect(dayAt(1200, 1000, 0, 9, withData())).toBe(9);
  });

  it('snaps to a narrow day with data next to the pointer', () => {
    // 365 days over 1000 px: ~2.7 px each; day 100 has the only event.
    const centre = dayCentre(100, 0, 364) * 1000;
    expect(dayAt(centre + MIN_HIT_PX / 2 - 1, 1000, 0, 364, withData(100))).toBe(100);
    expect(dayAt(centre - MIN_HIT_PX / 2 + 1, 1000, 0, 364, withData(100))).toBe(100);
    // Farther than half the minimum target: the day under the pointer.
    expect(dayAt(centre + MIN_HIT_PX, 1000, 0, 364, withData(100))).not.toBe(100);
  });

  it('prefers the nearest of two days with data', () => {
    const at = dayCentre(101, 0, 364) * 1000 + 0.2;
    expect(dayAt(at, 1000, 0, 364, withData(100, 102))).toBe(102);
  });
});

describe('consecutiveRuns', () => {
  it('joins only days that follow each other', () => {
    expect(consecutiveRuns([1, 10, 15])).toEqual([[1], [10], [15]]);
    expect(consecutiveRuns([1, 2, 3, 7, 8])).toEqual([[1, 2, 3], [7, 8]]);
    expect(consecutiveRuns([])).toEqual([]);
  });
});
