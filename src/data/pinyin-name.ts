/**
 * English display names and search syllables of Chinese names from pinyin syllables already read: no dictionary
 * here, so the browser can use it. The syllables come from pinyin-pro at build time (src/data/pinyin.ts in Node,
 * build/division-pinyin.ts for the table the national view loads).
 */

/** Longest first, so 小区 wins over 区. */
const ADMIN_SUFFIXES = ['自治区', '自治州', '自治县', '自治旗', '街道', '社区', '小区', '地区', '省', '县', '区', '市', '镇', '乡', '村', '盟', '旗'];

/**
 * Syllables joined into one word, with the apostrophe pinyin's orthography puts before a syllable that starts with
 * a, o or e inside a word (西安 xi'an, not xian, which reads 先; 延安 Yan'an), so a name reads as one place.
 */
export function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
}

/**
 * Official romanisations that toneless pinyin cannot give: 陕西 (shǎn) and 山西 (shān) are both "shanxi" without
 * tones, so the province of Xi'an is written Shaanxi (the national standard spelling).
 */
const ROMANISED_STEMS: Readonly<Record<string, string>> = { 陕西: 'Shaanxi' };

/** "城关镇" + ["cheng", "guan", "zhen"] → "Chengguan Zhen": administrative suffix split off, each word capitalised. */
export function pinyinNameOf(han: string, syllables: readonly string[]): string {
  const suffix = ADMIN_SUFFIXES.find((s) => han.endsWith(s) && han.length > s.length);
  const stemCount = suffix ? syllables.length - suffix.length : syllables.length;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const stemHan = suffix ? han.slice(0, -suffix.length) : han;
  const stem = ROMANISED_STEMS[stemHan] ?? cap(joinSyllables(syllables.slice(0, stemCount)));
  return suffix ? `${stem} ${cap(joinSyllables(syllables.slice(stemCount)))}` : stem;
}

/** 汉字 name → its toneless syllables as pinyin-pro reads them (`nonZh: 'consecutive'`), joined by single spaces. */
export type PinyinTable = Readonly<Record<string, string>>;

/**
 * geo/division-pinyin.json as build/division-pinyin.ts writes it: `names[i]` is the pinyin of the name of the i-th
 * division of geo/sources/admin-divisions.json (the 汉字 are there already, so not repeated), `forms` that of
 * other 汉字 forms the search reads on their own (former names, short names that are not the name's start).
 */
export interface DivisionPinyinFile {
  names: string[];
  forms: PinyinTable;
}

/** The table of a division-pinyin file, whose `names` follow `divisions`; throws when the two do not match. */
export function pinyinTableOf(divisions: readonly { name: string }[], file: DivisionPinyinFile): PinyinTable {
  if (file.names.length !== divisions.length) throw new Error(`division-pinyin.json: ${file.names.length} names for ${divisions.length} divisions`);
  const table: Record<string, string> = { ...file.forms };
  divisions.forEach((division, i) => {
    table[division.name] = file.names[i];
  });
  return table;
}

/** Reads names in a table written at build time; a name it does not hold has no pinyin (undefined). */
export class PinyinLookup {
  constructor(private readonly table: PinyinTable) {}

  /** Syllables as pinyin-pro gives them ("金水区" → ["jin", "shui", "qu"]). */
  syllablesOf(han: string): string[] | undefined {
    const joined = Object.hasOwn(this.table, han) ? this.table[han] : undefined;
    return joined === undefined ? undefined : joined ? joined.split(' ') : [];
  }

  /** "金水区" → "Jinshui Qu", or undefined when the table lacks the name. */
  nameOf(han: string): string | undefined {
    const syllables = this.syllablesOf(han);
    return syllables && pinyinNameOf(han, syllables);
  }
}
