/**
 * Trip check: "was there a risk area near here between D1 and D2?". Every official area and report place within
 * the radius of a point that was in force at any time in the range, with its levels, its days in force within the
 * range and its distance (Turf, on WGS-84), nearest first. A place known only to a coarse parent (an uncertainty
 * circle) whose point lies beyond the radius but whose circle reaches it is listed as "possibly within".
 *
 * Fast on the whole record: a static kd-tree over the official points and a bbox test on the report places
 * reject almost everything before any exact distance is computed (scripts/trip-probe.ts measures it).
 */
import turfDistance from '@turf/distance';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import KDBush from 'kdbush';
import type { Precision } from '../data/schema';
import type { DayCoverage, OfficialArea } from '../national/official-contract';
import { runsInRange, type LevelRun } from './runs';

export interface TripQuery {
  lat: number;
  lon: number;
  radiusKm: number;
  /** Day numbers, from ≤ to. */
  from: number;
  to: number;
}

/** A report place as the trip check reads it (built from the loaded outbreak features). */
export interface ReportPlace {
  featureId: string;
  outbreakId: string;
  name: string;
  nameEn: string;
  precision: Precision;
  geometry: Point | Polygon | MultiPolygon;
  /** Radius (m) of the uncertainty circle drawn around its point; 0 for an exact point or a polygon. */
  uncertaintyMetres: number;
  geometrySource: string;
  runs: LevelRun[];
}

export interface OfficialSource {
  areas: readonly OfficialArea[];
  runsOf: (area: number) => readonly LevelRun[];
  /** Radius (m) of the uncertainty circle of an area whose point is a coarse fallback; 0 when it is not. */
  uncertaintyMetres: (area: OfficialArea) => number;
  coverage: readonly DayCoverage[];
  /** Whether the area is in force on some day of [from, to]: a cheap test run before its runs are read. */
  listedBetween?: (area: number, from: number, to: number) => boolean;
}

export type TripHitPlace = { source: 'official'; area: OfficialArea } | { source: 'report'; place: ReportPlace };

export interface TripHit {
  place: TripHitPlace;
  /** Distance (km) from the trip's point to the place's point, or to its polygon (0 inside). */
  distanceKm: number;
  /** "within": the point (or polygon) is inside the radius; "possibly": only its uncertainty circle reaches it. */
  match: 'within' | 'possibly';
  uncertaintyMetres: number;
  runs: Array<[number, number]>;
  daysInForce: number;
  levels: string[];
}

export interface TripResult {
  query: TripQuery;
  hits: TripHit[];
  /** Days of the range for which a national list is missing ("no data", never "no risk"). */
  missingLists: Array<{ day: number; high: boolean; medium: boolean }>;
}

const KM_PER_DEGREE = 111.32;

