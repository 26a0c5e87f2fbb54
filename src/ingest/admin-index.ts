/**
 * The national divisions as the ingest tool reads them from running text: every name a report may write for a
 * province, prefecture or county (full, former, short) and every township name, with a left-to-right scan that
 * takes the longest name at each position. Built once per AdminDivisions (≈ 45,000 names).
 */
import type { AdminDivision, AdminDivisions } from '../data/admin-divisions';
import { shortNamesOf } from '../data/admin-names';

export interface NameHit { division: AdminDivision; short: boolean }
export interface TownshipHit { code: string; name: string; county: string }

export interface TextMention {
  at: number;
  end: number;
  text: string;
  /** Provinces, prefectures or counties of that name (several when the name is not unique in China). */
  divisions: NameHit[];
  /** Townships of that name, with their county code. */
  townships: TownshipHit[];
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
/** After a short name, these characters make it part of a longer place name (东安街, 长寿村, 新华社区). */
const CONTINUES_NAME = /^[街路道村镇乡社小区县市巷弄里苑园庄屯组]/u;

export class AdminIndex {
  readonly all: AdminDivision[] = [];
  private readonly names = new Map<string, NameHit[]>();
  private readonly townshipNames = new Map<string, TownshipHit[]>();
  private maxLength = 0;

  constructor(readonly divisions: AdminDivisions) {
    const walk = (code: string) => {
      for (const d of divisions.children(code)) {
        this.all.push(d);
        walk(d.code);
      }
    };
    walk('');
    for (const d of this.all) {
      for (const name of [d.name, ...(d.formerNames ?? [])]) this.addName(name, { division: d, short: false });
      for (const name of shortNamesOf(d.name, d.level)) this.addName(name, { division: d, short: true });
      for (const [code, name] of divisions.townshipsOf(d.code)) {
        this.townshipNames.set(name, [...(this.townshipNames.get(name) ?? []), { code, name, county: d.code }]);
        this.maxLength = Math.max(this.maxLength, name.length);
      }
    }
  }

  private addName(name: string, hit: NameHit): void {
    const list = this.names.get(name) ?? [];
    if (!list.some((h) => h.division.code === hit.division.code)) list.push(hit);
    this.names.set(name, list);
    this.maxLength = Math.max(this.maxLength, name.length);
  }

  /** Divisions written `name` (full, former or short), optionally of one level. */
  named(name: string, level?: AdminDivision['level']): NameHit[] {
    return (this.names.get(name) ?? []).filter((h) => !level || h.division.level === level);
  }

  /** Townships named `name`, anywhere in China. */
  townshipsNamed(name: string): TownshipHit[] {
    return this.townshipNames.get(name) ?? [];
  }

  /** Every full name of a prefecture-level division (municipalities included) and of a county. */
  fullNames(level: 'prefecture' | 'county'): Set<string> {
    return new Set(this.all.filter((d) => (level === 'prefecture' ? isPrefectureLevel(d) : d.level === 'county')).flatMap((d) => [d.name, ...(d.formerNames ?? [])]));
  }

  /**
   * The prefecture-level unit a county belongs to: its prefecture, a municipality (丰台区 → 北京市), or the county
   * itself when it is administered by its province directly (济源市, 仙桃市).
   */
  containerOf(d: AdminDivision): AdminDivision {
    if (d.level !== 'county') return d;
    const parent = d.parent ? this.divisions.byCode(d.parent) : undefined;
    if (!parent) return d;
    return parent.level === 'prefecture' || MUNICIPALITIES.has(parent.code) ? parent : d;
  }

  provinceOf(d: AdminDivision): AdminDivision | undefined {
    let up: AdminDivision | undefined = d;
    while (up && up.level !== 'province') up = up.parent ? this.divisions.byCode(up.parent) : undefined;
    return up;
  }

  /** Counties of a prefecture-level unit (the unit itself for a county under its province directly). */
  countiesOf(container: AdminDivision): AdminDivision[] {
    if (container.level === 'county') return [container];
    return this.divisions.children(container.code).filter((d) => d.level === 'county');
  }

  /**
   * Admin names in running text, left to right, the longest name at each position. A short name (温州, 龙湾)
   * followed by a character that continues a place name (龙湾村, 东安街) is part of that other name, not a mention.
   */
  scan(text: string): TextMention[] {
    const out: TextMention[] = [];
    for (let at = 0; at < text.length;) {
      let found: TextMention | undefined;
      for (let length = Math.min(this.maxLength, text.length - at); length >= 2 && !found; length -= 1) {
        const name = text.slice(at, at + length);
        const divisions = (this.names.get(name) ?? []).filter((h) => !h.short || !CONTINUES_NAME.test(text.slice(at + length)));
        const townships = this.townshipNames.get(name) ?? [];
        if (divisions.length || townships.length) found = { at, end: at + length, text: name, divisions, townships };
      }
      if (found) { out.push(found); at = found.end; } else at += 1;
    }
    return out;
  }
}

export function isPrefectureLevel(d: AdminDivision): boolean {
  return d.level === 'prefecture' || (d.level === 'province' && MUNICIPALITIES.has(d.code));
}

const cache = new WeakMap<AdminDivisions, AdminIndex>();

/** The index of these divisions, built on first use. */
export function adminIndex(divisions: AdminDivisions): AdminIndex {
  let index = cache.get(divisions);
  if (!index) { index = new AdminIndex(divisions); cache.set(divisions, index); }
  return index;
}
