/**
 * Whether an official point lies in another province than its address names (tests/unit/official/province-check.test.ts).
 * Such a point is not where the area is (北京市朝阳区汉庭酒店大山子店 geocoded into 长春; 新疆生产建设兵团 divisions
 * into 哈尔滨 or 兰州): the area is flagged `outside-province` and placed at the finest admin centre its address
 * supports, never at the point. Pure (Turf); the caller passes the province outlines (public/basemap/provinces.geojson).
 *
 * A point counts as outside only when it lies inside another province's outline AND more than
 * PROVINCE_TOLERANCE_KM from its own: the outlines are simplified (a border point may fall on the wrong side by a
 * kilometre or two), and one province may lack a part (天津's outline has no 蓟州区), so a point in no outline, or
 * near its own, is not called misplaced.
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AdminDivision } from '../data/admin-divisions';
import type { Precision } from '../data/schema';

export const PROVINCE_TOLERANCE_KM = 5;

type Outline = Feature<Polygon | MultiPolygon, { code: string }>;

export class ProvinceCheck {
  private readonly outlines: Array<{ feature: Outline; box: number[] }>;

  constructor(provinces: FeatureCollection<Polygon | MultiPolygon, { code: string }>) {
    this.outlines = provinces.features.map((feature) => ({ feature, box: bbox(feature) }));
  }

  private static inside(outline: { feature: Outline; box: number[] }, lon: number, lat: number): boolean {
    const [west, south, east, north] = outline.box;
    return lon >= west && lon <= east && lat >= south && lat <= north && booleanPointInPolygon([lon, lat], outline.feature);
  }

  /** True when the WGS-84 point lies in another province and well away from `provinceCode`'s outline. */
  outside(provinceCode: string | undefined, lon: number, lat: number): boolean {
    const own = this.outlines.find((o) => o.feature.properties.code === provinceCode);
    if (!own || ProvinceCheck.inside(own, lon, lat)) return false;
    if (!this.outlines.some((o) => o !== own && ProvinceCheck.inside(o, lon, lat))) return false;
    return pointToPolygonDistance([lon, lat], own.feature, { units: 'kilometers' }) > PROVINCE_TOLERANCE_KM;
  }
}

export interface Placement {
  /** The admin centre as GCJ-02 (or WGS-84 `centre` when only that is known); undefined: no location. */
  division?: AdminDivision;
  precision: Precision;
}

/**
 * Where an area whose point is in the wrong province goes: the centre of its county, else of its prefecture (a real
 * shipped admin centre, never an invented coordinate); neither known → no location. The precision is that unit's.
 */
export function placeByAddress(codes: { countyCode?: string; prefectureCode?: string }, byCode: (code: string) => AdminDivision | undefined): Placement {
  const hasCentre = (d: AdminDivision | undefined) => d !== undefined && (d.centreGcj02 !== undefined || d.centre !== undefined);
  const county = codes.countyCode ? byCode(codes.countyCode) : undefined;
  if (hasCentre(county)) return { division: county, precision: 'county' };
  const prefecture = codes.prefectureCode ? byCode(codes.prefectureCode) : undefined;
  if (hasCentre(prefecture)) return { division: prefecture, precision: 'city' };
  return { precision: codes.countyCode ? 'county' : 'city' };
}
