/**
 * GeoNames cities500 records of all China (geo/sources/geonames-china.json) with our prefecture and county codes:
 *  - prefecture: GeoNames admin2 when it is a 4-digit code whose `${admin2}00` is a current prefecture (GeoNames uses
 *    the first digits of the division code there; other admin2 values are GeoNames ids and are not mapped);
 *    otherwise the prefecture of the county polygon the point lies in;
 *  - county: the current county whose shipped (simplified, WGS-84) polygon contains the point, kept only when its
 *    prefecture agrees with the admin2 prefecture (near a border the simplified outline can put a point next door).
 */
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection } from 'geojson';
import type { AdminDivision } from '../../src/data/admin-divisions';
import type { AreaGeometry } from './echarts-cities';
import type { GeonamesRow } from './geonames';
import type { NationalCountyProperties } from './national-polygons';

export interface GeonamesChinaRecord {
  geonameId: number; name: string; asciiName: string; zhNames: string[]; lat: number; lon: number;
  featureCode: string; admin2: string; city?: string; prefectureCode?: string; countyCode?: string;
}

export interface GeonamesMapping { records: GeonamesChinaRecord[]; byAdmin2: number; byPolygonOnly: number; county: number; disagree: number }

export function mapGeonames(rows: GeonamesRow[], divisions: AdminDivision[], counties: FeatureCollection<AreaGeometry, NationalCountyProperties>): GeonamesMapping {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const boxes = counties.features.map((f) => ({ f, box: bbox(f) }));
  const stats = { byAdmin2: 0, byPolygonOnly: 0, county: 0, disagree: 0 };
  const records = rows.map((r): GeonamesChinaRecord => {
    const admin2Prefecture = /^\d{4}$/.test(r.admin2) && byCode.get(`${r.admin2}00`)?.level === 'prefecture' ? `${r.admin2}00` : undefined;
    const hit = boxes.find(({ f, box }) => r.lon >= box[0] && r.lon <= box[2] && r.lat >= box[1] && r.lat <= box[3]
      && booleanPointInPolygon([r.lon, r.lat], f))?.f.properties;
    const polygonPrefecture = hit?.prefectureCode ?? undefined;
    const agrees = !admin2Prefecture || admin2Prefecture === polygonPrefecture;
    if (admin2Prefecture) stats.byAdmin2 += 1;
    else if (polygonPrefecture) stats.byPolygonOnly += 1;
    if (admin2Prefecture && hit && !agrees) stats.disagree += 1;
    const prefectureCode = admin2Prefecture ?? polygonPrefecture;
    const countyCode = hit?.current && agrees ? hit.code : undefined;
    if (countyCode) stats.county += 1;
    return {
      geonameId: r.geonameId, name: r.name, asciiName: r.asciiName, zhNames: r.zhNames, lat: r.lat, lon: r.lon,
      featureCode: r.featureCode, admin2: r.admin2,
      ...(prefectureCode ? { city: byCode.get(prefectureCode)?.name, prefectureCode } : {}),
      ...(countyCode ? { countyCode } : {}),
    };
  });
  return { records: records.sort((a, b) => a.geonameId - b.geonameId), ...stats };
}
