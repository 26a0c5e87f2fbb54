/**
 * The trip's result as marks on the map: one mark per point (areas on a shared fallback point share one, with
 * their count), numbered as the list numbers them, and the honest ring of each coarse point (its uncertainty
 * circle). A place whose geometry is a polygon is drawn as its outline; nothing is placed where the record has no
 * point. Pure; TripLayer draws the marks.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { hitInForce } from './trip-day';
import type { TripHit } from './trip-check';

export interface TripMark {
  key: string;
  lat: number;
  lon: number;
  /** 1-based number of the mark's first place in its list ("within" and "possibly" are numbered apart). */
  rank: number;
  match: TripHit['match'];
  /** Places drawn at this point. */
  hits: TripHit[];
  /** Whether one of its places is in force on the slider's day. */
  inForce: boolean;
  /** Highest level in force at some time in the range ("high" before "medium"; a report status otherwise). */
  level: string;
}

export interface TripRing {
  key: string;
  lat: number;
  lon: number;
  radiusMetres: number;
  match: TripHit['match'];
}

export interface TripOutline {
  key: string;
  geometry: Polygon | MultiPolygon;
  hit: TripHit;
  inForce: boolean;
}

export interface TripMarks {
  marks: TripMark[];
  rings: TripRing[];
  outlines: TripOutline[];
  /** Places of the result not drawn because the map shows at most `limit` marks (the nearest). */
  left: number;
}

function pointOf(hit: TripHit): [number, number] | null {
  if (hit.place.source === 'official') {
    const { lon, lat } = hit.place.area;
    return Number.isFinite(lon ?? Number.NaN) && Number.isFinite(lat ?? Number.NaN) ? [lon!, lat!] : null;
  }
  const { geometry } = hit.place.place;
  return geometry.type === 'Point' ? [geometry.coordinates[0], geometry.coordinates[1]] : null;
}

const levelOf = (hits: readonly TripHit[]) => (hits.some((h) => h.levels.includes('high')) ? 'high' : hits.some((h) => h.levels.includes('medium')) ? 'medium' : hits[0].levels[0] ?? '');

/** Marks of a result on `day`, the nearest `limit` points of each match kind. */
export function tripMarks(hits: readonly TripHit[], day: number, limit = 300): TripMarks {
  const marks: TripMark[] = [];
  const rings = new Map<string, TripRing>();
  const outlines: TripOutline[] = [];
  const byPoint = new Map<string, TripMark>();
  let left = 0;
  const rankOf = { within: 0, possibly: 0 };
  for (const hit of hits) {
    rankOf[hit.match] += 1;
    const rank = rankOf[hit.match];
    if (hit.place.source === 'report' && hit.place.place.geometry.type !== 'Point') {
      const geometry = hit.place.place.geometry;
      outlines.push({ key: `outline:${hit.place.place.featureId}`, geometry, hit, inForce: hitInForce(hit, day) });
      continue;
    }
    const point = pointOf(hit);
    if (!point) continue;
    const key = `${hit.match}:${point[0]},${point[1]}`;
    const shared = byPoint.get(key);
    if (shared) {
      shared.hits.push(hit);
      shared.inForce ||= hitInForce(hit, day);
      shared.level = levelOf(shared.hits);
    } else if (marks.length >= limit) {
      left += 1;
      continue;
    } else {
      const mark: TripMark = { key, lon: point[0], lat: point[1], rank, match: hit.match, hits: [hit], inForce: hitInForce(hit, day), level: levelOf([hit]) };
      byPoint.set(key, mark);
      marks.push(mark);
    }
    if (hit.uncertaintyMetres > 0) {
      const ringKey = `${point[0]},${point[1]},${Math.round(hit.uncertaintyMetres)}`;
      if (!rings.has(ringKey)) rings.set(ringKey, { key: ringKey, lon: point[0], lat: point[1], radiusMetres: hit.uncertaintyMetres, match: hit.match });
    }
  }
  return { marks, rings: [...rings.values()], outlines, left };
}
