/**
 * Precision of each official area's point, by three stated rules (tests/unit/official/precision.test.ts). A
 * geocoder's point is not evidence of its own precision, so the finest level claimed is the coarsest of:
 *
 * (a) centre fallback: a point within CENTRE_TOLERANCE_M of the AMap centre of a county (→ county) or a
 *     prefecture (→ city). The lists were geocoded with AMap and the centres come from AMap too (echarts `cp`,
 *     6 decimals ≈ 0.1 m), so a fallback lands on the centre to the rounding of the two publications; 30 m
 *     absorbs that and the odd re-survey of a centre, yet is far below the size of any village or compound, so
 *     a real address that happens to lie that close loses little by being called county-level.
 * (b) shared point: a point (exactly equal GCJ-02 coordinates) shared by areas that name different villages,
 *     townships or sites is a fallback for all of them → the level they all share (see `sharedLevel`).
 * (c) the level the address names (src/official/chain.ts).
 *
 * `precisionRule` names the rule that decided: the address level when it is as coarse as the caps.
 */
import type { AdminDivision } from '../data/admin-divisions';
import { PRECISIONS, type Precision } from '../data/schema';
import type { AreaChain } from './chain';
import type { AreaFlag, PrecisionRule } from './codes';

export const CENTRE_TOLERANCE_M = 30;

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

/** Longest common beginning of the texts. */
function commonPrefix(texts: readonly string[]): string {
  let prefix = texts[0] ?? '';
  for (const text of texts) {
    let i = 0;
    while (i < prefix.length && i < text.length && prefix[i] === text[i]) i += 1;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** Shortest common beginning of the tails that counts as one named compound, road or site ("回民小区1…"). */
export const COMMON_NAME_MIN = 3;

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
 * - Tails (text after the finest unit named) that begin with a common name of COMMON_NAME_MIN or more characters
 *   (地产小区3号楼 / 地产小区2号楼): one compound, road or site, spelled with different units above it → not a
 *   fallback (different county labels are flagged).
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
  const common = commonPrefix(chains.map((c) => c.tail)).length >= COMMON_NAME_MIN;
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
  return inputs.map((input, i) => {
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
    return { precision, rule, flags };
  });
}
