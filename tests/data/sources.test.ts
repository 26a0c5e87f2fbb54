/** The gazetteer is honest about its datum: the echarts polygons were GCJ-02 and are shipped as WGS-84. */
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { loadGazetteer } from '../../scripts/lib/load-sources';

const gazetteer = loadGazetteer();

describe('gazetteer sources', () => {
  it('converts GCJ-02 to WGS-84 with gcoord: the shift is about 500 m in eastern China and it is undone', () => {
    const wgs: [number, number] = [114.38278, 36.096]; // GeoNames Anyang (WGS-84)
    const gcj = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    expect(Math.abs(gcj[0] - wgs[0])).toBeGreaterThan(0.004);
    const back = gcoord.transform(gcj, gcoord.GCJ02, gcoord.WGS84) as [number, number];
    expect(Math.abs(back[0] - wgs[0])).toBeLessThan(1e-5);
    expect(Math.abs(back[1] - wgs[1])).toBeLessThan(1e-5);
  });

  it('has each GeoNames township seat inside the shipped (converted) polygon of its county', () => {
    const checks: Array<[number, string]> = [[1811229, '340421'], [1804873, '330824'], [1807744, '330824'], [1799495, '410527']];
    for (const [geonameId, code] of checks) {
      const record = gazetteer.geonames(geonameId)!;
      expect(booleanPointInPolygon([record.lon, record.lat], gazetteer.county(code)!), `${record.name} in ${code}`).toBe(true);
    }
  });

  it('names every county of the five prefectures and their outlines', () => {
    for (const name of ['汤阴县', '凤台县', '单县', '石峰区', '开化县']) expect(gazetteer.countiesNamed(name)).toHaveLength(1);
    for (const city of ['安阳市', '淮南市', '菏泽市', '株洲市', '衢州市']) expect(gazetteer.prefecture(city)).toBeDefined();
  });
});
