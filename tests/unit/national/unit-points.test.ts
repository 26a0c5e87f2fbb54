import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignUnits } from '../../../src/national/admin-units';
import { areasWithoutPoint, provincesWithCountiesWithoutCentre, unitLabels } from '../../../src/ui/national/national-glue';
import { loadAdminDivisions } from '../../../scripts/lib/admin-divisions';

const divisions = loadAdminDivisions();
const divisionList = JSON.parse(fs.readFileSync('geo/sources/admin-divisions.json', 'utf8')).divisions;
const countyLabels = (province: string) => new Map<string, [number, number]>(JSON.parse(fs.readFileSync(`public/basemap/counties/${province}.geojson`, 'utf8')).features.map((f: { properties: { code: string; label: [number, number] } }) => [f.properties.code, f.properties.label]));

describe('where a county circle is drawn (issue 21: 崇明区 crashed the page at county zoom)', () => {
  const areas = [
    { province: '上海市', prefecture: '上海市', countyCode: '310151' }, // 崇明区: polygon shipped, no centre in the gazetteer
    { province: '上海市', prefecture: '上海市', countyCode: '310115' }, // 浦东新区
    { province: '河北省', prefecture: '石家庄市', countyCode: '130171' }, // a development zone: neither polygon nor centre
  ];
  const units = assignUnits(areas, divisions).county;
  const children = (code: string) => divisions.children(code);

  it('names the provinces whose county outlines hold the only point of a county, 崇明区 among them', () => {
    expect(provincesWithCountiesWithoutCentre(divisionList)).toContain('310000');
    for (const province of provincesWithCountiesWithoutCentre(divisionList)) expect(fs.existsSync(`public/basemap/counties/${province}.geojson`)).toBe(true);
  });

  it('places 崇明区 at its outline\'s label point (on 崇明岛) once the county outlines are read, and leaves a unit no source places unplaced', () => {
    const without = unitLabels(units, () => undefined);
    expect(Number.isFinite(without[0].lon)).toBe(false);
    expect(Number.isFinite(without[1].lon)).toBe(true); // from the gazetteer's centre
    const shanghai = countyLabels('310000');
    const placed = unitLabels(units, (d) => shanghai.get(d.code));
    const [lon, lat] = [placed[0].lon, placed[0].lat];
    expect(lon).toBeGreaterThan(121.2);
    expect(lon).toBeLessThan(122.0);
    expect(lat).toBeGreaterThan(31.4);
    expect(lat).toBeLessThan(31.9);
    // No polygon, no centre, no children: not placed anywhere (never at the prefecture's point or a guess).
    expect(Number.isNaN(placed[2].lon) && Number.isNaN(placed[2].lat)).toBe(true);
  });

  it('never places a unit at a point no source gives it, such as the mean of its children\'s points', () => {
    const prefectures = assignUnits(areas, divisions).prefecture;
    const shijiazhuang = prefectures.units.findIndex((unit) => unit.division.name === '石家庄市');
    const withoutOwnPoint = unitLabels(prefectures, () => undefined);
    expect(withoutOwnPoint[shijiazhuang].lon).toBe(divisions.byCode('130100')?.centre?.[0] ?? Number.NaN);
    const stripped = { ...prefectures, units: prefectures.units.map((unit) => ({ ...unit, division: { ...unit.division, centre: undefined } })) };
    expect(children('130100').some((child) => child.centre)).toBe(true);
    expect(unitLabels(stripped, () => undefined).every((label) => Number.isNaN(label.lon) && Number.isNaN(label.lat))).toBe(true);
  });

  it('counts the areas in force in units without a point, which the map cannot draw', () => {
    const labels = unitLabels(units, () => undefined);
    const totals = [5, 7, 11];
    expect(areasWithoutPoint(labels, (u) => totals[u])).toBe(5 + 11);
  });
});
