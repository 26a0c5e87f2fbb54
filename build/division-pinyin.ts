/**
 * The pinyin of every admin division name the national view shows or searches (provinces, prefectures and counties
 * of geo/sources/admin-divisions.json: their names for the English labels, and each 汉字 form the trip search reads
 * in pinyin), written beside the data as geo/division-pinyin.json: pinyin-pro reads each name at build time, and
 * the browser does not carry its dictionary (src/data/pinyin-name.ts reads the file).
 */
import fs from 'node:fs';
import type { AdminDivision } from '../src/data/admin-divisions.ts';
import type { DivisionPinyinFile, PinyinTable } from '../src/data/pinyin-name.ts';
import { toPinyinSyllablesAsRead } from '../src/data/pinyin.ts';
import { hanFormsOf, latinFormsOf } from '../src/national/division-match.ts';

/** 汉字 name → its syllables joined by spaces, for every name the browser asks about these divisions. */
export function divisionPinyin(divisions: readonly AdminDivision[]): PinyinTable {
  const table: Record<string, string> = {};
  const read = (han: string) => {
    const syllables = toPinyinSyllablesAsRead(han);
    if (syllables.some((s) => /\s/.test(s) || !s)) throw new Error(`division-pinyin: ${han} reads as ${JSON.stringify(syllables)}, which spaces cannot join`);
    table[han] = syllables.join(' ');
    return syllables;
  };
  // The English label of a unit and of its parents: its name. The search: what it asks of each 汉字 form.
  for (const division of divisions) {
    read(division.name);
    latinFormsOf(division, hanFormsOf(division), read);
  }
  return table;
}

/** The file: the names' pinyin in the divisions' order (the 汉字 are in admin-divisions.json), other forms by 汉字. */
export function divisionPinyinFile(divisions: readonly AdminDivision[]): DivisionPinyinFile {
  const table = divisionPinyin(divisions);
  const names = new Set(divisions.map((d) => d.name));
  const forms = Object.entries(table).filter(([han]) => !names.has(han)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { names: divisions.map((d) => table[d.name]), forms: Object.fromEntries(forms) };
}

/** The file for the shipped national list. */
export function divisionPinyinOfFile(adminDivisionsFile: string): DivisionPinyinFile {
  const { divisions } = JSON.parse(fs.readFileSync(adminDivisionsFile, 'utf8')) as { divisions: AdminDivision[] };
  return divisionPinyinFile(divisions);
}
