/**
 * Finding a place to check a trip from or to look at: typed coordinates ("36.09, 114.35"), official addresses
 * (汉字, any part of the address), report places (汉字 or pinyin, their filter search key) and prefectures and
 * counties (汉字 or pinyin). Pure; the pinyin of the divisions is computed on the first Latin query only.
 */
import type { AdminDivision } from '../data/admin-divisions';
import { toPinyinKey } from '../data/pinyin';
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

/** Lower case, no spaces, tone marks dropped ("Yáng kǒng" → "yangkong"). */
const normalise = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '');

export class PlaceSearch {
  private divisionKeys: string[] | null = null;

  constructor(
    private readonly areas: readonly Pick<OfficialArea, 'address'>[],
    private readonly reports: readonly SearchablePlace[],
    private readonly divisions: readonly AdminDivision[],
  ) {}

  /** Matches for a query, best first: coordinates, then divisions, report places and official addresses (up to `limit` in all). */
  search(query: string, limit = 20): PlaceMatch[] {
    const text = query.trim();
    if (!text) return [];
    const point = parseCoordinates(text);
    if (point) return [{ kind: 'coordinates', ...point }];
    const needle = normalise(text);
    const results: PlaceMatch[] = [];
    const han = HAN.test(text);
    const keys = han ? this.divisions.map((d) => d.name) : this.pinyinKeys();
    // Pinyin and province names match from the start ("an" is in too many syllables); 汉字 anywhere in a name.
    const divisionHits = this.divisions
      .map((division, i) => ({ division, at: keys[i].indexOf(needle) }))
      .filter((hit) => hit.at === 0 || (hit.at > 0 && han && hit.division.level !== 'province'))
      .sort((a, b) => a.at - b.at || a.division.name.length - b.division.name.length || a.division.code.localeCompare(b.division.code));
    for (const hit of divisionHits.slice(0, 5)) results.push({ kind: 'division', division: hit.division });
    for (const place of this.reports) {
      if (results.length >= limit) break;
      if (place.searchKey.includes(needle)) results.push({ kind: 'report', featureId: place.featureId });
    }
    if (han) {
      for (let i = 0; i < this.areas.length && results.length < limit; i += 1) {
        if (this.areas[i].address.includes(needle)) results.push({ kind: 'official', area: i });
      }
    }
    return results.slice(0, limit);
  }

  private pinyinKeys(): string[] {
    this.divisionKeys ??= this.divisions.map((d) => toPinyinKey(d.name));
    return this.divisionKeys;
  }
}
