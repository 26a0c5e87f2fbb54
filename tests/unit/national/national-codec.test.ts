import { describe, expect, it } from 'vitest';
import { LAST_DAY_WITH_AREAS, RECORD_LAST_DAY } from '../../../src/national/official-contract';
import { dayNumber, isoOfDay } from '../../../src/core/calendar-day';
import { defaultNationalState, formatNationalQuery, parseNationalQuery, type NationalViewState } from '../../../src/url/national-codec';
import { routeOf } from '../../../src/url/routes';

describe('national view URL', () => {
  it('is o=china alone for the defaults (the last day with areas in force)', () => {
    expect(formatNationalQuery(defaultNationalState())).toBe('o=china');
    expect(parseNationalQuery('o=china')).toEqual({ state: defaultNationalState(), ignored: [] });
    expect(routeOf('?o=china&d=2022-01-01').view).toBe('national');
    expect(routeOf('?o=anyang').view).toBe('outbreaks');
  });

  it('round-trips a full view with a selected area and a trip', () => {
    const state: NationalViewState = {
      day: dayNumber('2022-11-30'), zoom: 12, centre: [39.918, 116.45], lang: 'en', basemap: 'amap', selected: { kind: 'key', key: '1yl18iygjms' },
      trip: { lat: 39.918, lon: 116.45, radiusKm: 3, from: dayNumber('2022-11-20'), to: dayNumber('2022-11-30') },
    };
    const query = formatNationalQuery(state);
    expect(query).toBe('o=china&d=2022-11-30&z=12&c=39.9180,116.4500&lang=en&b=amap&sel=official:1yl18iygjms&trip=39.918,116.45,3&from=2022-11-20&to=2022-11-30');
    expect(parseNationalQuery(query)).toEqual({ state, ignored: [] });
  });

  it('reads an older link\'s build-order id as a legacy selection, kept until the view has looked it up', () => {
    const { state, ignored } = parseNationalQuery('o=china&sel=official:4211');
    expect(ignored).toEqual([]);
    expect(state.selected).toEqual({ kind: 'legacy', id: 4211 });
    expect(formatNationalQuery(state)).toBe('o=china&sel=official:4211');
    for (const bad of ['official:', 'official:1YL18IYGJMS', 'official:12345678', 'official:1yl18iygjm', '4211']) {
      expect(parseNationalQuery(`o=china&sel=${bad}`).ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(['sel:unknown-feature']);
    }
  });

  it('clamps a day outside the record and drops what it cannot use, saying why', () => {
    const { state, ignored } = parseNationalQuery('o=china&d=2023-02-01&b=satellite&sel=anyang-x&k=risk-area&z=40&c=1,2&trip=48.85,2.35,5');
    expect(state).toEqual({ ...defaultNationalState(), day: RECORD_LAST_DAY });
    expect(ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(['k:unknown-key', 'd:date-clamped', 'z:zoom-out-of-range', 'b:unknown-value', 'sel:unknown-feature', 'trip:outside-china']);
  });

  it('opens a link without a date on the last day with areas in force (2022-12-23), and keeps 2022-12-24 reachable by d', () => {
    const opened = parseNationalQuery('o=china').state;
    expect(isoOfDay(opened.day)).toBe('2022-12-23');
    expect(opened.day).toBe(LAST_DAY_WITH_AREAS);
    expect(formatNationalQuery(opened)).toBe('o=china');
    const lastListed = parseNationalQuery('o=china&d=2022-12-24');
    expect(lastListed).toEqual({ state: { ...defaultNationalState(), day: RECORD_LAST_DAY }, ignored: [] });
    expect(formatNationalQuery(lastListed.state)).toBe('o=china&d=2022-12-24');
  });

  it('opens a trip link without a date on the trip\'s first day, and keeps the date a view of another day needs', () => {
    const trip = { lat: 39.9042, lon: 116.4074, radiusKm: 5, from: dayNumber('2022-11-01'), to: dayNumber('2022-11-10') };
    expect(parseNationalQuery('o=china&trip=39.9042,116.4074,5&from=2022-11-01&to=2022-11-10').state).toEqual({ ...defaultNationalState(), day: trip.from, trip });
    const onFirstDay = formatNationalQuery({ ...defaultNationalState(), day: trip.from, trip });
    expect(onFirstDay).not.toContain('d=');
    const onLastDay = formatNationalQuery({ ...defaultNationalState(), trip });
    expect(onLastDay).toContain('d=2022-12-23');
    expect(parseNationalQuery(onLastDay).state.day).toBe(LAST_DAY_WITH_AREAS);
    // A trip over the whole record (no from) opens where a link without a date does.
    expect(parseNationalQuery('o=china&trip=39.9042,116.4074,5').state.day).toBe(LAST_DAY_WITH_AREAS);
  });
});
