/**
 * Precision of each official area's point, by three stated rules (tests/unit/official/precision.test.ts). A
 * geocoder's point is not evidence of its own precision, so the finest level claimed is the coarsest of:
 *
 * (a) centre fallback: a point within CENTRE_TOLERANCE_M of the AMap centre of a county (→ county) or a
 *     prefecture (→ city). The lists were geocoded with AMap and the centres come from AMap too (echarts `cp`,
 *     6 decimals ≈ 0.1 m), so a fallback lands on the centre to the rounding of the two publications; 30 m
 *     absorbs that and the odd re-survey of a centre, yet is far below the size of any village or compound, so
 *     a real address that happens to lie that close loses little by being called county-level.
 *     A point that rule (b) finds shared by different places of one township (or of unnamed townships) is the county
 *     seat's fallback when it lies within SEAT_RADIUS_M of its own county's centre (→ county): such points cluster
 *     at 30–100 m (400–500 per km², 6–8 × the 100–500 m background), and a district's seat may lie a little off its
 *     AMap centre (呼和浩特 玉泉区, 178 m). One place alone there keeps its level: distance alone does not decide.
 * (b) shared point: a point (exactly equal GCJ-02 coordinates) shared by areas that name different villages,
 *     townships or sites is a fallback for all of them → the level they all share (see `sharedLevel`).
 * (c) the level the address names (src/official/chain.ts).
 * (d) township outlier: of the village- or compound-level points of one township (3 or more distinct points), one
 *     farther than OUTLIER_MIN_KM and OUTLIER_FACTOR × the median distance from their median point → county.
 *     (曹县楼庄镇谢集村 and 赵庄村 lie 35–50 km from the other 20 villages of 楼庄镇: namesakes found elsewhere.)
 *
 * `precisionRule` names the rule that decided: the address level when it is as coarse as the caps.
 */
import type { AdminDivision } from '../data/admin-divisions';
import { PRECISIONS, type Precision } from '../data/schema';
import type { AreaChain } from './chain';
import type { AreaFlag, PrecisionRule } from './codes';

export const CENTRE_TOLERANCE_M = 30;
/** Rule (a) for a point shared by different places (rule b → township): the county seat's fallback within this radius. */
export const SEAT_RADIUS_M = 200;
export const OUTLIER_MIN_KM = 10;
export const OUTLIER_FACTOR = 4;

export interface PrecisionInput {
  chain: AreaChain;
  gcj02?: readonly [number, number];
}

export interface PrecisionResult {
  precision: Precision;
  rule: PrecisionRule;
  flags: AreaFlag[];
}

const rank = (p: Precision) => PRECISIONS.indexOf(p);
const coarser = (a: Precision, b: Precision): Precision => (rank(a) >= rank(b) ? a : b);

/** Metres between two nearby lon/lat points (equirectangular: exact enough below a few km). */
export function metresBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const toRad = Math.PI / 180;
  const x = (b[0] - a[0]) * toRad * Math.cos(((a[1] + b[1]) / 2) * toRad);
  const y = (b[1] - a[1]) * toRad;
  return Math.hypot(x, y) * 6_371_000;
}

/**
 * County, prefecture and province centres (GCJ-02) in a ~1 km grid for the rule (a) look-up. A province centre
 * counts as a prefecture's (the municipalities 北京/天津/上海/重庆 are their own prefecture).
 */
export class CentreIndex {
  private readonly cells = new Map<string, AdminDivision[]>();

  constructor(divisions: readonly AdminDivision[]) {
    for (const division of divisions) {
      if (!division.centreGcj02) continue;
      const key = CentreIndex.cell(division.centreGcj02[0], division.centreGcj02[1]);
      this.cells.set(key, [...(this.cells.get(key) ?? []), division]);
    }
  }

  private static cell(lon: number, lat: number): string {
    return `${Math.floor(lon * 100)},${Math.floor(lat * 100)}`;
  }

  /** Counties and prefectures whose centre lies within `metres` of the point. */
  near(point: readonly [number, number], metres = CENTRE_TOLERANCE_M): AdminDivision[] {
    const [cx, cy] = [Math.floor(point[0] * 100), Math.floor(point[1] * 100)];
    const found: AdminDivision[] = [];
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const division of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (metresBetween(point, division.centreGcj02 as [number, number]) <= metres) found.push(division);
        }
      }
    }
    return found.sort((a, b) => a.code.localeCompare(b.code));
  }
}

