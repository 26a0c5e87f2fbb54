/**
 * Geocoding of a place's admin chain anywhere in China, to the most precise evidence the repo ships:
 *   1. an area of the official risk-area record (`official:<address>`, with the precision the official layer
 *      inferred for it; official-match.ts);
 *   2. a GeoNames town (`geonames:<id>`, precision township) of that township name inside the county polygon;
 *   3. the county (`admin:<code>`: its polygon for a county-wide measure, else a point inside it; precision county);
 *   4. the prefecture outline (`city:<name>`, precision city) when the county is not known.
 * The county and township are read from the chain, from parents the report wrote elsewhere (memory), or from
 * the national lists: a township or village name that only one county of the prefecture has gives that county;
 * a village name two townships of the county share is flagged, never guessed. No coordinate is produced here:
 * only a `geometrySource`, which `gazetteer.geometryFor` turns into geometry; a source the shipped gazetteer cannot
 * draw falls back to the next level, and the note says so.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AdminDivision } from '../data/admin-divisions';
import { shortNamesOf } from '../data/admin-names';
import { AREA_KINDS } from '../data/area-kinds';
import type { Gazetteer, GeonamesRecord } from '../data/gazetteer';
import type { Kind, LocalizedText, Precision } from '../data/schema';
import type { AdminIndex } from './admin-index';
import type { ReportArea } from './locate';
import type { OfficialInterval } from '../official/schema';
import type { OfficialMatcher } from './official-match';
import type { Piece } from './places';
import { bilingual, joinTexts } from './texts';
import type { VillageIndex } from './villages';

export interface Chain {
  city?: string;
  county?: string;
  township?: string;
  village?: string;
  leaf: Piece;
}

export interface Placement {
  geometrySource: string;
  precision: Precision;
  admin: { county: string; township?: string; village?: string };
  /** Why this source and precision, for the reviewer and readers (zh and en). */
  geometryNote: LocalizedText;
  flag?: LocalizedText;
  /** The official area the point was taken from (official-match.ts), so the draft can say what the record knew. */
  official?: { areaId: number; address: string };
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
  return { city: find('city'), county: find('county'), township: find('township'), village: find('village'), leaf: pieces[pieces.length - 1] };
}

export function remember(memory: ParentMemory, chain: Chain): void {
  const below = [chain.township, chain.village, chain.leaf.text].filter((x): x is string => Boolean(x));
  if (chain.county) for (const name of below) if (name !== chain.county && !memory.countyOf.has(name)) memory.countyOf.set(name, chain.county);
  if (chain.township) for (const name of [chain.village, chain.leaf.text]) if (name && name !== chain.township && !memory.townshipOf.has(name)) memory.townshipOf.set(name, chain.township);
}

export interface GeocodeSources {
  index: AdminIndex;
  gazetteer: Gazetteer;
  area: ReportArea;
  villages?: VillageIndex;
  official?: OfficialMatcher;
  /** The official record's intervals of one area (official-record.ts says what the draft makes of them). */
  officialHistory?: (areaId: number) => OfficialInterval[];
}

export class Geocoder {
  private readonly counties: AdminDivision[];

  constructor(private readonly sources: GeocodeSources) {
    this.counties = sources.index.countiesOf(sources.area.prefecture);
  }

  get prefecture(): AdminDivision { return this.sources.area.prefecture; }

  /** Full names of the prefecture's counties. */
  countyNames(): string[] { return this.counties.map((c) => c.name); }

  /** The county of the report's prefecture written `name` (full, former or short). */
  county(name: string): AdminDivision | undefined {
    return this.sources.index.named(name, 'county').map((h) => h.division).find((d) => this.counties.includes(d));
  }

  /** Is `name` the report's prefecture (full or short)? */
  isOwnCity(name: string): boolean {
    return this.sources.index.named(name).some((h) => h.division === this.prefecture);
  }

  /** The prefecture-level name another place of China has, when `name` starts with it (新乡 in 新乡医学院). */
  otherCityStem(name: string): string | undefined {
    for (let length = Math.min(12, name.length - 1); length >= 2; length -= 1) {
      const hits = this.sources.index.named(name.slice(0, length), 'prefecture');
      if (hits.length && !hits.some((h) => h.division === this.prefecture)) return name.slice(0, length);
    }
    return undefined;
  }

