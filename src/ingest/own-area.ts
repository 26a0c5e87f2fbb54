/**
 * Own-area words (我市, 本区, 全县, 全旗, 全域, 全城) as mentions of the area they stand for in this report
 * (locate.ts ownArea): 全区 in a report about 龙湾区 is 龙湾区, never the prefecture. A word right after a named
 * county or city (龙湾区全域, 额济纳旗全域) only repeats that place, which is mentioned already.
 */
import type { AdminDivision } from '../data/admin-divisions';
import { isPrefectureLevel } from './admin-index';
import { ownArea, type ReportArea } from './locate';
import type { PlaceMention } from './places';

export type OwnAreaMention = PlaceMention & { ownWord: true };

const WORDS = /(?:我|本|全)(?:市|区|县|旗|州|盟)(?!域|级|长|委|属)|全域|全城/gu;

/** The division an own-area word stands for, or undefined when the report names no such area. */
export function ownAreaOf(word: string, area: ReportArea): AdminDivision | undefined {
  if (word === '全域') return area.county ?? area.prefecture;
  if (word === '全城') return ownArea('全市', area);
  return ownArea(word, area);
}

export function ownAreaMentions(sentence: string, places: PlaceMention[], area: ReportArea): OwnAreaMention[] {
  const out: OwnAreaMention[] = [];
  for (const m of sentence.matchAll(WORDS)) {
    const start = m.index ?? 0;
    const before = places.find((p) => p.end === start);
    const leaf = before?.pieces[before.pieces.length - 1];
    if (leaf && (leaf.level === 'county' || leaf.level === 'city')) continue;
    const division = ownAreaOf(m[0], area);
    if (!division) continue;
    out.push({ text: m[0], start, end: start + m[0].length, pieces: [{ text: division.name, level: isPrefectureLevel(division) ? 'city' : 'county' }], ownWord: true });
  }
  return out;
}