/**
 * Characters that do not make a name: digits and Latin letters, punctuation, and the generic words of compounds,
 * buildings, streets and sites (小区, 花园, 家园, 公寓, 大厦, 号楼, 单元, 路, 街, 酒店, 学校, 医院, 超市, 宿舍…). Two tails share a name when a common
 * run of text holds at least COMMON_NAME_CHARS other characters (锦绣香江小区 / 云龙示范区锦绣香江小区 share 锦绣香江;
 * 体委小区3号楼 / 众环小区33号楼 share only 小区3号楼).
 */
const GENERIC = /[^\u4e00-\u9fff]|[小区社村组号楼栋幢单元院座期路街巷弄道花园家公寓大厦广场新城苑庭府里东西南北中和及除外其他域周边范围的以内与至酒店宾馆学校医超市商行铺门宿舍厂司局所站部室]/u;
export const COMMON_NAME_CHARS = 2;
/**
 * Words of the lists' boilerplate that name no place: self-built housing (自建房), risk wording (高风险区, 风险),
 * an autonomous region's or prefecture's organs (自治区…), natural villages (自然村). They do not make a common name:
 * 六道湾街道…自建房区域 and 南湖南路街道…自建房 are different places.
 */
const BOILERPLATE = /自建房?|[高中低]?风险|自治[区州县旗]?|自然村|行政村|村民|居民|所属/gu;

const nameChars = (text: string) => [...text].filter((char) => !GENERIC.test(char)).length;
const withoutBoilerplate = (text: string) => text.replace(BOILERPLATE, (word) => '_'.repeat(word.length));

/** Whether all texts contain one common run of text with at least COMMON_NAME_CHARS name characters. */
export function shareName(published: readonly string[]): boolean {
  if (published.length === 0) return false;
  const texts = published.map(withoutBoilerplate);
  const shortest = [...texts].sort((a, b) => a.length - b.length)[0];
  for (let start = 0; start < shortest.length; start += 1) {
    // Extend the run while every text still contains it; a run that fails cannot succeed when longer.
    for (let end = start + 1; end <= shortest.length; end += 1) {
      const run = shortest.slice(start, end);
      if (!texts.every((t) => t.includes(run))) break;
      if (nameChars(run) >= COMMON_NAME_CHARS) return true;
    }
  }
  return false;
}

export interface SharedPoint {
  /** The level the areas at one point share; undefined when the point is not a fallback for them. */
  level?: Precision;
  acrossPrefectures: boolean;
  countyLabelsDiffer: boolean;
}

/**
 * Rule (b) for the areas at one point. A unit an address does not name is unknown, not different.
 * - Same text after the county: one place (under two county labels if the counties differ: flagged).
 * - Different prefectures → city (flagged).
 * - Tails (text after the finest unit named) that share a name (`shareName`: 地产小区3号楼 / 地产小区2号楼): one
 *   compound, road or site, spelled with different units above it → not a fallback (different county labels are
 *   flagged).
 * - Otherwise the point stands for several places: different counties → city; different townships → county;
 *   different villages or communities → township; else the unit all of them name (village, township) or county.
 */
