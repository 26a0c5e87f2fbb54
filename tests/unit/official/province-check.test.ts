import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeByAddress, ProvinceCheck } from '../../../src/official/province-check';
import { divisions } from './fixture-divisions';

// Two neighbouring 1° squares: "110000" west of 117° E, "220000" east of it; nothing south of 39° N.
const square = (code: string, west: number): FeatureCollection<Polygon, { code: string }>['features'][number] => ({
  type: 'Feature', properties: { code },
  geometry: { type: 'Polygon', coordinates: [[[west, 39], [west + 1, 39], [west + 1, 40], [west, 40], [west, 39]]] },
});
const check = new ProvinceCheck({ type: 'FeatureCollection', features: [square('110000', 116), square('220000', 117)] });

describe('a point in the wrong province', () => {
  it('is one inside another province and more than the tolerance from its own', () => {
    expect(check.outside('110000', 117.5, 39.5)).toBe(true); // ≈ 43 km into the other province
    // The tolerance is 5 km: 1° of longitude at 39.5° N is ≈ 85.9 km.
    expect(check.outside('110000', 117 + 6 / 85.9, 39.5)).toBe(true); // ≈ 6 km over
    expect(check.outside('110000', 117 + 4 / 85.9, 39.5)).toBe(false); // ≈ 4 km over
    expect(check.outside('110000', 116.5, 39.5)).toBe(false); // in its own
    expect(check.outside('110000', 117.02, 39.5)).toBe(false); // ≈ 2 km over a simplified border
    expect(check.outside('110000', 116.5, 38.5)).toBe(false); // in no outline (a part missing from the outlines)
    expect(check.outside(undefined, 117.5, 39.5)).toBe(false); // no province read from the address
  });

  it('is placed at the finest admin centre its address supports, or nowhere', () => {
    const byCode = (code: string) => divisions.byCode(code);
    expect(placeByAddress({ countyCode: '110105', prefectureCode: '110000' }, byCode)).toMatchObject({ division: { code: '110105' }, precision: 'county' });
    expect(placeByAddress({ prefectureCode: '410500' }, byCode)).toMatchObject({ division: { code: '410500' }, precision: 'city' });
    // 北京市 (a municipality as prefecture) has no centre in the fixture: no location rather than an invented one.
    expect(placeByAddress({ prefectureCode: '110000' }, byCode)).toEqual({ precision: 'city' });
  });
});