  /** Counties of the prefecture that have a township named `name`. */
  private countiesWithTownship(name: string): AdminDivision[] {
    const codes = new Set(this.sources.index.townshipsNamed(name).map((t) => t.county));
    return this.counties.filter((c) => codes.has(c.code));
  }

  /**
   * A township the prefecture does not have, which a county of another prefecture the text names does have
   * (龙洲街道 of 龙游县 in a report about 衢州 drafted with --city 温州): the place is in that other city.
   */
  private townshipElsewhere(name: string): boolean {
    if (this.countiesWithTownship(name).length > 0) return false;
    const named = new Set(this.sources.area.prefectures.filter((r) => r.score > 0).map((r) => r.division.code));
    return this.sources.index.townshipsNamed(name).some((t) => {
      const county = this.sources.index.divisions.byCode(t.county);
      return county !== undefined && named.has(this.sources.index.containerOf(county).code);
    });
  }

  /** GeoNames towns of this township name inside the county polygon (城关镇 is also listed as 汤阴城关镇). */
  townRecords(township: string, county: AdminDivision): GeonamesRecord[] {
    const polygon = this.sources.gazetteer.county(county.code);
    if (!polygon) return [];
    const stem = township.replace(/(镇|乡|街道|苏木)$/u, '');
    const countyStem = county.name.replace(/(县|区|市|旗)$/u, '');
    const names = [township, stem.length >= 2 ? stem : '', countyStem + township].filter(Boolean);
    const seen = new Set<number>();
    return names.flatMap((n) => this.sources.gazetteer.findTown(n))
      .filter((r) => !seen.has(r.geonameId) && Boolean(seen.add(r.geonameId)) && booleanPointInPolygon([r.lon, r.lat], polygon));
  }

  private drawable(source: string, kind: Kind): boolean {
    return this.sources.gazetteer.geometryFor(source, AREA_KINDS.has(kind)) !== undefined;
  }

  /** The GeoNames record of the prefecture's seat (PPLC/PPLA/PPLA2 of that prefecture), if GeoNames has one. */
  private seat(): GeonamesRecord | undefined {
    return this.sources.gazetteer.sources.geonames.find((r) => r.prefectureCode === this.prefecture.code && /^PPL(C|A|A2)$/u.test(r.featureCode)
      && this.counties.some((c) => c.code === r.countyCode));
  }

  /** The county of the prefecture whose polygon holds this point. */
  private countyAt(point: [number, number]): AdminDivision | undefined {
    return this.counties.find((c) => { const polygon = this.sources.gazetteer.county(c.code); return polygon !== undefined && booleanPointInPolygon(point, polygon); });
  }

  /**
   * A place known only to be in the prefecture, as the curated files place one (geo/README.md): a city-wide measure
   * on the prefecture outline (`city:<name>`), a point on the seat's GeoNames record (precision city), else on a
   * point inside the outline. `admin.county` is the county that point lies in, as the data contract asks; the note
   * says the place's own county is not known.
   */
  private cityPlacement(kind: Kind, admin: Placement['admin'], note: LocalizedText, flag?: LocalizedText): Placement | undefined {
    const outline = `city:${this.prefecture.name}`;
    const seat = this.seat();
    const seatCounty = seat && this.counties.find((c) => c.code === seat.countyCode);
    const withFlag = (p: Placement): Placement => (flag ? { ...p, flag } : p);
    if (!AREA_KINDS.has(kind) && seat && seatCounty) {
      const seatName = seat.zhNames[0] ?? seat.name;
      return withFlag({
        geometrySource: `geonames:${seat.geonameId}`, precision: 'city', admin: { ...admin, county: seatCounty.name },
        geometryNote: bilingual(`${note.zh}；定位于地级市驻地（GeoNames 记录${seatName}，位于${seatCounty.name}）`, `${note.en}; at the prefecture seat (GeoNames ${seat.name}, in ${seatCounty.name})`),
      });
    }
    const geometry = this.sources.gazetteer.geometryFor(outline, AREA_KINDS.has(kind));
    if (!geometry) return undefined;
    const inside = geometry.type === 'Point' ? this.countyAt(geometry.coordinates as [number, number]) : seatCounty ?? this.countyAt(this.prefecture.centre ?? [0, 0]);
    const isPoint = geometry.type === 'Point';
    const where = inside && bilingual(`${note.zh}；所标区县${inside.name}是${isPoint ? '该点' : '市驻地'}所在的区县，并非报道所写的区县`,
      `${note.en}; admin county ${inside.name} is where the ${isPoint ? 'point' : 'seat'} lies, not a county the report names`);
    return withFlag({ geometrySource: outline, precision: 'city', admin: { ...admin, county: inside?.name ?? this.prefecture.name }, geometryNote: where ?? note });
  }

