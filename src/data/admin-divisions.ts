/**
 * The national list of divisions (geo/sources/admin-divisions.json, townships.json) and reading an address's
 * admin chain from it. Pure: the caller passes the parsed JSON. Contract: INTERFACES.md section A.
 *
 * parseChain reads levels from the start of the text, each only when the text names it:
 *  - full names and former names (株洲县 for 渌口区) always; short names (安阳, 汤阴, 延边州) only when unique among
 *    the parent's children and confirmed by what follows (a child's name, or the end of the text);
 *  - a municipality (北京市) is also the prefecture of its districts; a county directly under a province (济源市,
 *    仙桃市, 石河子市) has no prefecture; 东莞市/中山市/儋州市 have townships and no counties;
 *  - filler words of the official lists are skipped between levels: 市辖区, 县, 省直辖县级行政单位 …, a repeated
 *    name (重庆市重庆市), and the corps' 第N师; 新疆生产建设兵团 is read as 新疆维吾尔自治区;
 *  - when the text starts below the province, the missing parents are the named record's parents (a prefecture or
 *    county name must then be full and unique in China);
 *  - a prefecture whose only county bears its name (嘉峪关市) implies that county when no other is named.
 */
import { shortNamesOf, type DivisionLevel } from './admin-names';

export interface AdminDivision {
  code: string; name: string; level: DivisionLevel; parent: string | null;
  centreGcj02?: [number, number]; centre?: [number, number]; polygon?: boolean; formerNames?: string[];
}
export interface AdminChain {
  province?: AdminDivision; prefecture?: AdminDivision; county?: AdminDivision;
  township?: { code: string; name: string };
  /** text after the last matched level, trimmed */
  rest: string;
}
export type TownshipList = Record<string, Array<[string, string]>>;

interface NameEntry { name: string; division: AdminDivision; short: boolean }
interface Hit { division: AdminDivision; end: number }

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
const PROVINCE_ALIASES: Record<string, string> = { 新疆生产建设兵团: '650000' };
const FILLERS = ['省直辖县级行政单位', '省直辖县级行政区划', '自治区直辖县级行政单位', '自治区直辖县级行政区划', '直辖县级行政区划', '市辖区', '县'];
const CORPS_DIVISION = /^第[一二三四五六七八九十]+师/;
const SEPARATORS = /^[\s,，、:：;；·\-—]+/;
const TOWNSHIP_OFFICE = '办事处';

export class AdminDivisions {
  private readonly byCodeMap = new Map<string, AdminDivision>();
  private readonly childrenMap = new Map<string, AdminDivision[]>();
  private readonly namesUnder = new Map<string, NameEntry[]>();
  private readonly nationalNames = new Map<string, AdminDivision[]>();
  private readonly townshipsByKey = new Map<string, Array<[string, string]>>();

  constructor(divisions: AdminDivision[], townships: TownshipList = {}) {
    for (const d of divisions) this.byCodeMap.set(d.code, d);
    for (const d of divisions) {
      const key = d.parent ?? '';
      this.childrenMap.set(key, [...(this.childrenMap.get(key) ?? []), d]);
      for (const name of [d.name, ...(d.formerNames ?? []), ...shortNamesOf(d.name, d.level)]) {
        this.nationalNames.set(name, [...(this.nationalNames.get(name) ?? []), d]);
      }
    }
    for (const [key, children] of this.childrenMap) {
      children.sort((a, b) => a.code.localeCompare(b.code));
      this.namesUnder.set(key, nameEntries(children));
    }
    for (const [key, list] of Object.entries(townships)) this.townshipsByKey.set(key, [...list].sort((a, b) => b[1].length - a[1].length));
  }

  byCode(code: string): AdminDivision | undefined {
    return this.byCodeMap.get(code);
  }

  children(code: string): AdminDivision[] {
    return this.childrenMap.get(code) ?? [];
  }

  /** Townships of a county, or of a prefecture without counties (东莞市), as [code, name]. */
  townshipsOf(code: string): Array<[string, string]> {
    return [...(this.townshipsByKey.get(code) ?? [])].sort((a, b) => a[0].localeCompare(b[0]));
  }

