import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/map/gcj02';

describe('GCJ-02 display shift for AMap tiles', () => {
  it('moves a point in Beijing by the GCJ-02 offset (~+0.006° lon, ~+0.0014° lat, ~570 m)', () => {
    // 天安门 area, WGS-84.
    const [lon, lat] = wgs84ToGcj02(116.397, 39.909);
    expect(lon - 116.397).toBeCloseTo(0.00624, 4);
    expect(lat - 39.909).toBeCloseTo(0.0014, 4);
  });

  it('moves a point in Anyang and in Guangzhou by their own offsets', () => {
    const [lon1, lat1] = wgs84ToGcj02(114.35, 36.09);
    expect([lon1 - 114.35, lat1 - 36.09].map((v) => Number(v.toFixed(4)))).toEqual([0.0061, 0.0001]);
    const [lon2, lat2] = wgs84ToGcj02(113.26, 23.13);
    expect([lon2 - 113.26, lat2 - 23.13].map((v) => Number(v.toFixed(4)))).toEqual([0.0053, -0.0027]);
  });

  it('leaves a point outside China where it is', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
  });

  it('reads a shifted position back to WGS-84 within a metre', () => {
    const [lon, lat] = wgs84ToGcj02(116.397, 39.909);
    const [lonBack, latBack] = gcj02ToWgs84(lon, lat);
    expect(Math.abs(lonBack - 116.397)).toBeLessThan(1e-5);
    expect(Math.abs(latBack - 39.909)).toBeLessThan(1e-5);
  });
});
