/**
 * Cross-reference: which official area (or which listed villages of a township) locates a report place. Rules
 * (tests/unit/official/crossref.test.ts):
 * - Point features only (county- and city-wide controls keep their polygons). Searched names: the feature's name,
 *   its admin.village, and a name ending in 小区 also without it (翰林府小区 → 翰林府); a name that is itself a county
 *   or prefecture is not searched (it would match the whole unit).
 * - Scope: the feature's county; the prefecture when the report gives no county (precision city) or for a zone.
 *   An address matches when it contains a name outside an exclusion phrase ("除…", "…除外").
 * - Exactly one matching area in scope, with a point of its own (rule address-level, inside its county polygon)
 *   and finer than the feature's current precision → its point: `official:<address>`, its precision, its county.
 *   A fallback point, several areas, or matches only outside the scope (namesakes) → not taken; the flag says why.
 * - A township (admin.township equals the name) or a zone (…示范区, 开发区, 新区…) is placed at the mean of the
 *   distinct points of its listed villages and compounds (rule address-level, village or finer), outliers left out:
 *   `official-centroid:<key>`, precision township, with the members in geo/official/centroids.json.
 */
import type { AdminDivisions } from '../data/admin-divisions';
import { AREA_KINDS } from '../data/area-kinds';
import { PRECISIONS, type Precision } from '../data/schema';
import type { Bilingual } from './codes';
import { type CentroidRecord } from './places';
import { outliers } from './precision';
import type { OfficialArea } from './schema';

export interface ReportPlace {
  id: string;
  name: string;
  kind: string;
  precision: Precision;
  admin: { county: string; township?: string; village?: string };
  /** The outbreak's prefecture and province. */
  city: string;
  province: string;
  /** The feature's geometrySource now: a point already taken from the record is kept on a second run. */
  geometrySource?: string;
}

export type MatchOutcome = 'official' | 'centroid' | 'fallback' | 'ambiguous' | 'namesake' | 'not-finer' | 'too-few' | 'none' | 'not-searched';

export interface MatchDecision {
  id: string;
  outcome: MatchOutcome;
  geometrySource?: string;
  precision?: Precision;
  /** The county the official address names (official outcome). */
  area?: OfficialArea;
  centroid?: CentroidRecord & { name: string; points: number; spreadKm: number };
  /** Why a match was not taken (zh / en), for the feature's flag. */
  reason?: Bilingual;
  candidates: OfficialArea[];
}

export const PRECISION_ZH: Record<Precision, string> = { exact: '精确', neighbourhood: '小区', village: '村', township: '乡镇', county: '县', city: '市' };
const ZONE = /(示范区|开发区|高新区|经开区|新区|园区)$/u;
const rank = (p: Precision) => PRECISIONS.indexOf(p);
/** 李冲回族乡 and 李冲乡 are one township: the ethnic designation is dropped before comparing. */
export const townshipKey = (name: string) => name.replace(/^([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,4}?族)+(乡|镇)$/u, '$1$2');

function searchNames(place: ReportPlace, divisions: Pick<AdminDivisions, 'find'>): string[] {
  const names = new Set([place.name, place.admin.village].filter((n): n is string => !!n));
  for (const name of [...names]) if (name.endsWith('小区') && name.length >= 4) names.add(name.slice(0, -2));
  return [...names].filter((name) => name.length >= 2 && name !== place.admin.county && name !== place.city
    && divisions.find(name).filter((d) => d.level !== 'province').length === 0);
}

/** Whether the address names `name` outside an exclusion phrase. */
export function namesPlace(address: string, name: string): boolean {
  for (let at = address.indexOf(name); at >= 0; at = address.indexOf(name, at + 1)) {
    const before = address.slice(0, at);
    const after = address.slice(at + name.length);
    if (!before.includes('除') && !/^[^)）]*(除外|以外)/u.test(after)) return true;
  }
  return false;
}

const listed = (area: OfficialArea, names: string[]) => [area.address, ...(area.variants ?? [])].some((address) => names.some((n) => namesPlace(address, n)));
const ownPoint = (area: OfficialArea) => area.precisionRule === 'address-level' && area.lon !== undefined && !area.flags.includes('outside-county-polygon');

function describe(areas: OfficialArea[], max = 3): string {
  return areas.slice(0, max).map((a) => a.address).join('、') + (areas.length > max ? ` …(${areas.length})` : '');
}