  /** Prefecture or county records named `name` (full, former or short), anywhere in China. */
  find(name: string, level?: AdminDivision['level']): AdminDivision[] {
    const found = this.nationalNames.get(name) ?? [];
    return found.filter((d) => (level ? d.level === level : d.level !== 'province'));
  }

  parseChain(address: string): AdminChain {
    const chain: Omit<AdminChain, 'rest'> = {};
    let pos = skipSeparators(address, 0);
    const province = this.readProvince(address, pos);
    if (province) {
      chain.province = province.division;
      pos = province.end;
      if (MUNICIPALITIES.has(province.division.code)) {
        chain.prefecture = province.division;
        pos = this.skipRepeat(address, pos, province.division);
      } else {
        const prefecture = this.readChild(address, pos, province.division.code, 'prefecture', [province.division]);
        if (prefecture) {
          chain.prefecture = prefecture.division;
          pos = prefecture.end;
        } else {
          const county = this.readChild(address, pos, province.division.code, 'county', [province.division])
            ?? this.readCountyInProvince(address, pos, province.division);
          if (county) {
            Object.assign(chain, this.parentsOf(county.division));
            pos = county.end;
          }
        }
      }
    } else {
      const named = this.readNational(address, pos);
      if (named) {
        Object.assign(chain, this.parentsOf(named.division));
        pos = named.end;
      }
    }
    if (chain.prefecture && !chain.county) {
      const parentCode = chain.prefecture.code;
      const county = this.readChild(address, pos, parentCode, 'county', [chain.prefecture]);
      if (county) {
        chain.county = county.division;
        pos = county.end;
      } else {
        chain.county = this.impliedCounty(chain.prefecture);
        if (chain.county && address.startsWith('市辖区', pos)) pos = skipSeparators(address, pos + '市辖区'.length);
      }
    }
    const townshipKey = chain.county?.code ?? (chain.prefecture && this.townshipsByKey.has(chain.prefecture.code) ? chain.prefecture.code : undefined);
    if (townshipKey) {
      const township = this.readTownship(address, pos, townshipKey, chain.county ? [chain.county] : []);
      if (township) {
        chain.township = { code: township.code, name: township.name };
        pos = township.end;
      }
    }
    return { ...chain, rest: address.slice(skipSeparators(address, pos)).trim() };
  }

