/**
 * Look-ups in the shipped gazetteer (geo/sources/): county polygons, prefecture outlines and GeoNames towns.
 * Geometry of every feature is derived from its `geometrySource` here, so no coordinate is ever typed by hand.
 */
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Precision } from './schema';

export interface AdminAreaProperties {
  code?: string;
  name: string;
  nameEn: string;
  level: 'county' | 'city';
  city?: string;
  province: string;
  source: string;
}
export type AdminArea = Feature<Polygon | MultiPolygon, AdminAreaProperties>;

export interface GeonamesRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  zhNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  admin2: string;
  /** prefecture name, where GeoNames admin2 or the county polygon gives it */
  city?: string;
  prefectureCode?: string;
  countyCode?: string;
}

export interface GazetteerSources {
  counties: FeatureCollection<Polygon | MultiPolygon, AdminAreaProperties>;
  prefectures: FeatureCollection<Polygon | MultiPolygon, AdminAreaProperties>;
  geonames: GeonamesRecord[];
  /** The official record's places (geo/official/), read on first use: it is large and most look-ups never need it. */
  official?: () => OfficialPlaceLookup;
}

/**
 * What the gazetteer needs of the official record's places (src/official/places.ts implements it). Declared here,
 * by its user, so src/data does not import src/official (which imports src/data).
 */
export interface OfficialPlaceLookup {
  /** An official area by its address as published (or a merged spelling); lon/lat absent when it has no point. */
  area(address: string): { lon?: number; lat?: number; precision: Precision } | undefined;
  /** A derived centroid record (township or zone mean), precision township. */
  centroid(key: string): { coordinates: [number, number]; precision: Precision } | undefined;
}

export type DerivedGeometry = Point | Polygon | MultiPolygon;

export class Gazetteer {
  private readonly countyByCode = new Map<string, AdminArea>();
  private readonly countyByName = new Map<string, AdminArea[]>();
  private readonly prefectureByName = new Map<string, AdminArea>();
  private readonly geonamesById = new Map<number, GeonamesRecord>();

  constructor(readonly sources: GazetteerSources) {
    for (const county of sources.counties.features) {
      this.countyByCode.set(county.properties.code ?? '', county);
      const same = this.countyByName.get(county.properties.name) ?? [];
      this.countyByName.set(county.properties.name, [...same, county]);
    }
    for (const prefecture of sources.prefectures.features) this.prefectureByName.set(prefecture.properties.name, prefecture);
    for (const record of sources.geonames) this.geonamesById.set(record.geonameId, record);
  }

  county(code: string): AdminArea | undefined {
    return this.countyByCode.get(code);
  }

  /** Counties with this exact name (e.g. "汤阴县"); a list because names are not unique across China. */
  countiesNamed(name: string): AdminArea[] {
    return this.countyByName.get(name) ?? [];
  }

  prefecture(name: string): AdminArea | undefined {
    return this.prefectureByName.get(name);
  }

  geonames(id: number): GeonamesRecord | undefined {
    return this.geonamesById.get(id);
  }

  /** GeoNames records whose Chinese names include `han` exactly, optionally within one prefecture. */
  findTown(han: string, city?: string): GeonamesRecord[] {
    return this.sources.geonames.filter((r) => r.zhNames.includes(han) && (!city || r.city === city));
  }

  /** The precision an official source carries (undefined for other sources, whose precision curators set). */
  precisionFor(geometrySource: string): Precision | undefined {
    const [scheme, key] = splitSource(geometrySource);
    if (scheme === 'official') return this.sources.official?.().area(key)?.precision;
    if (scheme === 'official-centroid') return this.sources.official?.().centroid(key)?.precision;
    return undefined;
  }

  /**
   * The geometry a `geometrySource` stands for. Area kinds take the polygon itself; point kinds take the
   * GeoNames coordinate, or a point guaranteed inside the county polygon (Turf pointOnFeature); official sources
   * the point of an official area or the mean of a centroid record's members.
   */
  geometryFor(geometrySource: string, asArea: boolean): DerivedGeometry | undefined {
    const [scheme, key] = splitSource(geometrySource);
    if (scheme === 'official' || scheme === 'official-centroid') {
      if (asArea) return undefined;
      const places = this.sources.official?.();
      const area = scheme === 'official' ? places?.area(key) : undefined;
      const coordinates = area ? (area.lon === undefined || area.lat === undefined ? undefined : [area.lon, area.lat]) : places?.centroid(key)?.coordinates;
      return coordinates && { type: 'Point', coordinates };
    }
    if (scheme === 'geonames') {
      const record = this.geonames(Number(key));
      return record && { type: 'Point', coordinates: [record.lon, record.lat] };
    }
    const area = scheme === 'admin' ? this.county(key) : scheme === 'city' ? this.prefecture(key) : undefined;
    if (!area) return undefined;
    return asArea ? area.geometry : pointOnFeature(area).geometry;
  }
}

export function splitSource(geometrySource: string): [string, string] {
  const at = geometrySource.indexOf(':');
  return [geometrySource.slice(0, at), geometrySource.slice(at + 1)];
}
