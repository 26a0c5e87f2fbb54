import { describe, expect, it } from 'vitest';
import { aggregationAt, circleRadius, countLabel } from '../../../src/map/national/aggregate-style';

describe('national map summaries', () => {
  it('show provinces for the whole country, then prefectures, counties and single areas as the reader zooms in', () => {
    expect([4, 5, 6, 7, 9, 10, 14].map(aggregationAt)).toEqual(['province', 'prefecture', 'prefecture', 'county', 'county', 'points', 'points']);
  });

  it('size a circle by the class of its count, never bigger than the largest class', () => {
    expect([1, 9, 10, 99, 100, 1000, 45_000].map(circleRadius)).toEqual([9, 9, 12, 12, 16, 21, 27]);
    expect(circleRadius(0)).toBe(0);
    // However many areas a unit has, its circle stays that of the largest class.
    expect(circleRadius(10_000_000)).toBe(circleRadius(10_000));
  });

  it('write the number so it fits the circle, in each language', () => {
    expect([7, 999, 1234, 12_345, 45_000].map((n) => countLabel(n, 'en'))).toEqual(['7', '999', '1.2k', '12k', '45k']);
    expect([7, 9999, 12_345, 45_000].map((n) => countLabel(n, 'zh'))).toEqual(['7', '9999', '1.2万', '4.5万']);
  });
});
