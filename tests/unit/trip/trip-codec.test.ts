import { describe, expect, it } from 'vitest';
import { RECORD_FIRST_DAY, RECORD_LAST_DAY } from '../../../src/national/official-contract';
import { dayNumber } from '../../../src/core/calendar-day';
import { formatTrip, inChinaBounds, parseTrip, type TripCodecContext } from '../../../src/url/trip-codec';

const context: TripCodecContext = { firstDay: RECORD_FIRST_DAY, lastDay: RECORD_LAST_DAY, isInChina: inChinaBounds };
const parse = (query: string) => parseTrip(new URLSearchParams(query), context);
const d = dayNumber;

describe('trip URL keys', () => {
  it('read a point, a radius and a range', () => {
    expect(parse('trip=36.09,114.35,5&from=2022-01-10&to=2022-01-20')).toEqual({
      trip: { lat: 36.09, lon: 114.35, radiusKm: 5, from: d('2022-01-10'), to: d('2022-01-20') }, ignored: [],
    });
  });

  it('round-trip, leaving the whole-record range out', () => {
    const trip = { lat: 39.91798, lon: 116.45103, radiusKm: 2.5, from: d('2022-11-01'), to: RECORD_LAST_DAY };
    const pairs = formatTrip(trip, context);
    expect(pairs).toEqual([['trip', '39.91798,116.45103,2.5'], ['from', '2022-11-01']]);
    expect(parse(new URLSearchParams(pairs).toString()).trip).toEqual(trip);
    expect(formatTrip(null, context)).toEqual([]);
  });

  it('default to the whole record and 5 km when the range or the radius is left out', () => {
    expect(parse('trip=36.09,114.35').trip).toEqual({ lat: 36.09, lon: 114.35, radiusKm: 5, from: RECORD_FIRST_DAY, to: RECORD_LAST_DAY });
  });

  it('clamp a radius outside 1–50 km to the nearest valid value, with a notice', () => {
    const big = parse('trip=36.09,114.35,80');
    expect(big.trip?.radiusKm).toBe(50);
    expect(big.ignored).toEqual([{ key: 'trip', value: '36.09,114.35,80', reason: 'radius-clamped' }]);
    expect(parse('trip=36.09,114.35,0').trip?.radiusKm).toBe(1);
  });

  it('clamp dates outside the record and swap a from after the to, with notices', () => {
    const { trip, ignored } = parse('trip=36.09,114.35,5&from=2023-03-01&to=2019-12-01');
    expect(trip).toMatchObject({ from: RECORD_FIRST_DAY, to: RECORD_LAST_DAY });
    expect(ignored.map((i) => i.reason)).toEqual(['date-clamped', 'date-clamped', 'dates-swapped']);
    expect(parse('trip=36.09,114.35,5&from=2022-02-01&to=2022-01-01').trip).toMatchObject({ from: d('2022-01-01'), to: d('2022-02-01') });
  });

  it('reject a point outside China', () => {
    expect(parse('trip=48.85,2.35,5')).toEqual({ trip: null, ignored: [{ key: 'trip', value: '48.85,2.35,5', reason: 'outside-china' }] });
  });

  it('ignore garbage without throwing', () => {
    for (const query of ['trip=abc', 'trip=36.09', 'trip=,,', 'trip=36.09,114.35,5,9', 'trip=<b>,1,2', 'trip=95,114,5', 'trip=1e3,114,5']) {
      const { trip, ignored } = parse(query);
      expect(trip, query).toBeNull();
      expect(ignored, query).toHaveLength(1);
    }
    const badDate = parse('trip=36.09,114.35,5&from=2022-02-30&to=soon');
    expect(badDate.trip).toMatchObject({ from: RECORD_FIRST_DAY, to: RECORD_LAST_DAY });
    expect(badDate.ignored.map((i) => i.reason)).toEqual(['bad-date', 'bad-date']);
    expect(parse('trip=36.09,114.35,far').trip?.radiusKm).toBe(5);
  });

  it('drop a range given without a point', () => {
    expect(parse('from=2022-01-01&to=2022-01-05')).toEqual({
      trip: null, ignored: [{ key: 'from', value: '2022-01-01', reason: 'unknown-key' }, { key: 'to', value: '2022-01-05', reason: 'unknown-key' }],
    });
  });
});
