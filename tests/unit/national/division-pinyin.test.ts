/**
 * The pinyin the national view shows and searches comes from a table written at build time (build/division-pinyin.ts
 * → geo/division-pinyin.json), not from a dictionary in the browser: the table holds every name the view can ask
 * about, and reads as pinyin-pro reads the names.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import geo from '../../../geo/sources/admin-divisions.json';
import type { AdminDivision } from '../../../src/data/admin-divisions';
import { toPinyinName, toPinyinSyllables } from '../../../src/data/pinyin';
import { PinyinLookup, pinyinTableOf, type DivisionPinyinFile } from '../../../src/data/pinyin-name';
import { hanFormsOf, latinFormsOf } from '../../../src/national/division-match';
import { writePublicData } from '../../../build/vite-geo-data';

const divisions = (geo as { divisions: AdminDivision[] }).divisions;

/** The file as the build writes it into the public folder, read back as the view reads it. */
function writtenFile(): DivisionPinyinFile {
  const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), 'division-pinyin-'));
  try {
    writePublicData(publicDir, path.resolve('geo/outbreaks'));
    return JSON.parse(fs.readFileSync(path.join(publicDir, 'geo/division-pinyin.json'), 'utf8')) as DivisionPinyinFile;
  } finally {
    fs.rmSync(publicDir, { recursive: true, force: true });
  }
}

describe('the divisions\' pinyin written at build time', () => {
  const lookup = new PinyinLookup(pinyinTableOf(divisions, writtenFile()));

  it('holds every province, prefecture and county the view shows, and every 汉字 form its search reads', () => {
    expect(divisions.length).toBeGreaterThan(3000);
    expect(new Set(divisions.map((d) => d.level))).toEqual(new Set(['province', 'prefecture', 'county']));
    const missing = new Set<string>();
    const syllablesOf = (han: string) => {
      const syllables = lookup.syllablesOf(han);
      if (!syllables?.length) missing.add(han);
      return syllables;
    };
    for (const division of divisions) {
      syllablesOf(division.name);
      latinFormsOf(division, hanFormsOf(division), syllablesOf);
    }
    expect([...missing]).toEqual([]);
  });

  it('reads as pinyin-pro does: the English names and the search forms of every division', () => {
    expect(lookup.nameOf('金水区')).toBe('Jinshui Qu');
    expect(lookup.syllablesOf('金水区')).toEqual(['jin', 'shui', 'qu']);
    expect(lookup.nameOf('延边朝鲜族自治州')).toBe(toPinyinName('延边朝鲜族自治州'));
    const differing = divisions.filter((d) => lookup.nameOf(d.name) !== toPinyinName(d.name)
      || JSON.stringify(latinFormsOf(d, hanFormsOf(d), (han) => lookup.syllablesOf(han))) !== JSON.stringify(latinFormsOf(d, hanFormsOf(d), toPinyinSyllables)));
    expect(differing.map((d) => d.name)).toEqual([]);
  });

  it('refuses a file that does not follow the divisions it is read with', () => {
    expect(() => pinyinTableOf(divisions.slice(1), { names: divisions.map(() => 'x'), forms: {} })).toThrow(/names for/);
    expect(lookup.nameOf('不是地名')).toBeUndefined();
  });
});
