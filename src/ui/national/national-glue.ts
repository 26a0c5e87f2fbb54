/**
 * What the national view derives from the loaded record for its layers and panels: the units' label points and
 * names, the uncertainty radius of each area, the trip index, the search. Pure functions of their inputs, built
 * once per loaded record.
 */
import type { AdminDivision } from '../../data/admin-divisions';
import type { PinyinLookup } from '../../data/pinyin-name';
import type { Precision } from '../../data/schema';
import type { AggregateUnit } from '../../map/national/aggregate-layer';
import { uncertaintyRadius } from '../../model/uncertainty';
import type { UnitLevel, UnitLevelSet } from '../../national/admin-units';

/** A city's area when its polygon is not shipped: 12,000 km². */
const CITY_AREA_WHEN_UNKNOWN_M2 = 1.2e10;

/**
 * Radius (m) drawn around an area located only to a coarse parent: village and township as report places are
 * drawn (src/model/uncertainty.ts); a county or a city from the area of its polygon where the gazetteer ships one,
 * else the radius of a 400 km² county / a 12,000 km² city. Located areas (neighbourhood, exact): 0.
 */
export function uncertaintyOf(precision: Precision, polygonAreaM2?: number): number {
  if (precision === 'exact' || precision === 'neighbourhood') return 0;
  return uncertaintyRadius(precision, polygonAreaM2 ?? (precision === 'city' ? CITY_AREA_WHEN_UNKNOWN_M2 : undefined));
}

/**
 * Provinces whose county outlines (public/basemap/counties/<code>.geojson) hold the only point of some county: the
 * gazetteer ships the county's polygon but no centre (崇明区 310151). Their label points, inside those polygons, are
 * loaded with the record, so such a county's circle sits in the county and is not left out.
 */
export function provincesWithCountiesWithoutCentre(divisions: readonly AdminDivision[]): string[] {
  const provinces = new Set<string>();
  for (const division of divisions) if (division.level === 'county' && division.polygon && !division.centre) provinces.add(`${division.code.slice(0, 2)}0000`);
  return [...provinces].sort();
}

/**
 * Label point of a division: `labelPoint` (inside its outline) when known, else its centre. A division with neither
 * is not placed (counted by `areasWithoutPoint`): the mean of its children's points would be a point no source gives,
 * and can lie outside the division.
 */
export function unitLabels(set: UnitLevelSet, labelPoint: (division: AdminDivision) => [number, number] | undefined): AggregateUnit[] {
  const pointOf = (division: AdminDivision): [number, number] | undefined => labelPoint(division) ?? division.centre;
  return set.units.map((unit) => {
    const point = pointOf(unit.division) ?? [Number.NaN, Number.NaN];
    // English names (pinyin) are made when a tooltip needs one, not for 3,000 units at load.
    return { name: unit.division.name, nameEn: '', lon: point[0], lat: point[1], unplacedCounty: unit.unknownCounty };
  });
}

/** Areas in force in units with no point (not drawn at this level): said beside the map, not hidden silently. */
export function areasWithoutPoint(units: readonly AggregateUnit[], total: (unit: number) => number): number {
  let areas = 0;
  units.forEach((unit, u) => {
    if (!Number.isFinite(unit.lon) || !Number.isFinite(unit.lat)) areas += total(u);
  });
  return areas;
}

export type UnitLabels = Record<UnitLevel, AggregateUnit[]>;

/** "Jinshui Qu · 金水区": a division's name in pinyin (from the table written at build) and in 汉字. */
export function englishName(pinyin: PinyinLookup, han: string): string {
  const en = pinyin.nameOf(han);
  return en ? `${en} · ${han}` : han;
}
