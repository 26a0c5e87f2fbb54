/**
 * The English names (pinyin) and pinyin syllables of the outbreak episodes' units and provinces, written beside
 * geo/official/episodes.json for the outbreak index (search by 汉字, pinyin or initials; "Xi'an Shi" in English):
 * pinyin-pro reads each name in context at build time, and the browser does not carry its dictionary.
 * Rows follow the file's `units` (same order), so the index reads both by the unit's row.
 */
import fs from 'node:fs';
import { toPinyinName, toPinyinSyllables } from '../src/data/pinyin.ts';
import type { EpisodeNames } from '../src/official/episode-index.ts';

// toPinyinName writes 陕西 Shaanxi (apart from 山西 Shanxi) and Xi'an's apostrophe (src/data/pinyin-name.ts).
const englishName = toPinyinName;

export function episodeNames(episodesFile: string): EpisodeNames {
  // Only the names are read (the file is validated by `npm run validate`; the browser checks the rows match): the
  // schema's module imports without file extensions, which Vite's coming native config loader refuses.
  const { units } = JSON.parse(fs.readFileSync(episodesFile, 'utf8')) as { units: { name: string[]; province: string[] } };
  return {
    unitEn: units.name.map(englishName),
    unitSyllables: units.name.map(toPinyinSyllables),
    provinceEn: units.province.map(englishName),
    provinceSyllables: units.province.map(toPinyinSyllables),
  };
}
