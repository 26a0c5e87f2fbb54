/** The polygons of a GeoJSON geometry as lists of [lon, lat] rings, for the frames' polygon shapes. */
import type { LonLatRing } from '../../export/animation/scene';

type Geometry = { type: string; coordinates: unknown };

/** Polygon and MultiPolygon as lists of rings; anything else has none. */
export function polygonsOf(geometry: Geometry): LonLatRing[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as LonLatRing[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as LonLatRing[][];
  return [];
}
