/**
 * Finding a place to check a trip from or to look at: typed coordinates ("36.09, 114.35"), admin units (by any
 * part of their chain, 汉字, pinyin or initials: division-match.ts), report places (汉字 or pinyin, their filter
 * search key) and official addresses (汉字: the query's parts, split at spaces, in order). Units rank above report
 * places, report places above addresses. Pure; the divisions' pinyin is read (from the given syllables) on the first
 * Latin query only.
 */
import type { AdminDivision } from '../data/admin-divisions';
import { DivisionMatcher, type SyllablesOf } from './division-match';
import type { OfficialArea } from './official-contract';

export type PlaceMatch =
  | { kind: 'coordinates'; lat: number; lon: number }
  | { kind: 'official'; area: number }
  | { kind: 'report'; featureId: string }
  | { kind: 'division'; division: AdminDivision };

export interface SearchablePlace {
  featureId: string;
  /** Lower-case name, pinyin and id without spaces (src/filters/match.ts `searchKeyOf`). */
  searchKey: string;
}

const COORDINATES = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*[,，\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;
const HAN = /[\u3400-\u9fff]/;

/** "lat, lon" in decimal degrees (as the trip URL writes them), or null. */
export function parseCoordinates(text: string): { lat: number; lon: number } | null {
  const match = COORDINATES.exec(text);
  if (!match) return null;
  const [lat, lon] = [Number(match[1]), Number(match[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/** Lower case, no spaces or separators, tone marks dropped ("Yáng kǒng" → "yangkong", "郑州 金水" → "郑州金水"). */
const normalise = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s,，、·]+/g, '');

/** Whether `text` holds every part, in order, each after the end of the one before. */
function containsInOrder(text: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/** Admin units a search lists at most, before the report places and addresses. */
const MAX_DIVISIONS = 5;

export class PlaceSearch {
  private readonly divisionMatcher: DivisionMatcher;

  constructor(
    private readonly areas: readonly Pick<OfficialArea, 'address'>[],
    private readonly reports: readonly SearchablePlace[],
    divisions: readonly AdminDivision[],
    /** The divisions' pinyin: in the browser the table written at build (build/division-pinyin.ts). */
    syllablesOf: SyllablesOf,
  ) {
    this.divisionMatcher = new DivisionMatcher(divisions, syllablesOf);
  }

  /** Matches for a query, best first: coordinates, then admin units, report places and official addresses (up to `limit` in all). */
  search(query: string, limit = 20): PlaceMatch[] {
    const text = query.trim();
    if (!text) return [];
    const point = parseCoordinates(text);
    if (point) return [{ kind: 'coordinates', ...point }];
    const needle = normalise(text);
    if (!needle) return [];
    const han = HAN.test(text);
    const results: PlaceMatch[] = this.divisionMatcher.match(needle, han).slice(0, MAX_DIVISIONS).map((hit) => ({ kind: 'division', division: hit.division }));
    for (const place of this.reports) {
      if (results.length >= limit) break;
      if (place.searchKey.includes(needle)) results.push({ kind: 'report', featureId: place.featureId });
    }
    if (han) {
      const parts = text.split(/[\s,，、·]+/).filter(Boolean);
      for (let i = 0; i < this.areas.length && results.length < limit; i += 1) {
        if (containsInOrder(this.areas[i].address, parts)) results.push({ kind: 'official', area: i });
      }
    }
    return results.slice(0, limit);
  }

  /** A unit's parents, the province first: what tells 金山区 (上海市) from 金山区 (黑龙江省鹤岗市) in a list. */
  parentsOf(division: AdminDivision): AdminDivision[] {
    return this.divisionMatcher.parentsOf(division);
  }
}
