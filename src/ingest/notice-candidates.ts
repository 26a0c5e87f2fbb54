/**
 * Candidates from a notice's lists (notice-lists.ts): each listed place is a risk-area candidate whose event is the
 * section's change (高风险区降为中风险区 → medium-risk, 中风险区降为低风险区 / 调整为低风险地区 → low-risk,
 * 解除封控 → lifted), dated by the section's effective time, quoting its list line. The effective time is the
 * heading's own date, else the last date before the heading that is followed by 起 (自2022年10月20日20时起), else the
 * last date before it. 5月28日24时 is the end of 05-28: the change is in force from 05-29 00:00 (dates.ts).
 * A heading's count that differs from the places listed under it is a warning.
 */
import type { LocalizedText, OutbreakEvent } from '../data/schema';
import { confidenceOf, type Candidate } from './candidate';
import { reportDateContext, resolveSentenceDates, type DateContext, type DateMention } from './dates';
import { chainOf, type Chain, type Geocoder, type ParentMemory } from './geocode';
import { readNoticeSections, type NoticeItem, type NoticeSection } from './notice-lists';
import { attachParents, extractPlaces, type PlaceContext } from './places';
import { bilingual, excerpt } from './texts';

export interface NoticeReading {
  candidates: Candidate[];
  warnings: LocalizedText[];
  /** Lines consumed by a section's heading and list (the narrative reader leaves them), and inline passages. */
  consumedLines: Set<number>;
  consumedPassages: Array<{ line: number; text: string }>;
  /** Places listed that could not be placed. */
  unplaced: string[];
  /** How many sections the notice has (list headers the sentence reader finds are numbered after them). */
  sections: number;
}

interface Dated { mention: DateMention; line: number; at: number; followedBy: string }

/** Every date of the text in order, with its line, its offset in the text and the characters after it. */
function datesInOrder(text: string, year: number): Dated[] {
  let context: DateContext = reportDateContext(text, year);
  const out: Dated[] = [];
  let lineStart = 0;
  text.split('\n').forEach((line, index) => {
    const { mentions, context: next } = resolveSentenceDates(line, context);
    context = next;
    for (const m of mentions) out.push({ mention: m, line: index, at: lineStart + m.at, followedBy: line.slice(m.at + m.source.length, m.at + m.source.length + 3) });
    lineStart += line.length + 1;
  });
  return out;
}

/**
 * The section's effective date: a date on its heading line (a heading such as 一、自5月28日24时起…), else among the
 * dates before the heading (or before an inline list on its line) the last one followed by 起, else the last one.
 */
function sectionDate(section: NoticeSection, dates: Dated[]): { mention: DateMention; own: boolean } | undefined {
  const usable = dates.filter((d) => d.mention.how !== 'range-end');
  const own = section.inline ? [] : usable.filter((d) => d.line === section.line);
  if (own.length) return { mention: own[0].mention, own: true };
  const before = usable.filter((d) => d.at < section.at);
  const from = [...before].reverse().find((d) => /^\s*起/u.test(d.followedBy));
  const last = from ?? before[before.length - 1];
  return last && { mention: last.mention, own: false };
}

function dateNote(mention: DateMention, own: boolean): LocalizedText {
  const where = own ? bilingual('标题', 'the heading') : bilingual('通告前文', 'the notice before the list');
  const zh = [`生效时间取自${where.zh}“${mention.source}”`];
  const en = [`in force from ${where.en} "${mention.source}"`];
  if (mention.yearBefore) {
    const written = mention.endOfDay?.written ?? mention.date;
    zh.push(`未写年份，通告日期为 ${mention.yearBefore.page}，读作 ${written}`);
    en.push(`no year written, the notice is dated ${mention.yearBefore.page}, so read as ${written}`);
  }
  if (mention.endOfDay) {
    zh.push(`24时即 ${mention.endOfDay.written} 当天结束，自 ${mention.date} 起生效`);
    en.push(`24时 is the end of ${mention.endOfDay.written}, so the change holds from ${mention.date}`);
  }
  return bilingual(zh.join('；'), en.join('; '));
}

/**
 * The chain of a listed place: parents written before the list and in the item, the item's core as the leaf. When no
 * place name covers the whole core (东泉路中社区世界冠郡一期), the names inside it are its parents.
 */