function centroidOf(place: ReportPlace, key: string, members: OfficialArea[]): MatchDecision {
  const distinct = [...new Map(members.filter((m) => rank(m.precision) <= rank('village') && ownPoint(m)).map((m) => [`${m.lon},${m.lat}`, m])).values()];
  const far = outliers(distinct.map((m) => [m.lon as number, m.lat as number]));
  const kept = distinct.filter((_, i) => !far.has(i));
  if (members.length === 0) return { id: place.id, outcome: 'none', candidates: members };
  if (kept.length < 2) {
    return { id: place.id, outcome: 'too-few', candidates: members, reason: {
      zh: `官方名单列出${place.name}的 ${members.length} 个地区，其中有自身坐标的村或小区只有 ${kept.length} 个，不足以求中心点`,
      en: `the official lists name ${members.length} area(s) of ${place.name}, of which ${kept.length} village(s) or compound(s) with a point of their own: too few for a centre`,
    } };
  }
  const lon = kept.reduce((n, m) => n + (m.lon as number), 0) / kept.length;
  const lat = kept.reduce((n, m) => n + (m.lat as number), 0) / kept.length;
  const spreadKm = Math.max(...kept.map((m) => Math.hypot(((m.lon as number) - lon) * Math.cos((lat * Math.PI) / 180), (m.lat as number) - lat) * 111.2));
  return {
    id: place.id, outcome: 'centroid', geometrySource: `official-centroid:${key}`, precision: 'township', candidates: members,
    centroid: { key, name: place.name, members: kept.map((m) => m.address).sort(), outliers: distinct.filter((_, i) => far.has(i)).map((m) => m.address).sort(), points: kept.length, spreadKm: Math.round(spreadKm * 10) / 10 },
  };
}

export function matchReportPlace(place: ReportPlace, areas: readonly OfficialArea[], divisions: Pick<AdminDivisions, 'find'>): MatchDecision {
  if (AREA_KINDS.has(place.kind)) return { id: place.id, outcome: 'not-searched', candidates: [] };
  const names = searchNames(place, divisions);
  const prefecture = (a: OfficialArea) => a.prefecture === place.city && a.province === place.province;
  const isZone = ZONE.test(place.name);
  const inScope = (a: OfficialArea) => prefecture(a) && (place.precision === 'city' || isZone || a.county === place.admin.county);
  const township = place.admin.township && place.admin.township === place.name && !place.admin.village ? place.admin.township : undefined;
  if (township) {
    const members = areas.filter((a) => inScope(a) && a.township !== undefined && townshipKey(a.township) === townshipKey(township));
    return centroidOf(place, `${place.province}${place.city}${place.admin.county}${members[0]?.township ?? township}`, members);
  }
  if (names.length === 0) return { id: place.id, outcome: 'not-searched', candidates: [] };
  const matching = areas.filter((a) => listed(a, names));
  const candidates = matching.filter(inScope);
  if (isZone && candidates.length > 1) return centroidOf(place, `${place.province}${place.city}${place.name}`, candidates);
  if (candidates.length === 0) {
    if (matching.length === 0) return { id: place.id, outcome: 'none', candidates };
    return { id: place.id, outcome: 'namesake', candidates: matching, reason: {
      zh: `官方名单中的同名地点不在本${place.precision === 'city' ? '市' : '县（区）'}，未采用：${describe(matching)}`,
      en: `official list entries of that name lie outside this ${place.precision === 'city' ? 'city' : 'county'} and are not taken: ${describe(matching)}`,
    } };
  }
  if (candidates.length > 1) {
    return { id: place.id, outcome: 'ambiguous', candidates, reason: {
      zh: `官方名单中有 ${candidates.length} 个地区与之同名，无法确定是哪一个：${describe(candidates)}`,
      en: `${candidates.length} official list areas match the name, so none is taken: ${describe(candidates)}`,
    } };
  }
  const [area] = candidates;
  if (!ownPoint(area)) {
    return { id: place.id, outcome: 'fallback', area, candidates, reason: {
      zh: `官方名单条目“${area.address}”的坐标是回退点（规则 ${area.precisionRule}，精度为${PRECISION_ZH[area.precision]}级），未采用`,
      en: `the point of the official list entry "${area.address}" is a fallback (rule ${area.precisionRule}, precision ${area.precision}) and is not taken`,
    } };
  }
  const source = `official:${area.address}`;
  if (rank(area.precision) >= rank(place.precision) && place.geometrySource !== source) return { id: place.id, outcome: 'not-finer', area, candidates };
  return { id: place.id, outcome: 'official', geometrySource: source, precision: area.precision, area, candidates };
}
