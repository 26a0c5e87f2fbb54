/**
 * The spider shapes of Leaflet.markercluster 1.5.3 (src/MarkerCluster.Spiderfier.js: `_generatePointsCircle`,
 * `_generatePointsSpiral`; MIT licence, copyright 2012 David Leaver; its shapes follow jawj's
 * OverlappingMarkerSpiderfier-Leaflet), copied as pure functions of layer-pixel points so the layer can fan out
 * any number of places in the plugin's own shape without calling its private methods. Same constants, same
 * rounding (Leaflet's Point._round is Math.round).
 */
export interface PixelPoint {
  x: number;
  y: number;
}

const TWO_PI = Math.PI * 2;
const CIRCLE_FOOT_SEPARATION = 25;
const CIRCLE_START_ANGLE = 0;
const SPIRAL_FOOT_SEPARATION = 28;
const SPIRAL_LENGTH_START = 11;
const SPIRAL_LENGTH_FACTOR = 5;
/** From this many places on, a spiral instead of a circle. */
export const CIRCLE_SPIRAL_SWITCHOVER = 9;
/** The circle is drawn this much lower than the cluster's point, as markercluster does for its default icon. */
const CIRCLE_DROP_PX = 10;

const rounded = (x: number, y: number): PixelPoint => ({ x: Math.round(x), y: Math.round(y) });

/** `count` points clockwise on a circle around `centre`, at least 35 px out (outside the cluster icon). */
export function spiderCircle(count: number, centre: PixelPoint, distanceMultiplier: number): PixelPoint[] {
  const circumference = distanceMultiplier * CIRCLE_FOOT_SEPARATION * (2 + count);
  const legLength = Math.max(circumference / TWO_PI, 35);
  const angleStep = TWO_PI / count;
  return Array.from({ length: count }, (_, i) => {
    const angle = CIRCLE_START_ANGLE + i * angleStep;
    return rounded(centre.x + legLength * Math.cos(angle), centre.y + legLength * Math.sin(angle));
  });
}

/** `count` points on a spiral around `centre`; a higher index is closer to the centre, the first turn is skipped. */
export function spiderSpiral(count: number, centre: PixelPoint, distanceMultiplier: number): PixelPoint[] {
  let legLength = distanceMultiplier * SPIRAL_LENGTH_START;
  const separation = distanceMultiplier * SPIRAL_FOOT_SEPARATION;
  const lengthFactor = distanceMultiplier * SPIRAL_LENGTH_FACTOR * TWO_PI;
  let angle = 0;
  const points = new Array<PixelPoint>(count);
  for (let i = count; i >= 0; i -= 1) {
    if (i < count) points[i] = rounded(centre.x + legLength * Math.cos(angle), centre.y + legLength * Math.sin(angle));
    angle += separation / legLength + i * 0.0005;
    legLength += lengthFactor / angle;
  }
  return points;
}

/** markercluster's default shape for `count` places: a circle (drawn lower) below the switchover, else a spiral. */
export function spiderSlots(count: number, centre: PixelPoint, distanceMultiplier: number): PixelPoint[] {
  if (count === 0) return [];
  return count >= CIRCLE_SPIRAL_SWITCHOVER
    ? spiderSpiral(count, centre, distanceMultiplier)
    : spiderCircle(count, { x: centre.x, y: centre.y + CIRCLE_DROP_PX }, distanceMultiplier);
}

/**
 * Positions for a spider's markers in their order: the places shown get the shape's slots for that many, in order
 * and without gaps; the others stay at the centre (hidden, under the cluster).
 */
export function fanOut(shown: readonly boolean[], centre: PixelPoint, distanceMultiplier: number): PixelPoint[] {
  const slots = spiderSlots(shown.filter(Boolean).length, centre, distanceMultiplier);
  let next = 0;
  return shown.map((isShown) => (isShown ? slots[next++] : centre));
}
