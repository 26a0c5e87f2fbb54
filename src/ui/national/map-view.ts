/** What the national map shows when the URL names no view (its fit), and the keyboard's list of what is in view. */
import type { NationalLayers } from '../../map/national/national-layers';
import type { Bounds } from '../../national/episode-scope';
import type { TripState } from '../../url/trip-codec';
import type { InViewItems } from './NationalSidePanel';

const CHINA_BOUNDS: Bounds = [[18.1, 73.4], [53.6, 135.1]];

/** The map's fit: the trip's circle when a link opens one, else the scope's (an episode's unit), else all China. */
export function mapFit(trip: TripState | null, scopeFit: { key: string; bounds: Bounds } | undefined): { key: string; bounds: Bounds } {
  if (!trip) return scopeFit ?? { key: 'china', bounds: CHINA_BOUNDS };
  const dLat = trip.radiusKm / 111.32;
  const dLon = dLat / Math.max(0.05, Math.cos((trip.lat * Math.PI) / 180));
  return { key: `trip:${trip.lat},${trip.lon},${trip.radiusKm}`, bounds: [[trip.lat - dLat, trip.lon - dLon], [trip.lat + dLat, trip.lon + dLon]] };
}

/**
 * Units (country and province zoom) or areas (city zoom) in the map's view: the keyboard way to what the canvas
 * draws. Read from the layers, whose states are those of `day`; `viewKey` changes when the view settles.
 */
export function inViewList(layers: NationalLayers | null, day: number, viewKey: number): InViewItems | null {
  if (!layers || day < 0 || viewKey < 0) return null;
  const units = layers.unitsInView();
  if (units) return { kind: 'units', level: units.level, ids: units.units.slice(0, 30) };
  return { kind: 'areas', ids: layers.areasInView(200) };
}
