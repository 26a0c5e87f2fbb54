/**
 * Precision of each official area's point, by three stated rules (tests/unit/official/precision.test.ts). A
 * geocoder's point is not evidence of its own precision, so the finest level claimed is the coarsest of:
 *
 * (a) centre fallback: a point within CENTRE_TOLERANCE_M of the AMap centre of a county (→ county) or a
 *     prefecture (→ city). The lists were geocoded with AMap and the centres come from AMap too (echarts `cp`,
 *     6 decimals ≈ 0.1 m), so a fallback lands on the centre to the rounding of the two publications; 30 m
 *     absorbs that and the odd re-survey of a centre, yet is far below the size of any village or compound, so
 *     a real address that happens to lie that close loses little by being called county-level.
 * (b) shared point: a point (exactly equal GCJ-02 coordinates) shared by areas that name different places is a
 *     fallback for all of them → the level they all share (same village → village, same township → township,
 *     same county → county, else city). Areas that name the same place (same text after the county) under
 *     different county labels are one place geocoded once, not a fallback; they are flagged instead.
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

/** Rule (b): the level shared by areas at one point, or undefined when they name one place. */
export function sharedLevel(chains: readonly AreaChain[]): { level?: Precision; acrossPrefectures: boolean; countyLabelsDiffer: boolean } {
  const same = <T>(pick: (c: AreaChain) => T | undefined) => {
    const first = pick(chains[0]);
    return first !== undefined && first !== '' && chains.every((c) => pick(c) === first);
  };
  const acrossPrefectures = new Set(chains.map((c) => c.prefectureCode ?? c.prefecture).filter((p) => p !== '')).size > 1;
  if (chains.length < 2) return { acrossPrefectures: false, countyLabelsDiffer: false };
  if (same((c) => c.place) && !acrossPrefectures) {
    return { acrossPrefectures, countyLabelsDiffer: !same((c) => c.countyCode ?? c.county) };
  }
  let level: Precision = 'city';
  if (same((c) => c.countyCode)) {
    level = 'county';
    if (same((c) => c.township)) {
      level = 'township';
      if (same((c) => c.village)) level = 'village';
    }
  }
  return { level, acrossPrefectures, countyLabelsDiffer: false };
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
  const shared = new Map<number, ReturnType<typeof sharedLevel>>();
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
      // No point in any list: the build places it at its county (or prefecture) centre.
      return { precision: coarser(chain.namedLevel, chain.countyCode ? 'county' : 'city'), rule: 'admin-centre', flags: [...flags, 'no-point'] };
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