export function sharedLevel(chains: readonly AreaChain[]): SharedPoint {
  const named = <T>(pick: (c: AreaChain) => T | undefined) => new Set(chains.map(pick).filter((v) => v !== undefined && v !== ''));
  const allName = (pick: (c: AreaChain) => string | undefined) => chains.every((c) => !!pick(c)) && named(pick).size === 1;
  const acrossPrefectures = named((c) => c.prefectureCode ?? (c.prefecture || undefined)).size > 1;
  const counties = named((c) => c.countyCode);
  const result: SharedPoint = { acrossPrefectures, countyLabelsDiffer: false };
  if (chains.length < 2) return result;
  if (named((c) => c.place).size === 1 && chains.every((c) => c.place !== '')) return { ...result, countyLabelsDiffer: counties.size > 1 };
  if (acrossPrefectures) return { ...result, level: 'city' };
  const common = shareName(chains.map((c) => c.tail));
  if (counties.size > 1) {
    if (!common && !allName((c) => c.township)) return { ...result, level: 'city' };
    result.countyLabelsDiffer = true;
  }
  if (common) return result;
  if (named((c) => c.township).size > 1) return { ...result, level: 'county' };
  if (named((c) => c.village).size > 1) return { ...result, level: 'township' };
  if (allName((c) => c.village)) return { ...result, level: 'village' };
  if (allName((c) => c.township)) return { ...result, level: 'township' };
  return { ...result, level: 'county' };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Indices (into `points`) lying far from the others: rule (d), also used for the township centroids. */
export function outliers(points: ReadonlyArray<readonly [number, number]>): Set<number> {
  const distinct = new Set(points.map(String));
  if (distinct.size < 3) return new Set();
  const centre: [number, number] = [median(points.map((p) => p[0])), median(points.map((p) => p[1]))];
  const distances = points.map((p) => metresBetween(centre, p));
  const limit = Math.max(OUTLIER_MIN_KM * 1000, OUTLIER_FACTOR * median(distances));
  return new Set(distances.flatMap((d, i) => (d > limit ? [i] : [])));
}

/** Rule (d) over the results of (a)–(c): township outliers among the village- and compound-level points. */
function markTownshipOutliers(inputs: readonly PrecisionInput[], results: PrecisionResult[]): void {
  const townships = new Map<string, number[]>();
  results.forEach((result, i) => {
    const { chain, gcj02 } = inputs[i];
    if (!gcj02 || !chain.countyCode || !chain.township || result.rule !== 'address-level' || rank(result.precision) > rank('village')) return;
    const key = `${chain.countyCode}:${chain.township}`;
    townships.set(key, [...(townships.get(key) ?? []), i]);
  });
  for (const members of townships.values()) {
    for (const k of outliers(members.map((i) => inputs[i].gcj02 as [number, number]))) {
      results[members[k]] = { ...results[members[k]], precision: 'county', rule: 'township-outlier' };
    }
  }
}

/** Precision of every area (same order as `inputs`). */
export function assignPrecision(inputs: readonly PrecisionInput[], divisions: readonly AdminDivision[]): PrecisionResult[] {
  const centres = new CentreIndex(divisions);
  const atPoint = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    if (!input.gcj02) return;
    const key = String(input.gcj02);
    atPoint.set(key, [...(atPoint.get(key) ?? []), i]);
  });
  const shared = new Map<number, SharedPoint>();
  for (const members of atPoint.values()) {
    if (members.length < 2) continue;
    const result = sharedLevel(members.map((i) => inputs[i].chain));
    for (const i of members) shared.set(i, result);
  }
  const results = inputs.map((input, i): PrecisionResult => {
    const { chain } = input;
    const flags: AreaFlag[] = [];
    if (!chain.countyCode) flags.push('chain-unknown');
    if (!input.gcj02) {
      // No point in any list: the build places it at its county (or prefecture) centre where one is known.
      return { precision: coarser(chain.namedLevel, chain.countyCode ? 'county' : 'city'), rule: 'admin-chain', flags: [...flags, 'no-point'] };
    }
    let precision = chain.namedLevel;
    let rule: PrecisionRule = 'address-level';
    for (const centre of centres.near(input.gcj02)) {
      const level: Precision = centre.level === 'county' ? 'county' : 'city';
      const own = centre.level === 'county' ? chain.countyCode : centre.level === 'prefecture' ? chain.prefectureCode : chain.provinceCode;
      if (own !== undefined && own !== centre.code && !flags.includes('centre-of-other-division')) flags.push('centre-of-other-division');
      if (rank(level) > rank(precision)) {
        precision = level;
        rule = level === 'county' ? 'county-centre' : 'prefecture-centre';
      }
    }
    const share = shared.get(i);
    if (share?.acrossPrefectures) flags.push('shared-across-prefectures');
    if (share?.countyLabelsDiffer) flags.push('county-labels-differ');
    if (share?.level && rank(share.level) > rank(precision)) {
      precision = share.level;
      rule = 'shared-point';
    }
    if (share?.level === 'township' && rank(precision) < rank('county')
      && centres.near(input.gcj02, SEAT_RADIUS_M).some((c) => c.level === 'county' && c.code === chain.countyCode)) {
      precision = 'county';
      rule = 'county-centre';
    }
    return { precision, rule, flags };
  });
  markTownshipOutliers(inputs, results);
  return results;
}
