/**
 * Finding an admin unit (province, prefecture, county) as a reader types it: by any part of its chain in order
 * ("郑州金水区", "河南 郑州 金水", "zhengzhou jinshui"), each part with or without its level suffix (郑州 for 郑州市,
 * 金水 for 金水区), in 汉字, pinyin or pinyin initials ("jsq", "zzjsq"). The last part names the unit itself and may
 * be unfinished (a prefix; in 汉字 any part of the name). Pure; the pinyin comes from `syllablesOf` (in the browser a
 * table written at build time: build/division-pinyin.ts), asked only on the first Latin query.
 */
import type { AdminDivision } from '../data/admin-divisions';
// With its extension: vite.config.ts loads this file (through build/division-pinyin.ts), and its config loader wants it.
import { shortNamesOf } from '../data/admin-names.ts';

/** How well the last part names the unit: its whole name or short name, the start of one, or (汉字) a part of one. */
export type DivisionMatchKind = 'whole' | 'prefix' | 'inside';

export interface DivisionHit {
  division: AdminDivision;
  kind: DivisionMatchKind;
  /** Where in the unit's own name the last part starts (0 unless `inside`). */
  at: number;
}

/** Toneless pinyin syllables of a 汉字 name, one per character; undefined when unknown. */
export type SyllablesOf = (han: string) => readonly string[] | undefined;

const KIND_ORDER: Record<DivisionMatchKind, number> = { whole: 0, prefix: 1, inside: 2 };

/** The ways a unit's name is written: 汉字 forms, and (filled on the first Latin query) pinyin and initials. */
interface NameForms {
  han: string[];
  latin?: string[];
}

export class DivisionMatcher {
  private readonly forms = new Map<string, NameForms>();
  private readonly chains: AdminDivision[][];
  private readonly indexOf = new Map<string, number>();

  constructor(private readonly divisions: readonly AdminDivision[], private readonly syllablesOf: SyllablesOf) {
    const byCode = new Map(divisions.map((d) => [d.code, d]));
    for (const d of divisions) this.forms.set(d.code, { han: hanFormsOf(d) });
    divisions.forEach((d, i) => this.indexOf.set(d.code, i));
    this.chains = divisions.map((d) => {
      const chain = [d];
      for (let up = d.parent ? byCode.get(d.parent) : undefined; up; up = up.parent ? byCode.get(up.parent) : undefined) chain.unshift(up);
      return chain;
    });
  }

  /** The unit's parents, the province first (empty for a province or an unknown unit). */
  parentsOf(division: AdminDivision): AdminDivision[] {
    const i = this.indexOf.get(division.code);
    return i === undefined ? [] : this.chains[i].slice(0, -1);
  }

  /**
   * Units the query names, best first: the whole name before a prefix before a part inside, then the earlier
   * position, the shorter name and the code. `needle` is folded (lower case, no spaces or tone marks).
   */
  match(needle: string, han: boolean): DivisionHit[] {
    if (!needle) return [];
    if (!han) this.fillLatin();
    const hits: DivisionHit[] = [];
    this.chains.forEach((chain, i) => {
      const hit = this.matchChain(needle, chain, han);
      if (hit) hits.push({ division: this.divisions[i], ...hit });
    });
    return hits.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.at - b.at
      || a.division.name.length - b.division.name.length || a.division.code.localeCompare(b.division.code));
  }

  /** Best reading of the needle as some of the chain's parents (in order, each written whole) and then the unit. */
  private matchChain(needle: string, chain: AdminDivision[], han: boolean): Omit<DivisionHit, 'division'> | null {
    const own = chain.length - 1;
    let best: Omit<DivisionHit, 'division'> | null = null;
    const visit = (pos: number, level: number) => {
      if (level === own) {
        const hit = this.matchOwn(needle.slice(pos), chain[own], han);
        if (hit && (!best || KIND_ORDER[hit.kind] < KIND_ORDER[best.kind] || (hit.kind === best.kind && hit.at < best.at))) best = hit;
        return;
      }
      visit(pos, level + 1);
      for (const form of this.formsOf(chain[level], han)) if (needle.startsWith(form, pos)) visit(pos + form.length, level + 1);
    };
    visit(0, 0);
    return best;
  }

  private matchOwn(rest: string, division: AdminDivision, han: boolean): Omit<DivisionHit, 'division'> | null {
    if (!rest) return null;
    const forms = this.formsOf(division, han);
    if (forms.includes(rest)) return { kind: 'whole', at: 0 };
    if (forms.some((form) => form.startsWith(rest))) return { kind: 'prefix', at: 0 };
    // 汉字 anywhere in a county's or prefecture's name; pinyin and province names only from the start ("an" is in
    // too many syllables, "南" in too many provinces' neighbours).
    if (!han || division.level === 'province') return null;
    const at = division.name.indexOf(rest);
    return at > 0 ? { kind: 'inside', at } : null;
  }

  private formsOf(division: AdminDivision, han: boolean): string[] {
    const forms = this.forms.get(division.code)!;
    return han ? forms.han : forms.latin ?? [];
  }

  /** Pinyin and initials of each 汉字 form, made on the first Latin query. */
  private fillLatin(): void {
    for (const division of this.divisions) {
      const forms = this.forms.get(division.code)!;
      forms.latin ??= latinFormsOf(division, forms.han, this.syllablesOf);
    }
  }
}

/** The 汉字 forms a unit is found by: its name, former names and short names (郑州 for 郑州市). */
export function hanFormsOf(division: AdminDivision): string[] {
  return [...new Set([division.name, ...(division.formerNames ?? []), ...shortNamesOf(division.name, division.level)])];
}

/**
 * Pinyin and initials of each 汉字 form; a short name's syllables are the start of the full name's. The names
 * `syllablesOf` is asked for are what a table written at build time must hold (build/division-pinyin.ts); a name
 * it has no syllables for gives no Latin form.
 */
export function latinFormsOf(division: AdminDivision, hanForms: readonly string[], syllablesOf: SyllablesOf): string[] {
  const latin = new Set<string>();
  const full = (syllablesOf(division.name) ?? []).map((s) => s.toLowerCase());
  for (const form of hanForms) {
    // A short name is the start of the full name (郑州 of 郑州市): its syllables are the full name's first ones,
    // read in context, one per character; a former name is read on its own.
    const syllables = division.name.startsWith(form) && full.length === division.name.length ? full.slice(0, form.length) : syllablesOf(form)?.map((s) => s.toLowerCase());
    if (!syllables?.length) continue;
    latin.add(syllables.join(''));
    latin.add(syllables.map((s) => s.charAt(0)).join(''));
  }
  return [...latin];
}
