import { describe, expect, it } from 'vitest';
import { loadAdminDivisions } from '../../../scripts/lib/admin-divisions';
import { assignUnits } from '../../../src/national/admin-units';
import { NationalModel, UNIT_LEVELS } from '../../../src/national/national-model';
import { UnitDaysModel, asUnitDays, buildUnitDays, unitsOfFile } from '../../../src/national/unit-days';
import { officialUnitDaysSchema } from '../../../src/official/schema';

const divisions = loadAdminDivisions();
const areas = [
  { province: '河南省', prefecture: '安阳市', countyCode: '410523' },
  { province: '北京市', prefecture: '北京市', countyCode: '110105' },
  { province: '河南省', prefecture: '安阳市' },
  { province: '河南省', prefecture: '安阳市', countyCode: '410502' },
  { province: '火星省', prefecture: '某市' },
];
const units = assignUnits(areas, divisions);
const FIRST = 100;
const LAST = 120;
// level 0 high, 1 medium; days inclusive. Area 0 goes from medium to high; area 4 is in no unit.
const intervals = [
  { area: 0, first: 101, last: 104, level: 1 }, { area: 0, first: 105, last: 110, level: 0 },
  { area: 1, first: 100, last: 100, level: 0 }, { area: 1, first: 108, last: 115, level: 1 },
  { area: 2, first: 103, last: 119, level: 1 }, { area: 3, first: 106, last: 106, level: 0 },
  { area: 4, first: 102, last: 112, level: 0 },
];
const table = {
  length: intervals.length,
  area: Int32Array.from(intervals, (i) => i.area), first: Int32Array.from(intervals, (i) => i.first),
  last: Int32Array.from(intervals, (i) => i.last), level: Uint8Array.from(intervals, (i) => i.level),
};
const file = buildUnitDays(areas.length, table, units, { firstDay: FIRST, lastDay: LAST, firstDate: '2020-01-01', lastDate: '2020-01-21' });

const countsOf = (model: { counts: Record<string, { high: ArrayLike<number>; medium: ArrayLike<number> }> }) =>
  Object.fromEntries(UNIT_LEVELS.map((level) => [level, [Array.from(model.counts[level].high), Array.from(model.counts[level].medium)]]));

describe('counts per admin unit and day, before the record loads (unit-days.json)', () => {
  it('is a file of its schema with one row of changes per day', () => {
    expect(officialUnitDaysSchema.safeParse(file).success).toBe(true);
    expect(file.county.changes).toHaveLength(LAST - FIRST + 1);
    expect(file.province.units).toEqual(units.province.units.map((u) => u.key));
    expect(asUnitDays(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(() => asUnitDays({ ...file, county: { ...file.county, changes: file.county.changes.slice(1) } })).toThrow(/unit-days/);
    expect(() => asUnitDays({ ...file, format: 'other' })).toThrow(/unit-days/);
  });

  it('gives on every day, forwards, backwards and jumping, the counts the full model gives', () => {
    const days = [FIRST, 101, 104, 105, 106, 110, 103, 119, 120, 100, 108, 102, 116];
    const early = new UnitDaysModel(file, FIRST, FIRST);
    for (const day of days) {
      early.moveTo(day);
      expect(countsOf(early), `day ${day}`).toEqual(countsOf(new NationalModel(areas.length, table, units, day)));
    }
  });

  it('says which units changed, and tells its listeners only then', () => {
    const early = new UnitDaysModel(file, FIRST, 104);
    const steps: number[] = [];
    early.subscribe((step) => steps.push(step.day));
    const step = early.moveTo(105); // area 0: medium → high in 410523, 410500, 410000
    expect([...step.units.county].map((u) => file.county.units[u])).toEqual(['410523']);
    expect(early.counts.province.topLevel(file.province.units.indexOf('410000'))).toBe('high');
    early.moveTo(105);
    expect(steps).toEqual([105]);
  });

  it('does not count an area outside every unit, and has nothing before the first day', () => {
    const early = new UnitDaysModel(file, FIRST, 111);
    // Day 111: area 0 was lifted the day before; area 4 (high) is in no province the gazetteer knows.
    expect(Array.from(early.counts.province.high).reduce((s, v) => s + v, 0)).toBe(0);
    expect(Array.from(early.counts.province.medium).reduce((s, v) => s + v, 0)).toBe(2);
    early.moveTo(FIRST - 5);
    expect(UNIT_LEVELS.every((level) => early.counts[level].high.every((v) => v === 0) && early.counts[level].medium.every((v) => v === 0))).toBe(true);
  });

  it('maps the unit keys back to the gazetteer, and gives up when one is unknown', () => {
    const county = unitsOfFile(file, 'county', (code) => divisions.byCode(code));
    expect(county?.units.map((u) => [u.key, u.unknownCounty])).toEqual(units.county.units.map((u) => [u.key, u.unknownCounty]));
    expect(unitsOfFile({ ...file, county: { ...file.county, units: ['999999'] } }, 'county', (code) => divisions.byCode(code))).toBeNull();
  });
});