function boxAround(lon: number, lat: number, km: number): [number, number, number, number] {
  const dLat = (km / KM_PER_DEGREE) * 1.01;
  const cos = Math.max(Math.cos(((Math.abs(lat) + dLat) * Math.PI) / 180), 0.01);
  const dLon = dLat / cos;
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

function bboxOf(geometry: Point | Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (position: number[]) => {
    box[0] = Math.min(box[0], position[0]);
    box[1] = Math.min(box[1], position[1]);
    box[2] = Math.max(box[2], position[0]);
    box[3] = Math.max(box[3], position[1]);
  };
  if (geometry.type === 'Point') visit(geometry.coordinates);
  else if (geometry.type === 'Polygon') geometry.coordinates.forEach((ring) => ring.forEach(visit));
  else geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
  return box;
}

const overlaps = (a: readonly number[], b: readonly number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** A kd-tree over some of the official areas' points; `ids[i]` is the area of the tree's item i. */
interface AreaTree {
  tree: KDBush;
  ids: Int32Array;
  /** Largest uncertainty radius (km) among them: how far beyond the radius the tree must be searched. */
  reachKm: number;
}

function areaTree(areas: readonly OfficialArea[], ids: number[], uncertaintyMetres: (area: OfficialArea) => number): AreaTree | null {
  if (ids.length === 0) return null;
  const tree = new KDBush(ids.length);
  let reach = 0;
  // Only located areas are passed (the constructor leaves out those without a point).
  for (const id of ids) {
    tree.add(areas[id].lon!, areas[id].lat!);
    reach = Math.max(reach, uncertaintyMetres(areas[id]) / 1000);
  }
  tree.finish();
  return { tree, ids: Int32Array.from(ids), reachKm: reach };
}

/** Runs meet [from, to]: the cheap test before the runs are clipped and merged. */
const meetsRange = (runs: readonly LevelRun[], from: number, to: number) => runs.some((run) => run.first <= to && run.last >= from);

export class TripIndex {
  /** Areas on a located point, and areas on a coarse fallback point: only the second are searched beyond the radius. */
  private readonly trees: AreaTree[];
  private readonly reportBoxes: Array<[number, number, number, number]>;

  constructor(private readonly official: OfficialSource | null, private readonly reports: readonly ReportPlace[]) {
    const located: number[] = [];
    const coarse: number[] = [];
    official?.areas.forEach((area, id) => {
      // An area the record could not locate has no point: no distance can be given, so it is not searched.
      if (!Number.isFinite(area.lon ?? Number.NaN) || !Number.isFinite(area.lat ?? Number.NaN)) return;
      (official.uncertaintyMetres(area) > 0 ? coarse : located).push(id);
    });
    this.trees = [areaTree(official?.areas ?? [], located, () => 0), areaTree(official?.areas ?? [], coarse, official?.uncertaintyMetres ?? (() => 0))]
      .filter((tree): tree is AreaTree => tree !== null);
    this.reportBoxes = reports.map((place) => bboxOf(place.geometry));
  }

  check(query: TripQuery): TripResult {
    const hits: TripHit[] = [];
    const origin: [number, number] = [query.lon, query.lat];
    const consider = (place: TripHitPlace, distanceKm: number, uncertaintyMetres: number, runs: readonly LevelRun[]) => {
      if (!meetsRange(runs, query.from, query.to)) return;
      const match = distanceKm <= query.radiusKm ? 'within' : distanceKm - uncertaintyMetres / 1000 <= query.radiusKm ? 'possibly' : null;
      if (!match) return;
      const inRange = runsInRange(runs, query.from, query.to);
      if (inRange.days === 0) return;
      hits.push({ place, distanceKm, match, uncertaintyMetres, runs: inRange.runs, daysInForce: inRange.days, levels: inRange.levels });
    };

    const official = this.official;
    if (official) {
      // Fallback points are shared by many areas (one by 571): one distance per point and query.
      const distances = new Map<string, number>();
      for (const { tree, ids, reachKm } of this.trees) {
        const [w, s, e, n] = boxAround(query.lon, query.lat, query.radiusKm + reachKm);
        for (const item of tree.range(w, s, e, n)) {
          const id = ids[item];
          if (official.listedBetween && !official.listedBetween(id, query.from, query.to)) continue;
          const area = official.areas[id];
          const key = `${area.lon},${area.lat}`;
          let distanceKm = distances.get(key);
          if (distanceKm === undefined) distances.set(key, (distanceKm = turfDistance(origin, [area.lon!, area.lat!], { units: 'kilometers' })));
          consider({ source: 'official', area }, distanceKm, official.uncertaintyMetres(area), official.runsOf(id));
        }
      }
    }
    this.reports.forEach((place, i) => {
      const reach = query.radiusKm + place.uncertaintyMetres / 1000;
      if (!overlaps(boxAround(query.lon, query.lat, reach), this.reportBoxes[i])) return;
      const distanceKm = place.geometry.type === 'Point'
        ? turfDistance(origin, place.geometry.coordinates, { units: 'kilometers' })
        : Math.max(0, pointToPolygonDistance(origin, place.geometry, { units: 'kilometers' }));
      consider({ source: 'report', place }, distanceKm, place.uncertaintyMetres, place.runs);
    });

    // Ties (areas sharing a fallback point share a distance) in a fixed order: by source, then id.
    hits.sort((a, b) => (a.match === b.match ? 0 : a.match === 'within' ? -1 : 1) || a.distanceKm - b.distanceKm || compareTies(a, b));
    return { query, hits, missingLists: missingLists(this.official?.coverage ?? [], query.from, query.to) };
  }
}

function compareTies(a: TripHit, b: TripHit): number {
  if (a.place.source === 'official' && b.place.source === 'official') return a.place.area.id - b.place.area.id;
  if (a.place.source === 'report' && b.place.source === 'report') return a.place.place.featureId < b.place.place.featureId ? -1 : 1;
  return a.place.source === 'official' ? -1 : 1;
}

export function nameOf(hit: TripHit): string {
  return hit.place.source === 'official' ? hit.place.area.address : hit.place.place.name;
}

/** Days in [from, to] without a high or a medium list; a day absent from the coverage has neither. */
function missingLists(coverage: readonly DayCoverage[], from: number, to: number): TripResult['missingLists'] {
  if (coverage.length === 0) return [];
  const byDay = new Map(coverage.map((c) => [c.day, c]));
  const missing: TripResult['missingLists'] = [];
  for (let day = from; day <= to; day += 1) {
    const c = byDay.get(day);
    if (!c || !c.high || !c.medium) missing.push({ day, high: !c?.high, medium: !c?.medium });
  }
  return missing;
}
