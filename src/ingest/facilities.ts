/**
 * Facilities named only by what they are (5个集中接种点, 搭建5处核酸检测点, 设立集中隔离医学观察点): the head-word
 * extractor in places.ts rejects them as generic nouns, but a count or a set-up verb in front shows the text is
 * speaking of actual sites, so they become places named by the descriptive phrase. A site written just before
 * the set-up verb (在湘禄大酒店设立集中隔离医学观察点) is where the facility is, and names it.
 */
import type { PlaceMention, SiteType } from './places';

/** Descriptive words a facility name may be built from, before its head. */
const MODIFIERS = '(?:集中|临时|定点|固定|流动|便民|隔离|医学|核酸|疫苗|新冠|采样|检测|常态化)*';
const HEADS: Array<[string, SiteType]> = [
  ['方舱医院', 'makeshift'], ['观察点', 'quarantine'], ['隔离点', 'quarantine'], ['检测点', 'testing'], ['采样点', 'testing'],
  ['检测站', 'testing'], ['采样站', 'testing'], ['接种点', 'vaccination'], ['接种站', 'vaccination'], ['服务点', 'service'],
  ['值守点', 'service'], ['卡点', 'checkpoint'], ['卡口', 'checkpoint'], ['检查站', 'checkpoint'],
];
const COUNT = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|处|家|座|所)';
const SETUP = '(?:设立|开设|设置|启用|搭建|建成|投用|新建|增设|开放)';
const FACILITY = new RegExp(`(?<lead>${COUNT}|${SETUP}(?:了)?(?:${COUNT})?)(?<name>${MODIFIERS}(?<head>${HEADS.map(([h]) => h).join('|')}))`, 'gu');
/** 在<site>设立…: the site the facility is set up in. */
const AT_SITE = /在$/u;

export function descriptiveFacilities(sentence: string, found: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of sentence.matchAll(FACILITY)) {
    const g = m.groups!;
    const start = (m.index ?? 0) + g.lead.length;
    const end = start + g.name.length;
    // A bare head (5个检测点) is too generic to map; it needs at least one descriptive word.
    if (g.name === g.head) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const site = HEADS.find(([h]) => h === g.head)![1];
    // 在X设立Y: X is a site directly before the verb; the facility takes its name and replaces it.
    const host = found.find((f) => f.end === m.index && AT_SITE.test(sentence.slice(0, f.start)) && f.pieces[f.pieces.length - 1].level === 'site');
    if (host && !/\d|个|处/u.test(g.lead)) {
      const text = host.text + g.name;
      out.push({ text, start: host.start, end, pieces: [...host.pieces.slice(0, -1), { text: host.pieces[host.pieces.length - 1].text + g.name, level: 'site', site }] });
      continue;
    }
    out.push({ text: g.name, start, end, pieces: [{ text: g.name, level: 'site', site }] });
  }
  return out;
}

/** The mentions with descriptive facilities added; a host site merged into its facility is dropped. */
export function withDescriptiveFacilities(sentence: string, found: PlaceMention[]): PlaceMention[] {
  const extra = descriptiveFacilities(sentence, found);
  const kept = found.filter((f) => !extra.some((e) => e.start <= f.start && f.end <= e.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}
