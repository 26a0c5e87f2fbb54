/**
 * How the national map summarises: which layer shows at which zoom, and the graduated circles of the aggregate
 * layer (one per prefecture or county with areas in force: its number, a size class, the colour of the highest
 * level present).
 *
 * Why circles with numbers rather than a choropleth over the county polygons: the question a reader brings is
 * "how many areas are in force here today?", which a number answers and a shade does not; a choropleth gives the
 * most ink to the largest counties (Xinjiang, Tibet, Inner Mongolia) while the lists are concentrated in a few
 * city districts a few pixels wide at country zoom; and a shade per county would mix the two levels into one
 * scale. Size classes (not a continuous scale) keep a 20,000-area city from covering its province.
 */
import { STATUS_COLOURS } from '../style';

export type Aggregation = 'province' | 'prefecture' | 'county' | 'points';

/**
 * Provinces at the whole-country zoom (prefecture circles of the east overlap there), prefectures from zoom 5,
 * counties from 7 (a province fills the view), single areas from 10 (a city fills the view).
 */
export const PREFECTURE_FROM_ZOOM = 5;
export const COUNTY_FROM_ZOOM = 7;
export const POINTS_FROM_ZOOM = 10;

export function aggregationAt(zoom: number): Aggregation {
  if (zoom >= POINTS_FROM_ZOOM) return 'points';
  if (zoom >= COUNTY_FROM_ZOOM) return 'county';
  return zoom >= PREFECTURE_FROM_ZOOM ? 'prefecture' : 'province';
}

/** Radius (px) of a single area's dot at city zoom (points-layer.ts; the animation export draws the same). */
export function pointRadius(zoom: number): number {
  return zoom >= 14 ? 6 : zoom >= 12 ? 5 : 3.5;
}

/** Size classes: lower bound of the count → circle radius (px). */
export const SIZE_CLASSES: ReadonlyArray<{ from: number; radius: number }> = [
  { from: 1, radius: 9 },
  { from: 10, radius: 12 },
  { from: 100, radius: 16 },
  { from: 1000, radius: 21 },
  { from: 10000, radius: 27 },
];

export function circleRadius(count: number): number {
  let radius = 0;
  for (const size of SIZE_CLASSES) if (count >= size.from) radius = size.radius;
  return radius;
}

export function circleColour(level: 'high' | 'medium'): string {
  return level === 'high' ? STATUS_COLOURS['high-risk'] : STATUS_COLOURS['medium-risk'];
}

/** The number in a circle: exact below 1,000; then 1.2k / 12k in English, 1200 / 1.2万 in Chinese. */
export function countLabel(count: number, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return count < 10_000 ? String(count) : `${trim(count / 10_000)}万`;
  if (count < 1000) return String(count);
  return count < 10_000 ? `${trim(count / 1000)}k` : `${Math.round(count / 1000)}k`;
}

const trim = (value: number) => (value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, ''));
