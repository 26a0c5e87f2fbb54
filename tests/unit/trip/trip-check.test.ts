import turfDistance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { areaKeyOfAddress } from '../../../src/official/area-key';
import type { DayCoverage, OfficialArea } from '../../../src/national/official-contract';
import { dayNumber } from '../../../src/core/calendar-day';
import { TripIndex, type ReportPlace } from '../../../src/trip/trip-check';
import { tripCsv } from '../../../src/trip/trip-csv';
import type { LevelRun } from '../../../src/trip/runs';

const d = dayNumber;
// Around 安阳市文峰区 (WGS-84). Points are fixtures, not data.
const centre = { lat: 36.09, lon: 114.35 };
function area(id: number, address: string, lon: number, lat: number, precision: OfficialArea['precision'] = 'neighbourhood'): OfficialArea {
  return { id, address, province: '河南省', prefecture: '安阳市', lon, lat, precision, precisionRule: precision === 'county' ? 'county-centre' : 'address-level', flags: [] };
}
const areas = [
  area(0, '河南省安阳市文峰区甲小区', 114.36, 36.09), // ~0.9 km east
  area(1, '河南省安阳市文峰区乙小区', 114.35, 36.12), // ~3.3 km north
  area(2, '河南省安阳市汤阴县丙村', 114.35, 35.92), // ~19 km south
  area(3, '河南省安阳市某县育才中学', 114.35, 36.16, 'county'), // ~7.8 km, county fallback of radius 10 km
  area(4, '河南省安阳市文峰区丁小区', 114.351, 36.091), // near, but never in force in the range
  area(5, '河南省安阳市文峰区某处', Number.NaN, Number.NaN), // no point in the record
];
const runs: Record<number, LevelRun[]> = {
  0: [{ first: d('2022-01-10'), last: d('2022-01-20'), level: 'high' }, { first: d('2022-01-21'), last: d('2022-01-25'), level: 'medium' }],
  1: [{ first: d('2022-01-01'), last: d('2022-01-12'), level: 'medium' }],
  2: [{ first: d('2022-01-10'), last: d('2022-01-30'), level: 'high' }],
  3: [{ first: d('2022-01-15'), last: d('2022-01-16'), level: 'high' }],
  4: [{ first: d('2021-05-01'), last: d('2021-05-03'), level: 'high' }],
  5: [{ first: d('2022-01-10'), last: d('2022-01-30'), level: 'high' }],
};
const coverage: DayCoverage[] = [];
for (let day = d('2022-01-01'); day <= d('2022-01-31'); day += 1) {
  if (day !== d('2022-01-18')) coverage.push({ day, high: true, medium: day !== d('2022-01-19'), source: 'fixture' });
}
const county: ReportPlace = {
  featureId: 'fixture-county', outbreakId: 'anyang', name: '某区', nameEn: 'Mou Qu', precision: 'county', uncertaintyMetres: 0, geometrySource: 'admin:999999',
  geometry: { type: 'Polygon', coordinates: [[[114.3, 36.0], [114.4, 36.0], [114.4, 36.2], [114.3, 36.2], [114.3, 36.0]]] },
  runs: [{ first: d('2022-01-12'), last: d('2022-01-14'), level: 'regional-control' }],
};
const village: ReportPlace = {
  featureId: 'fixture-village', outbreakId: 'anyang', name: '某村', nameEn: 'Mou Cun', precision: 'township', uncertaintyMetres: 3000, geometrySource: 'geonames:1',
  geometry: { type: 'Point', coordinates: [114.35, 36.05] },
  runs: [{ first: d('2022-01-13'), last: d('2022-01-13'), level: 'sealed' }],
};
const index = new TripIndex({ areas, runsOf: (a) => runs[a], uncertaintyMetres: (a) => (a.precision === 'county' ? 10_000 : 0), coverage }, [county, village]);

