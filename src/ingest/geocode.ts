/**
 * Geocoding with the shipped gazetteer and the curated data's precision rules (geo/README.md): a county polygon
 * (admin:<adcode>), a GeoNames town (geonames:<id>), or the prefecture (city:<name>市); a village, compound or
 * site without a record of its own goes to its township if GeoNames has it, else to its county. No coordinate
 * is produced here: only a `geometrySource`, which `gazetteer.geometryFor` turns into geometry.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Gazetteer, GeonamesRecord } from '../data/gazetteer';
import type { Kind, Precision } from '../data/schema';
import type { Piece } from './places';

export interface Chain {
  county?: string;
  township?: string;
  village?: string;
  leaf: Piece;
}

export interface Placement {
  geometrySource: string;
  precision: Precision;
  admin: { county: string; township?: string; village?: string };
  geometryNote: string;
  flag?: string;
}

/** Parents learned from anywhere in the report (汤阴县古贤镇 once written lets a bare 古贤镇 be placed). */
export interface ParentMemory {
  countyOf: Map<string, string>;
  townshipOf: Map<string, string>;
}

export function emptyMemory(): ParentMemory {
  return { countyOf: new Map(), townshipOf: new Map() };
}

/** The chain of one phrase, its pieces by level. */
export function chainOf(pieces: Piece[]): Chain {
  const find = (level: Piece['level']) => pieces.find((p) => p.level === level)?.text;
  return { county: find('county'), township: find('township'), village: find('village'), leaf: pieces[pieces.length - 1] };
}

export function remember(memory: ParentMemory, chain: Chain): void {
  const below = [chain.township, chain.village, chain.leaf.text].filter((x): x is string => Boolean(x));
  if (chain.county) for (const name of below) if (name !== chain.county && !memory.countyOf.has(name)) memory.countyOf.set(name, chain.county);
  if (chain.township) for (const name of [chain.village, chain.leaf.text]) if (name && name !== chain.township && !memory.townshipOf.has(name)) memory.townshipOf.set(name, chain.township);
}

export class Geocoder {
  constructor(private readonly gazetteer: Gazetteer, readonly city: string) {}

  countyNames(): string[] {
    return this.gazetteer.sources.counties.features.filter((c) => c.properties.city === this.city).map((c) => c.properties.name);
  }

  private county(name: string) {
    return this.gazetteer.countiesNamed(name).find((c) => c.properties.city === this.city);
  }

  /** GeoNames towns of this name in the city (城关镇 is also listed as 汤阴城关镇), inside the county when known. */
  townRecords(township: string, county?: string): GeonamesRecord[] {
    const stem = township.replace(/(镇|乡|街道)$/u, '');
    const countyStem = county?.replace(/(县|区|市)$/u, '');
    const names = [township, stem.length >= 2 ? stem : '', countyStem ? countyStem + township : ''].filter(Boolean);
    const seen = new Set<number>();
    const records = names.flatMap((n) => this.gazetteer.findTown(n, this.city)).filter((r) => !seen.has(r.geonameId) && seen.add(r.geonameId));
    const polygon = county ? this.county(county) : undefined;
    return polygon ? records.filter((r) => booleanPointInPolygon([r.lon, r.lat], polygon)) : records;
  }

  private countyContaining(record: GeonamesRecord): string | undefined {
    return this.gazetteer.sources.counties.features.find((c) => c.properties.city === this.city && booleanPointInPolygon([record.lon, record.lat], c))?.properties.name;
  }

  /** The stem of another prefecture the name starts with (新乡 in 新乡医学院), if any. */
  otherCityStem(name: string): string | undefined {
    return this.gazetteer.sources.prefectures.features.map((p) => p.properties.name.replace(/市$/u, ''))
      .find((stem) => stem.length >= 2 && stem !== this.city.replace(/市$/u, '') && name.startsWith(stem));
  }

  /** The prefecture outline (`city:<name>市`; every city of the gazetteer has one). */
  private cityPlacement(note: string): Placement | undefined {
    if (!this.gazetteer.prefecture(this.city)) return undefined;
    return { geometrySource: `city:${this.city}`, precision: 'city', admin: { county: this.city }, geometryNote: note };
  }

  /**
   * Places a chain; undefined when it names a county of another city or cannot be placed at all (then the
   * draft lists it among undated/unplaced places rather than guessing).
   */
  place(chain: Chain, kind: Kind, memory: ParentMemory): Placement | undefined {
    const { leaf } = chain;
    if (leaf.level === 'city') return this.cityPlacement(`${leaf.text}: the whole city`);
    // 新乡医学院, 郑州大学: a site named after another prefecture is in that city, not in this report's.
    if (!chain.county && this.otherCityStem(leaf.text)) return undefined;
    // 河南省…指挥部: a province-level body is not a place of the city's map.
    if (!chain.county && /^\p{Script=Han}{2,3}省/u.test(leaf.text)) return undefined;
    let county = chain.county;
    const township = chain.township ?? (leaf.level === 'township' ? undefined : memory.townshipOf.get(chain.village ?? leaf.text));
    let flag: string | undefined;
    if (county && !this.county(county)) {
      if (this.gazetteer.countiesNamed(county).length > 0) return undefined; // a county of another city
      flag = `${county} has no polygon in the gazetteer (a development zone?)`;
      county = undefined;
    }
    county ??= memory.countyOf.get(leaf.text) ?? (township && memory.countyOf.get(township)) ?? (chain.village && memory.countyOf.get(chain.village)) ?? undefined;
    // A parent remembered from elsewhere may be a county of another city (or a zone): not usable here.
    if (county && !this.county(county)) county = undefined;
    // A site named after its county (开化县中医院) lies in that county even when the text gives no chain.
    county ??= this.countyNames().find((name) => leaf.text.startsWith(name) && leaf.text.length > name.length);
    const townName = leaf.level === 'township' ? leaf.text : township;
    const towns = townName ? this.townRecords(townName, county) : [];
    if (!county && towns.length === 1) county = this.countyContaining(towns[0]);
    const admin = { county: county ?? this.city, township: leaf.level === 'township' ? leaf.text : township, village: chain.village };
    if (!admin.township) delete admin.township;
    if (!admin.village) delete admin.village;
    if (kind === 'county-control' && county) {
      return { geometrySource: `admin:${this.county(county)!.properties.code}`, precision: 'county', admin, geometryNote: `${county}: county polygon` };
    }
    if (towns.length === 1 && county) {
      const note = leaf.level === 'township' ? `${leaf.text}: GeoNames town` : `${leaf.text} not in GeoNames; placed at its township ${townName}`;
      return { geometrySource: `geonames:${towns[0].geonameId}`, precision: 'township', admin, geometryNote: note };
    }
    if (county) {
      const why = townName ? `${townName} ${towns.length > 1 ? 'is ambiguous in GeoNames' : 'not in GeoNames'}` : 'no township given';
      return { geometrySource: `admin:${this.county(county)!.properties.code}`, precision: 'county', admin, geometryNote: `${leaf.text}: ${why}; placed at its county ${county}` };
    }
    flag = `${flag ? `${flag}; ` : ''}county not stated in the report and not found in the gazetteer; placed at the city (${this.city})`;
    const city = this.cityPlacement(`${leaf.text}: county unknown; placed at the city`);
    return city && { ...city, admin: { ...admin, county: this.city }, flag };
  }
}
