/** Where a name reads best on a polygon: a point well inside it, unlike its bounding box's centre. */
import area from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

/**
 * The pole of inaccessibility (polylabel) of the polygon's largest part, as [lon, lat]: the point farthest from
 * its edges, so a label centred there stays inside a concave or elongated shape.
 * @param precision in degrees (0.001 ≈ 100 m)
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 0.001): [number, number] {
  const parts: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts.reduce((best, part) => (partArea(part) > partArea(best) ? part : best));
  const [x, y] = polylabel(largest as Array<Array<[number, number]>>, precision);
  return [x, y];
}

function partArea(part: Position[][]): number {
  return area({ type: 'Polygon', coordinates: part });
}
