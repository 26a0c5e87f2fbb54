import { describe, expect, it } from 'vitest';
import type { OfficialArea } from '../../../src/national/official-contract';
import { dayNumber as d } from '../../../src/core/calendar-day';
import type { TripHit } from '../../../src/trip/trip-check';
import { hitDay, tripDay } from '../../../src/trip/trip-day';
import { tripMarks } from '../../../src/trip/trip-marks';

const area = (id: number, lon: number, lat: number): OfficialArea => ({ id, address: `甲${id}`, province: '河南省', prefecture: '郑州市', lon, lat, precision: 'neighbourhood', precisionRule: 'address-level', flags: [] });
const hit = (id: number, runs: Array<[number, number]>, extra: Partial<TripHit> = {}, point: [number, number] = [113.66 + id / 100, 34.8]): TripHit => ({
  place: { source: 'official', area: area(id, ...point) }, distanceKm: id, match: 'within', uncertaintyMetres: 0, runs, daysInForce: 1, levels: ['medium'], ...extra,
});
const query = { lat: 34.8, lon: 113.66, radiusKm: 3, from: d('2022-10-01'), to: d('2022-10-20') };

describe('the day a trip is shown on', () => {
  it('moves a slider outside the range to the first day a place found is in force', () => {
    const result = { query, hits: [hit(1, [[d('2022-10-08'), d('2022-10-12')]]), hit(2, [[d('2022-10-05'), d('2022-10-06')]])] };
    expect(tripDay(result, d('2022-12-24'))).toBe(d('2022-10-05'));
  });

  it('keeps a day of the range on which a place found is in force', () => {
    const result = { query, hits: [hit(1, [[d('2022-10-08'), d('2022-10-12')]])] };
    expect(tripDay(result, d('2022-10-10'))).toBe(d('2022-10-10'));
    expect(tripDay(result, d('2022-10-02'))).toBe(d('2022-10-08'));
  });

  it('goes to the range\'s first day when nothing was found, and ignores places only possibly within', () => {
    expect(tripDay({ query, hits: [] }, d('2022-12-24'))).toBe(d('2022-10-01'));
    expect(tripDay({ query, hits: [hit(1, [[d('2022-10-09'), d('2022-10-09')]], { match: 'possibly' })] }, d('2022-12-24'))).toBe(d('2022-10-01'));
  });

  it('moves into a picked place\'s days in force unless the slider is in them', () => {
    const picked = hit(1, [[d('2022-10-08'), d('2022-10-09')], [d('2022-10-15'), d('2022-10-16')]]);
    expect(hitDay(picked, d('2022-12-24'))).toBe(d('2022-10-08'));
    expect(hitDay(picked, d('2022-10-16'))).toBe(d('2022-10-16'));
    expect(hitDay(picked, d('2022-10-12'))).toBe(d('2022-10-08'));
  });
});

describe('the trip\'s marks on the map', () => {
  it('numbers marks as the list does, shares one mark per point and rings coarse points once', () => {
    const shared: [number, number] = [113.7, 34.75];
    const hits = [
      hit(1, [[d('2022-10-08'), d('2022-10-09')]]),
      hit(2, [[d('2022-10-01'), d('2022-10-20')]], { uncertaintyMetres: 11_284, levels: ['high'] }, shared),
      hit(3, [[d('2022-10-15'), d('2022-10-15')]], { uncertaintyMetres: 11_284 }, shared),
      hit(4, [[d('2022-10-15'), d('2022-10-15')]], { match: 'possibly', uncertaintyMetres: 2_000 }),
    ];
    const { marks, rings, left } = tripMarks(hits, d('2022-10-08'));
    expect(marks.map((m) => [m.rank, m.match, m.hits.length, m.inForce, m.level])).toEqual([
      [1, 'within', 1, true, 'medium'], [2, 'within', 2, true, 'high'], [1, 'possibly', 1, false, 'medium'],
    ]);
    expect(rings.map((r) => [r.lon, r.lat, r.radiusMetres, r.match])).toEqual([[113.7, 34.75, 11_284, 'within'], [113.7, 34.8, 2_000, 'possibly']]);
    expect(left).toBe(0);
  });

  it('draws nothing for a place without a point, and says how many are left beyond the limit', () => {
    const noPoint = hit(1, [[d('2022-10-08'), d('2022-10-09')]], {}, [Number.NaN, Number.NaN]);
    const many = Array.from({ length: 5 }, (_, i) => hit(i + 2, [[d('2022-10-08'), d('2022-10-09')]]));
    const drawn = tripMarks([noPoint, ...many], d('2022-10-08'), 3);
    expect(drawn.marks.map((m) => m.rank)).toEqual([2, 3, 4]);
    expect(drawn.left).toBe(2);
  });
});