describe('trip check', () => {
  const result = index.check({ ...centre, radiusKm: 5, from: d('2022-01-11'), to: d('2022-01-22') });

  it('lists every place within the radius in force in the range, nearest first, with Turf distances', () => {
    const within = result.hits.filter((h) => h.match === 'within');
    expect(within.map((h) => (h.place.source === 'official' ? h.place.area.id : h.place.place.featureId))).toEqual(['fixture-county', 0, 1, 'fixture-village']);
    const a0 = within[1];
    expect(a0.distanceKm).toBeCloseTo(turfDistance([centre.lon, centre.lat], [114.36, 36.09]), 9);
    // A polygon the point lies in is 0 km away.
    expect(within[0].distanceKm).toBe(0);
  });

  it('gives the days in force within the range as runs, their total and the levels', () => {
    const a0 = result.hits.find((h) => h.place.source === 'official' && h.place.area.id === 0)!;
    expect(a0.runs).toEqual([[d('2022-01-11'), d('2022-01-22')]]);
    expect(a0.daysInForce).toBe(12);
    expect(a0.levels).toEqual(['high', 'medium']);
    const a1 = result.hits.find((h) => h.place.source === 'official' && h.place.area.id === 1)!;
    expect([a1.daysInForce, a1.levels]).toEqual([2, ['medium']]);
  });

  it('leaves out places outside the radius and places not in force in the range', () => {
    const ids = result.hits.map((h) => (h.place.source === 'official' ? h.place.area.id : h.place.place.featureId));
    expect(ids).not.toContain(2);
    expect(ids).not.toContain(4);
  });

  it('cannot place an area the record has no point for, and does not invent a distance for it', () => {
    expect(result.hits.some((h) => h.place.source === 'official' && h.place.area.id === 5)).toBe(false);
  });

  it('lists a county-level fallback beyond the radius whose uncertainty circle reaches it as "possibly", after the places within', () => {
    const possibly = result.hits.filter((h) => h.match === 'possibly');
    expect(possibly.map((h) => h.place.source === 'official' && h.place.area.id)).toEqual([3]);
    expect(result.hits.at(-1)?.match).toBe('possibly');
  });

  it('names the days of the range without a list', () => {
    expect(result.missingLists).toEqual([{ day: d('2022-01-18'), high: true, medium: true }, { day: d('2022-01-19'), high: false, medium: true }]);
  });

  it('finds nothing where nothing was, and says so in the CSV', () => {
    const empty = index.check({ lat: 40, lon: 100, radiusKm: 50, from: d('2022-01-01'), to: d('2022-01-31') });
    expect(empty.hits).toEqual([]);
    expect(tripCsv(empty, { official: 'O', reports: 'R' })).toContain('No place in force within the radius in the range.');
  });

  it('exports the query in the header and one row per place with precision and source', () => {
    const csv = tripCsv(result, { official: 'official credit', reports: 'report credit' });
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('# Trip check: places within 5 km of 36.09000,114.35000 (lat,lon WGS-84) in force at any time from 2022-01-11 to 2022-01-22 (China calendar days)');
    expect(lines.some((l) => l.startsWith('# No national list on 2 day(s)') && l.includes('2022-01-19 (medium list)'))).toBe(true);
    expect(lines.some((l) => l.includes('official credit') && l.includes('report credit'))).toBe(true);
    const columns = lines.findIndex((l) => l.startsWith('rank,'));
    const rows = lines.slice(columns + 1);
    expect(rows).toHaveLength(result.hits.length);
    expect(rows[1]).toContain('"河南省安阳市文峰区甲小区","high medium","12","2022-01-11..2022-01-22","neighbourhood","0"');
    // The record column names the area by its link key (sel=official:<key>), not by its build-order id.
    expect(rows[1].endsWith(`"official:${areaKeyOfAddress('河南省安阳市文峰区甲小区')}"`)).toBe(true);
    expect(rows.at(-1)).toContain('"possibly"');
    expect(rows.at(-1)).toContain('"county","10000"');
  });
});
