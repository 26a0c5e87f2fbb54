import { describe, expect, it } from 'vitest';
import { keepApart, type LabelBox } from '../../src/map/label-collisions';

const box = (left: number, top: number, width = 40, height = 14): LabelBox => ({ left, top, right: left + width, bottom: top + height });

describe('keepApart', () => {
  it('keeps the first of two overlapping labels and drops the later one', () => {
    expect(keepApart([box(0, 0), box(30, 5)])).toEqual([true, false]);
    expect(keepApart([box(30, 5), box(0, 0)])).toEqual([true, false]);
  });

  it('keeps labels that are apart, and one that overlaps only a dropped label', () => {
    // b overlaps a (dropped); c overlaps b only, so it stays.
    expect(keepApart([box(0, 0), box(35, 0), box(70, 0)])).toEqual([true, false, true]);
  });

  it('drops labels closer than the gap, and empty boxes', () => {
    expect(keepApart([box(0, 0), box(41, 0)], 2)).toEqual([true, false]);
    expect(keepApart([box(0, 0), box(43, 0)], 2)).toEqual([true, true]);
    expect(keepApart([box(0, 0, 0, 0)])).toEqual([false]);
  });
});
