/**
 * Which prefecture and county a report is about, read from its text with the national divisions.
 *
 * The rule (scores are sums of weights over mentions):
 *  - every prefecture or county name the text writes counts 1 (a short name, 温州 for 温州市, counts 0.5), twice in
 *    the lead (the title line and the first paragraph after it), where a report names its subject;
 *  - a township name (电子城街道, 增村镇) supports the counties that have a township of that name, 0.5 split among
 *    them, and only when at most three counties in China have one (城关镇 says nothing);
 *  - a county name shared by several counties in China (朝阳区, 鼓楼区) is split among them in proportion to how much
 *    the text says about their prefectures otherwise (chain consistency);
 *  - a prefecture's score is its own mentions plus those of its counties; the report is about the prefecture with
 *    the highest score (none when nothing scores), and about the county of that prefecture with the highest score
 *    when it scores at least 2 and at least 1.5 times the next county.
 * The words a report uses for its own area (我市, 全区, 本县, 全旗…) are then read as that area: 市-words as a
 * county-level city when the report is about one and names it at least as often as its prefecture (江阴市 in 无锡市),
 * else as the prefecture; 区/县/旗-words as the best-scoring county of that kind in the prefecture.
 */
import type { AdminDivision } from '../data/admin-divisions';
import type { LocalizedText } from '../data/schema';
import { isPrefectureLevel, type AdminIndex } from './admin-index';
import { bilingual } from './texts';

export interface Ranked { division: AdminDivision; score: number }

export interface ReportArea {
  province?: AdminDivision;
  /** The prefecture-level unit (a municipality for Beijing/Shanghai/Tianjin/Chongqing districts). */
  prefecture: AdminDivision;
  county?: AdminDivision;
  /** Prefecture-level units, best first, with their scores (for the warning about another city). */
  prefectures: Ranked[];
  /** Counties of the chosen prefecture, best first. */
  counties: Ranked[];
  /** How the choice was made, for the terminal (en) and the draft's notes. */
  evidence: LocalizedText;
}

const LEAD_WEIGHT = 2;

/** The first line and the first paragraph after it. */
function leadEnd(text: string): number {
  const lines = text.split('\n');
  let end = 0;
  let paragraphs = 0;
  for (const line of lines) {
    end += line.length + 1;
    if (line.trim().length > 0) paragraphs += 1;
    if (paragraphs >= 2) break;
  }
  return end;
}

export function scoreAreas(text: string, index: AdminIndex): { prefectures: Map<AdminDivision, number>; counties: Map<AdminDivision, number> } {
  const lead = leadEnd(text);
  const direct = new Map<AdminDivision, number>();
  const add = (map: Map<AdminDivision, number>, d: AdminDivision, w: number) => map.set(d, (map.get(d) ?? 0) + w);
  const ambiguous: Array<{ hits: AdminDivision[]; weight: number }> = [];
  for (const m of index.scan(text)) {
    const weight = m.at < lead ? LEAD_WEIGHT : 1;
    const units = m.divisions.filter((h) => isPrefectureLevel(h.division) || h.division.level === 'county');
    if (units.length === 1) add(direct, units[0].division, weight * (units[0].short ? 0.5 : 1));
    else if (units.length > 1) ambiguous.push({ hits: units.map((h) => h.division), weight: weight * (units.every((h) => h.short) ? 0.5 : 1) });
    else if (m.divisions.length === 0 && m.townships.length > 0 && m.townships.length <= 3) {
      const counties = [...new Set(m.townships.map((t) => t.county))].map((c) => index.divisions.byCode(c)).filter((d): d is AdminDivision => d !== undefined);
      ambiguous.push({ hits: counties, weight: (weight * 0.5) });
    }
  }
  // Prior of a prefecture-level unit: what the text says about it and its counties without ambiguity.
  const prior = new Map<AdminDivision, number>();
  for (const [d, w] of direct) add(prior, index.containerOf(d), w);
  for (const { hits, weight } of ambiguous) {
    const priors = hits.map((d) => 0.1 + (prior.get(index.containerOf(d)) ?? 0));
    const sum = priors.reduce((a, b) => a + b, 0);
    hits.forEach((d, i) => add(direct, d, (weight * priors[i]) / sum));
  }
  const prefectures = new Map<AdminDivision, number>();
  const counties = new Map<AdminDivision, number>();
  for (const [d, w] of direct) {
    if (d.level === 'county') add(counties, d, w);
    if (isPrefectureLevel(d) || d.level === 'county') add(prefectures, index.containerOf(d), w);
  }
  return { prefectures, counties };
}