  /**
   * Places a chain; undefined when it is in another city, or when nothing the repo ships can draw it (the draft
   * then lists it among the places not placed rather than guessing).
   */
  place(chain: Chain, kind: Kind, memory: ParentMemory): Placement | undefined {
    const { leaf } = chain;
    if (chain.city && !this.isOwnCity(chain.city)) return undefined;
    if (leaf.level === 'city') {
      const whole = bilingual(`${this.prefecture.name}：全市范围（地级市轮廓）`, `${this.prefecture.name}: the whole prefecture (prefecture outline)`);
      return this.isOwnCity(leaf.text) ? this.cityPlacement(kind, { county: this.prefecture.name }, whole) : undefined;
    }
    if (!chain.county && !chain.city && this.otherCityStem(leaf.text)) return undefined;
    // 河南省…指挥部: a province-level body is not a place of the city's map.
    if (!chain.county && /^\p{Script=Han}{2,3}省/u.test(leaf.text)) return undefined;
    const flags: LocalizedText[] = [];
    let county: AdminDivision | undefined;
    const written = chain.county ?? (leaf.level === 'county' ? leaf.text : undefined);
    if (written) {
      county = this.county(written);
      if (!county && this.sources.index.named(written, 'county').length > 0) return undefined; // a county of another city
      if (!county) flags.push(bilingual(`${written}不在全国区划名录中（开发区？）`, `${written} is not in the national list of divisions (a development zone?)`));
    }
    const rememberedCounty = memory.countyOf.get(leaf.text) ?? (chain.township && memory.countyOf.get(chain.township)) ?? (chain.village && memory.countyOf.get(chain.village)) ?? undefined;
    if (!county && rememberedCounty) {
      county = this.county(rememberedCounty);
      // The report wrote this place elsewhere under a county of another city (湖镇镇星火村 under 龙游县, with --city 温州).
      if (!county && this.sources.index.named(rememberedCounty, 'county').length > 0) return undefined;
    }
    // A site named after its county (开化县中医院, 丰台体育中心) lies in that county even when the text gives no chain.
    county ??= this.counties.find((c) => [c.name, ...shortNamesOf(c.name, 'county')].some((n) => leaf.text.startsWith(n) && leaf.text.length > n.length));
    let township = chain.township ?? (leaf.level === 'township' ? leaf.text : memory.townshipOf.get(chain.village ?? leaf.text));
    if (!county && township && this.townshipElsewhere(township)) return undefined;
    // A township or village name only one county of the prefecture has names the county (chain consistency).
    if (!county && township) {
      const withTownship = this.countiesWithTownship(township);
      if (withTownship.length === 1) county = withTownship[0];
    }
    const village = chain.village ?? (leaf.level === 'village' ? leaf.text : undefined);
    // Nothing names the county, but the report is about one (locate.ts): the place is taken to be in it, flagged.
    if (!county && this.sources.area.county && leaf.level !== 'county') {
      county = this.sources.area.county;
      flags.push(bilingual(`报道未写明所在区县；按报道所述地区定位到${county.name}`, `county not stated; placed in ${county.name}, the county the report is about`));
    }
    if (village && this.sources.villages) {
      const found = this.sources.villages.find(village, county ? [county] : this.counties, township);
      if (found.length === 1) {
        county ??= this.counties.find((c) => c.code === found[0].county);
        township ??= found[0].township;
      } else if (found.length > 1) {
        const where = found.map((v) => v.township).join('、');
        flags.push(bilingual(`${county?.name ?? this.prefecture.name}有${found.length}个${village}（${where}），报道未写明是哪一个`, `${found.length} villages named ${village} in ${county?.name ?? this.prefecture.name} (${where}); the report does not say which`));
      }
    }
    const admin: Placement['admin'] = { county: county?.name ?? this.prefecture.name };
    if (township && leaf.level !== 'county') admin.township = township;
    if (village) admin.village = village;
    const flag = joinTexts(flags);
    const withFlag = (p: Placement): Placement => (flag ? { ...p, flag: joinTexts([flag, p.flag]) } : p);

    if (!county) {
      const why = bilingual(`报道未写明所在区县，名录中也无法确定；定位到${this.prefecture.name}`, `county not stated in the report and not found in the national lists; placed at ${this.prefecture.name}`);
      const note = bilingual(`${leaf.text}：所在区县不明，定位到地级市（轮廓）`, `${leaf.text}: county unknown; placed at the prefecture (outline)`);
      const city = this.cityPlacement(kind, admin, note, joinTexts([flag, why]));
      return city && (AREA_KINDS.has(kind) ? city : this.official(leaf.text, kind, city));
    }
    const countySource = `admin:${county.code}`;
    if (!this.drawable(countySource, kind)) {
      // A county-wide measure drawn on the prefecture would claim the whole city: it stays unplaced instead.
      if (AREA_KINDS.has(kind) || leaf.level === 'county') return undefined;
      const note = bilingual(`${leaf.text}：随附地名库中没有${county.name}的边界，定位到地级市（轮廓）`, `${leaf.text}: ${county.name} has no polygon in the shipped gazetteer; placed at the prefecture (outline)`);
      return this.cityPlacement(kind, admin, note, flag);
    }
    if (kind === 'county-control' || leaf.level === 'county') {
      return withFlag({ geometrySource: countySource, precision: 'county', admin, geometryNote: bilingual(`${county.name}：区县边界`, `${county.name}: county polygon`) });
    }
    const towns = township ? this.townRecords(township, county) : [];
    return withFlag(this.official(leaf.text, kind, towns.length === 1
      ? { geometrySource: `geonames:${towns[0].geonameId}`, precision: 'township', admin, geometryNote: townNote(leaf.text, leaf.level === 'township', township!) }
      : { geometrySource: countySource, precision: 'county', admin, geometryNote: countyNote(leaf.text, county.name, township, towns.length) }));
  }

