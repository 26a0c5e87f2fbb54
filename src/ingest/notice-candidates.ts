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
import { resolveSentenceDates, type DateContext, type DateMention } from './dates';
import { chainOf, type Chain, type Geocoder, type ParentMemory } from './geocode';
import { readNoticeSections, type NoticeItem, type NoticeSection } from './notice-lists';
import { attachParents, extractPlaces, type PlaceContext } from './places';
import { bilingual, excerpt } from './texts';

export interface NoticeReading {
  candidates: Candidate[];
  warnings: LocalizedText[];
  /** Lines consumed by a section's heading and list (the narrative reader leaves them), and inline passages. */
  consumedLines: Set<number>;
  consumedPassages: string[];
  /** Places listed that could not be placed. */
  unplaced: string[];
}

interface Dated { mention: DateMention; line: number; followedBy: string }

/** Every date of the text in order, with its line and the characters after it. */
function datesInOrder(text: string, year: number): Dated[] {
  let context: DateContext = { year };
  const out: Dated[] = [];
  text.split('\n').forEach((line, index) => {
    const { mentions, context: next } = resolveSentenceDates(line, context);
    context = next;
    for (const m of mentions) out.push({ mention: m, line: index, followedBy: line.slice(m.at + m.source.length, m.at + m.source.length + 3) });
  });
  return out;
}

/** The section's effective date: its heading's own, else the last 起 date before it, else the last date before it. */
function sectionDate(section: NoticeSection, dates: Dated[]): { mention: DateMention; own: boolean } | undefined {
  const own = dates.filter((d) => d.line === section.line && d.mention.how !== 'range-end');
  if (own.length) return { mention: own[0].mention, own: true };
  const before = dates.filter((d) => d.line < section.line && d.mention.how !== 'range-end');
  const from = [...before].reverse().find((d) => /^\s*起/u.test(d.followedBy));
  const last = from ?? before[before.length - 1];
  return last && { mention: last.mention, own: false };
}

function dateNote(mention: DateMention, own: boolean): LocalizedText {
  const where = own ? bilingual('标题', 'the heading') : bilingual('通告前文', 'the notice before the list');
  if (mention.endOfDay) {
    return bilingual(`生效时间取自${where.zh}“${mention.source}”：24时即 ${mention.endOfDay.written} 当天结束，自 ${mention.date} 起生效`,
      `in force from ${where.en} "${mention.source}": 24时 is the end of ${mention.endOfDay.written}, so the change holds from ${mention.date}`);
  }
  return bilingual(`生效时间取自${where.zh}“${mention.source}”`, `in force from ${where.en} "${mention.source}"`);
}

/** The chain of a listed place: parents written before the list and in the item, the item's core as the leaf. */
function itemChain(item: NoticeItem, ctx: PlaceContext): Chain {
  const phrase = `${item.parents}${item.core}`;
  const found = attachParents(extractPlaces(phrase, ctx), phrase);
  const whole = found.find((m) => m.end === phrase.length);
  const parents = chainOf(found.filter((m) => m.end <= item.parents.length).flatMap((m) => m.pieces).concat({ text: item.core, level: 'compound' }));
  if (!whole) return parents;
  const own = chainOf(whole.pieces);
  // The leaf is the item's core as written (新华街云翠园, not a fragment the head-word reader found inside it).
  return {
    city: own.city ?? parents.city, county: own.county ?? parents.county, township: own.township ?? parents.township, village: own.village ?? parents.village,
    leaf: own.leaf.text === item.core || own.leaf.text.endsWith(item.core) ? own.leaf : { text: item.core, level: own.leaf.level === 'village' ? 'village' : 'compound' },
  };
}

function countWarnings(section: NoticeSection): LocalizedText[] {
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
  const reading: NoticeReading = { candidates: [], warnings: [], consumedLines: new Set(), consumedPassages: [], unplaced: [] };
  if (sections.length === 0) return reading;
  const dates = datesInOrder(text, year);
  for (const section of sections) {
    section.lines.forEach((l) => reading.consumedLines.add(l));
    if (section.inline) reading.consumedPassages.push(section.inline);
    reading.warnings.push(...countWarnings(section));
    const dated = sectionDate(section, dates);
    if (!dated) {
      reading.warnings.push(bilingual(`通告“${excerpt(section.heading, 40)}”及其前文没有日期，所列地点未起草`, `no date in or before the notice heading "${excerpt(section.heading, 40)}"; its places are not drafted`));
      continue;
    }
    const { mention, own } = dated;
    const ref = { order: section.order, heading: section.heading, ...(section.count !== undefined ? { count: section.count } : {}) };
    for (const item of section.items) {
      const chain = itemChain(item, ctx);
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