const ranked = (map: Map<AdminDivision, number>): Ranked[] => [...map.entries()].map(([division, score]) => ({ division, score: Math.round(score * 100) / 100 }))
  .sort((a, b) => b.score - a.score || a.division.code.localeCompare(b.division.code));

/** The area the report is about; undefined when no admin name of China is in the text. */
export function locateReport(text: string, index: AdminIndex, given?: { prefecture: AdminDivision; county?: AdminDivision }): ReportArea | undefined {
  const scores = scoreAreas(text, index);
  const prefectures = ranked(scores.prefectures);
  const best = prefectures[0];
  if (!given && (!best || best.score <= 0)) return undefined;
  const prefecture = given?.prefecture ?? best.division;
  const own = new Set(index.countiesOf(prefecture).map((d) => d.code));
  const counties = ranked(new Map([...scores.counties].filter(([d]) => own.has(d.code))));
  const [first, second] = counties;
  const county = given?.county ?? (first && first.score >= 2 && first.score >= 1.5 * (second?.score ?? 0) ? first.division : undefined);
  const scored = prefectures.slice(0, 3).map((r) => `${r.division.name} ${r.score}`);
  const evidence = given
    ? bilingual(`由 --city ${prefecture.name}${given.county ? `（${given.county.name}）` : ''} 指定`, `--city ${prefecture.name}${given.county ? ` (${given.county.name})` : ''}`)
    : bilingual(`文中提及最多（得分）：${scored.join('，')}${county ? `；区县 ${county.name} ${first.score}` : ''}`,
      `named most: ${scored.join(', ')}${county ? `; county ${county.name} ${first.score}` : ''}`);
  return { province: index.provinceOf(prefecture), prefecture, county, prefectures, counties, evidence };
}

/**
 * What an own-area word (我市, 全区, 本县, 全旗) stands for in a report about `area`: see the module comment.
 * Undefined when the report names no area of that kind.
 */
export function ownArea(word: string, area: ReportArea): AdminDivision | undefined {
  const kind = word.slice(-1);
  const prefectureScore = area.prefectures.find((r) => r.division === area.prefecture)?.score ?? 0;
  if (kind === '州' || kind === '盟') return area.prefecture;
  if (kind === '市') {
    const city = area.county && area.county.name.endsWith('市') ? area.counties.find((r) => r.division === area.county) : undefined;
    // A county-level city is "我市" when the report is about it more than about its prefecture as a whole.
    return city && city.score >= prefectureScore - city.score ? city.division : area.prefecture;
  }
  if (area.county?.name.endsWith(kind)) return area.county;
  return area.counties.find((r) => r.division.name.endsWith(kind) || (kind === '县' && r.division.name.endsWith('自治县')))?.division;
}

/**
 * With --city, the warning when the text names another prefecture more than the one given: places are then
 * looked up in the wrong city (a report about 温州 drafted with --city 衢州市).
 */
export function otherCityNamedMore(area: ReportArea): LocalizedText | undefined {
  const top = area.prefectures[0];
  const own = area.prefectures.find((r) => r.division === area.prefecture)?.score ?? 0;
  if (!top || top.division === area.prefecture || top.score <= own) return undefined;
  return bilingual(`文中提及${top.division.name}（得分 ${top.score}）多于 --city 指定的${area.prefecture.name}（得分 ${own}）；只在${area.prefecture.name}查找地点，请核对 --city`,
    `the text names ${top.division.name} (score ${top.score}) more than --city ${area.prefecture.name} (score ${own}); places are looked up in ${area.prefecture.name} only — check --city`);
}

/**
 * Without --city, the warning when a second prefecture scores at least half as much as the one chosen: the report
 * may be about both, and only the chosen one's places are drafted.
 */
export function secondCityNamed(area: ReportArea): LocalizedText | undefined {
  const [first, second] = area.prefectures;
  if (!first || !second || first.division !== area.prefecture || second.score < first.score / 2) return undefined;
  return bilingual(`文中还提及${second.division.name}（得分 ${second.score}，${first.division.name}为 ${first.score}）；只起草了${first.division.name}的地点，另一城市请用 --city ${second.division.name}`,
    `the text also names ${second.division.name} (score ${second.score}, against ${first.score} for ${first.division.name}); only places of ${first.division.name} are drafted — pass --city ${second.division.name} for the other`);
}