  /** An official area's point when the official record locates the place more precisely (official-match.ts). */
  private official(name: string, kind: Kind, placement: Placement): Placement {
    const outcome = this.sources.official?.match({ name, kind, precision: placement.precision, admin: placement.admin });
    if (outcome?.placement && this.drawable(outcome.placement.geometrySource, kind)) return { ...placement, ...outcome.placement };
    if (!outcome?.reason) return placement;
    return { ...placement, flag: joinTexts([placement.flag, outcome.reason]) };
  }
}

/** The note of a place placed at its township's GeoNames town. */
function townNote(name: string, isTownship: boolean, township: string): LocalizedText {
  return isTownship
    ? bilingual(`${name}：GeoNames 乡镇记录`, `${name}: GeoNames town`)
    : bilingual(`${name}不在 GeoNames 中；定位于所属乡镇${township}（GeoNames 乡镇记录）`, `${name} not in GeoNames; placed at its township ${township} (GeoNames town)`);
}

/** The note of a place placed at a point inside its county polygon: why not finer. */
function countyNote(name: string, county: string, township: string | undefined, towns: number): LocalizedText {
  const why = !township
    ? bilingual('所属乡镇不明', 'no township known')
    : towns > 1 ? bilingual(`${township}在 GeoNames 中有多个同名记录`, `${township} is ambiguous in GeoNames`) : bilingual(`${township}不在 GeoNames 中`, `${township} not in GeoNames`);
  return bilingual(`${name}：${why.zh}；定位于所属区县${county}（区县边界内的一点）`, `${name}: ${why.en}; placed at its county ${county} (a point inside the county polygon)`);
}
