/**
 * Web Mercator from lon/lat to the pixels of a frame: the view's bounds fitted into the frame (centred, the same
 * scale on both axes, a margin kept), as the map would show them. Pure.
 */
import type { DayBounds } from './scene';

const EARTH_RADIUS = 6378137;
const MAX_LAT = 85.0511287798;

export interface Projection {
  /** Pixels of a [lon, lat]. */
  toPixel(lon: number, lat: number): [number, number];
  /** Pixels per metre on the ground at a latitude (Mercator scale grows with 1/cos(lat)). */
  pixelsPerMetre(lat: number): number;
  /** The Leaflet zoom level of this scale (256 px for the world at zoom 0), fractional. */
  zoom: number;
}

/** Mercator metres across the world (2πR): 256 px at zoom 0. */
const WORLD_METRES = 2 * Math.PI * EARTH_RADIUS;

/** Lon/lat of Mercator metres (the inverse of `mercator`). */
function lonLatOf(x: number, y: number): [number, number] {
  return [(x / EARTH_RADIUS) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * (180 / Math.PI)];
}

/**
 * The area a map of `width`×`height` px shows at `centre` ([lat, lon], as the URL has it) and `zoom`: what the user
 * sees on screen, for a frame that follows the map's pan and zoom.
 */
export function viewBounds(centre: readonly [number, number], zoom: number, width: number, height: number): DayBounds {
  const metresPerPixel = WORLD_METRES / (256 * 2 ** zoom);
  const [cx, cy] = mercator(centre[1], centre[0]);
  const [west, south] = lonLatOf(cx - (width / 2) * metresPerPixel, cy - (height / 2) * metresPerPixel);
  const [east, north] = lonLatOf(cx + (width / 2) * metresPerPixel, cy + (height / 2) * metresPerPixel);
  return { west, south, east, north };
}

/** Mercator metres of a [lon, lat] (EPSG:3857). */
export function mercator(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const x = (EARTH_RADIUS * lon * Math.PI) / 180;
  const y = EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
  return [x, y];
}

/** Fits `bounds` into a `width`×`height` frame inside `inset` px on each side (top, right, bottom, left). */
export function fitProjection(bounds: DayBounds, width: number, height: number, inset: { top: number; right: number; bottom: number; left: number }): Projection {
  const [x0, y0] = mercator(bounds.west, bounds.south);
  const [x1, y1] = mercator(bounds.east, bounds.north);
  const boxW = Math.max(1, width - inset.left - inset.right);
  const boxH = Math.max(1, height - inset.top - inset.bottom);
  const spanX = Math.max(x1 - x0, 1);
  const spanY = Math.max(y1 - y0, 1);
  const scale = Math.min(boxW / spanX, boxH / spanY);
  const midX = (x0 + x1) / 2;
  const midY = (y0 + y1) / 2;
  const centreX = inset.left + boxW / 2;
  const centreY = inset.top + boxH / 2;
  return {
    toPixel(lon, lat) {
      const [x, y] = mercator(lon, lat);
      return [centreX + (x - midX) * scale, centreY - (y - midY) * scale];
    },
    zoom: Math.log2((scale * WORLD_METRES) / 256),
    pixelsPerMetre(lat) {
      return scale / Math.cos((Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180);
    },
  };
}