function itemChain(item: NoticeItem, ctx: PlaceContext): Chain {
  const phrase = `${item.parents}${item.core}`;
  const found = attachParents(extractPlaces(phrase, ctx), phrase);
  const whole = found.find((m) => m.end === phrase.length);
  const inner = whole ? found.filter((m) => m.end <= item.parents.length) : found;
  const parents = chainOf(inner.flatMap((m) => m.pieces).concat({ text: item.core, level: 'compound' }));
  if (!whole) return parents;
  const own = chainOf(whole.pieces);
  // The leaf is the item's core as written (新华街云翠园, not a fragment the head-word reader found inside it).
  return {
    city: own.city ?? parents.city, county: own.county ?? parents.county, township: own.township ?? parents.township, village: own.village ?? parents.village,
    leaf: own.leaf.text === item.core || own.leaf.text.endsWith(item.core) ? own.leaf : { text: item.core, level: own.leaf.level === 'village' ? 'village' : 'compound' },
  };
}

/** 那勒寺镇三甲村、瓦房村: items of one line without parents of their own share those of the item before them. */
function withLineParents(chain: Chain, previous: { line: number; chain: Chain } | undefined, line: number): Chain {
  if (!previous || previous.line !== line || chain.county || chain.township) return chain;
  return { ...chain, county: previous.chain.county, township: previous.chain.township };
}

/** Warnings for a heading or group count that the places listed under it do not match. */
export function countWarnings(section: NoticeSection): LocalizedText[] {
  const out: LocalizedText[] = [];
  if (section.count !== undefined && section.count !== section.items.length) {
    out.push(bilingual(`通告“${excerpt(section.heading, 40)}”写有 ${section.count} 个，其下列出 ${section.items.length} 个`,
      `the notice heading "${excerpt(section.heading, 40)}" states ${section.count}, the list under it has ${section.items.length}`));
  }
  for (const g of section.groups) {
    if (g.count !== g.items) out.push(bilingual(`“${excerpt(g.line, 40)}”写有 ${g.count} 个，列出 ${g.items} 个`, `"${excerpt(g.line, 40)}" states ${g.count}, lists ${g.items}`));
  }
  return out;
}

export function readNotice(text: string, year: number, ctx: PlaceContext, geocoder: Geocoder, memory: ParentMemory): NoticeReading {
  const sections = readNoticeSections(text);
  const reading: NoticeReading = { candidates: [], warnings: [], consumedLines: new Set(), consumedPassages: [], unplaced: [], sections: sections.length };
  if (sections.length === 0) return reading;
  const dates = datesInOrder(text, year);
  for (const section of sections) {
    section.lines.forEach((l) => reading.consumedLines.add(l));
    if (section.inline) reading.consumedPassages.push({ line: section.line, text: section.inline });
    reading.warnings.push(...countWarnings(section));
    if (section.standing) continue;
    const dated = sectionDate(section, dates);
    if (!dated) {
      reading.warnings.push(bilingual(`通告“${excerpt(section.heading, 40)}”及其前文没有日期，所列地点未起草`, `no date in or before the notice heading "${excerpt(section.heading, 40)}"; its places are not drafted`));
      continue;
    }
    const { mention, own } = dated;
    const ref = { order: section.order, heading: section.heading, ...(section.count !== undefined ? { count: section.count } : {}) };
    let previous: { line: number; chain: Chain } | undefined;
    for (const item of section.items) {
      const chain = withLineParents(itemChain(item, ctx), previous, item.line);
      previous = { line: item.line, chain };
      const placement = geocoder.place(chain, 'risk-area', memory);
      if (!placement) { reading.unplaced.push(item.name); continue; }
      const notes = [dateNote(mention, own).zh, dateNote(mention, own).en];
      const event: OutbreakEvent = { date: mention.date, status: section.status, quote: item.quote.length >= 4 ? item.quote : section.heading };
      if (mention.time) event.time = mention.time;
      const qualifier = item.qualifier && bilingual(`名单条目“${item.name}”按原文保留，定位依据“${item.core}”，限定语“${item.qualifier}”`,
        `listed as "${item.name}", kept as written; placed by ${item.core}, qualifier: ${item.qualifier}`);
      event.note = bilingual(`措施取自通告第 ${section.order} 节“${excerpt(section.heading, 40)}”；${notes[0]}${qualifier ? `；${qualifier.zh}` : ''}`,
        `measure from section ${section.order} of the notice ("${excerpt(section.heading, 40)}"); ${notes[1]}${qualifier ? `; ${qualifier.en}` : ''}`);
      const how = own ? mention.how : 'inherited';
      reading.candidates.push({ name: item.name, kind: 'risk-area', placement, event, confidence: confidenceOf(how === 'range-end' ? 'inherited' : how, 'clause-before', placement.precision), section: ref });
    }
  }
  return reading;
}