  private readProvince(text: string, pos: number): Hit | undefined {
    for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
      if (text.startsWith(alias, pos)) {
        let end = pos + alias.length;
        while (text.startsWith(alias, end)) end += alias.length;
        return { division: this.byCodeMap.get(code)!, end: skipSeparators(text, end) };
      }
    }
    const hit = this.matchAmong(text, pos, '', 'province');
    return hit && { ...hit, end: skipSeparators(text, hit.end) };
  }

  /** A child of `parentCode` at `pos`, also after filler words or a repeat of the parents' names. */
  private readChild(text: string, pos: number, parentCode: string, level: DivisionLevel, parents: AdminDivision[]): Hit | undefined {
    for (const start of this.startsAfterFillers(text, pos, parents)) {
      const hit = this.matchAmong(text, start, parentCode, level);
      if (hit) return { ...hit, end: skipSeparators(text, hit.end) };
    }
    return undefined;
  }

  private startsAfterFillers(text: string, pos: number, parents: AdminDivision[]): number[] {
    const starts = [pos];
    const repeats = parents.map((p) => p.name);
    for (let i = 0; i < starts.length && starts.length < 6; i += 1) {
      const at = starts[i];
      const corps = CORPS_DIVISION.exec(text.slice(at));
      for (const word of [...FILLERS, ...repeats, ...(corps ? [corps[0]] : [])]) {
        if (text.startsWith(word, at)) starts.push(skipSeparators(text, at + word.length));
      }
    }
    return starts;
  }

  private skipRepeat(text: string, pos: number, division: AdminDivision): number {
    const names = [division.name, ...shortNamesOf(division.name, division.level)];
    const repeat = names.find((n) => text.startsWith(n, pos));
    return repeat ? skipSeparators(text, pos + repeat.length) : pos;
  }

  private matchAmong(text: string, pos: number, parentCode: string, level: DivisionLevel): Hit | undefined {
    const entries = (this.namesUnder.get(parentCode) ?? []).filter((e) => e.division.level === level);
    for (const entry of entries) {
      if (!text.startsWith(entry.name, pos)) continue;
      const end = pos + entry.name.length;
      if (!entry.short || this.confirmsShort(text, skipSeparators(text, end), entry.division)) return { division: entry.division, end };
    }
    return undefined;
  }

  /** A short name counts when the text ends there or goes on with a name one level down. */
  private confirmsShort(text: string, end: number, division: AdminDivision): boolean {
    if (end >= text.length) return true;
    const below = (this.namesUnder.get(division.code) ?? []).some((e) => text.startsWith(e.name, end));
    const townships = this.townshipsByKey.get(division.code) ?? [];
    return below || townships.some(([, name]) => text.startsWith(name, end));
  }

  /** A prefecture or county named in full at `pos`, when that name is unique in China. */
  private readNational(text: string, pos: number): Hit | undefined {
    for (let length = Math.min(12, text.length - pos); length >= 2; length -= 1) {
      const found = (this.nationalNames.get(text.slice(pos, pos + length)) ?? [])
        .filter((d) => d.level !== 'province' && (d.name === text.slice(pos, pos + length) || d.formerNames?.includes(text.slice(pos, pos + length))));
      if (found.length === 1) return { division: found[0], end: skipSeparators(text, pos + length) };
      if (found.length > 1) return undefined;
    }
    return undefined;
  }

  /** A county named in full right after its province, without its prefecture (河北省容城县): unique in the province. */
  private readCountyInProvince(text: string, pos: number, province: AdminDivision): Hit | undefined {
    const prefectures = this.children(province.code).filter((d) => d.level === 'prefecture');
    const found = prefectures.flatMap((p) => this.children(p.code)).filter((c) => text.startsWith(c.name, pos));
    const longest = Math.max(0, ...found.map((c) => c.name.length));
    const best = found.filter((c) => c.name.length === longest);
    return best.length === 1 ? { division: best[0], end: skipSeparators(text, pos + longest) } : undefined;
  }

  private parentsOf(division: AdminDivision): Omit<AdminChain, 'rest'> {
    const up = division.parent ? this.byCodeMap.get(division.parent) : undefined;
    if (division.level === 'prefecture') return { province: up, prefecture: division };
    if (up?.level === 'prefecture') return { province: up.parent ? this.byCodeMap.get(up.parent) : undefined, prefecture: up, county: division };
    return { province: up, prefecture: up && MUNICIPALITIES.has(up.code) ? up : undefined, county: division };
  }

  private impliedCounty(prefecture: AdminDivision): AdminDivision | undefined {
    const counties = this.children(prefecture.code).filter((d) => d.level === 'county');
    return counties.length === 1 && counties[0].name === prefecture.name ? counties[0] : undefined;
  }

  private readTownship(text: string, pos: number, key: string, parents: AdminDivision[]): { code: string; name: string; end: number } | undefined {
    const list = this.townshipsByKey.get(key) ?? [];
    for (const start of this.startsAfterFillers(text, pos, parents)) {
      const found = list.find(([, name]) => text.startsWith(name, start));
      if (!found) continue;
      let end = start + found[1].length;
      if (text.startsWith(TOWNSHIP_OFFICE, end)) end += TOWNSHIP_OFFICE.length;
      return { code: found[0], name: found[1], end };
    }
    return undefined;
  }
}

/** Full and former names always; a short name only when no sibling shares it. Longest first. */
function nameEntries(children: AdminDivision[]): NameEntry[] {
  const entries: NameEntry[] = [];
  const shortCount = new Map<string, number>();
  for (const d of children) for (const s of shortNamesOf(d.name, d.level)) shortCount.set(s, (shortCount.get(s) ?? 0) + 1);
  const fullNames = new Set(children.flatMap((d) => [d.name, ...(d.formerNames ?? [])]));
  for (const d of children) {
    for (const name of [d.name, ...(d.formerNames ?? [])]) entries.push({ name, division: d, short: false });
    for (const s of shortNamesOf(d.name, d.level)) if (shortCount.get(s) === 1 && !fullNames.has(s)) entries.push({ name: s, division: d, short: true });
  }
  return entries.sort((a, b) => b.name.length - a.name.length || Number(a.short) - Number(b.short));
}

function skipSeparators(text: string, pos: number): number {
  const match = SEPARATORS.exec(text.slice(pos));
  return match ? pos + match[0].length : pos;
}
