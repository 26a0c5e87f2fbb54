/**
 * How far from its drawn point a place may lie: the radius of the dashed circle the map draws around a place
 * known only to its village, township, county or city, and the number the export gives beside its coordinates.
 * One rule for both, so the file says what the map shows. Pure.
 */
import area from '@turf/area';
import { isCoarse } from '../data/precision';
import type { Precision } from '../data/schema';
import type { AtlasData, AtlasFeature } from './atlas-data';

/** A village's or a township's extent, as a radius (m): typical sizes, as no boundary of them is shipped. */
const FIXED_UNCERTAINTY_METRES: Partial<Record<Precision, number>> = { village: 800, township: 3000 };
/** When the county or city polygon is not found: a county of 400 km². */
const FALLBACK_AREA_M2 = 4e8;

const radiusOfArea = (squareMetres: number) => Math.sqrt(squareMetres / Math.PI);

/**
 * The radius (m) around a point known only to `precision`: fixed for a village or township, else that of a circle
 * as large as its county or prefecture (`parentAreaM2`; a 400 km² county when it is not known).
 */
export function uncertaintyRadius(precision: Precision, parentAreaM2: number | undefined): number {
  return FIXED_UNCERTAINTY_METRES[precision] ?? radiusOfArea(parentAreaM2 ?? FALLBACK_AREA_M2);
}

/**
 * The radius (m) for each feature: null for a polygon (it is drawn whole) and for a place located to its
 * neighbourhood or better; a fixed radius for a village or township; for a county the radius of a circle of the
 * county's area, for a city that of its prefecture's area.
 */
export function uncertaintyRadii(data: Pick<AtlasData, 'counties' | 'prefectures' | 'outbreaks'>): (item: AtlasFeature) => number | null {
  const counties = new Map(data.counties.features.map((c) => [`admin:${c.properties.code}`, area(c)]));
  const prefectureArea = new Map(data.prefectures.features.map((p) => [p.properties.name, area(p)]));
  const cityOf = new Map(data.outbreaks.map((o) => [o.id, o.city]));
  return (item) => {
    const { geometry, properties } = item.feature;
    if (geometry.type !== 'Point' || !isCoarse(properties.precision)) return null;
    const parentArea = properties.precision === 'city' ? prefectureArea.get(cityOf.get(item.outbreakId) ?? '') : counties.get(properties.geometrySource);
    return uncertaintyRadius(properties.precision, parentArea);
  };
}
