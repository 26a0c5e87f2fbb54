/**
 * The lists of an official notice, read by their form (not their content):
 * - a section heading with its change and count: 一、高风险区降为中风险区（4个）, （二）中风险区降为低风险区 14个,
 *   三、解除封控：…; the lines under it, up to the next heading or the first line of prose, are its list;
 * - a group line in a section, with its parents and count: 东乡族自治县达板镇3个：上科妥村、拱北滩村、拱北滩社区;
 * - an inline list after a heading phrase: 兴庆区10个高风险区下调为中风险区，分别为裕民小区及四周商铺、…;
 *   （将）以下区域调整为低风险区：A、B、C.
 * Every item is kept as written (宇泰家园(不含C区), 裕民小区及四周商铺, 西湖社区山坪里) with the place it names
 * (`core`) and its qualifier apart, never cut into fragments. Counts are kept so the reader can check itself.
 */
import type { Status } from '../data/schema';
import { headerCue } from './classify';
import { parseNumber } from './dates';

export interface NoticeItem {
  /** As written, qualifiers included: the draft's feature name. */
  name: string;
  /** The place the item names, for geocoding: 宇泰家园 of 宇泰家园(不含C区), 西湖社区 of 西湖社区山坪里. */
  core: string;
  /** What the item adds to the place (不含C区, 及四周商铺, 山坪里), for the reviewer. */
  qualifier?: string;
  /** Parents written before the list (东乡族自治县达板镇 of 东乡族自治县达板镇3个：…, 兴庆区 of 兴庆区10个…). */
  parents: string;
  /** The line the item stands in, as written: the event's quote. */
  quote: string;
  line: number;
}

export interface NoticeGroup { label: string; count: number; items: number; line: string }

export interface NoticeSection {
  /** 1-based place of the section in the notice. */
  order: number;
  /** The heading line (or heading phrase of an inline list) as written. */
  heading: string;
  count?: number;
  status: Status;
  cue: string;
  /** Line (paragraph) of the heading; the section's date is read up to it. */
  line: number;
  /** Offset of the heading in the text. */
  at: number;
  items: NoticeItem[];
  groups: NoticeGroup[];
  /** Lines the section consumes (heading, list); `inline` marks the passage of an inline list within its line. */
  lines: number[];
  inline?: string;
  /** The heading restates a level in force (2个中风险地区继续实施管控, 仍为中风险区): no change, no event. */
  standing?: boolean;
}

const N = '\\d{1,4}|[一二两三四五六七八九十]{1,3}';
const ORDINAL = '(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[类部分]*[、：:]?)';
/** 一、高风险区降为中风险区（4个）[：items] */
const HEADING = new RegExp(`^\\s*${ORDINAL}\\s*(?<body>[^：:，,。]{2,40}?)\\s*(?:[（(]\\s*(?:共\\s*)?(?<n>${N})\\s*个[^)）]{0,6}[)）]|(?:共\\s*)?(?<n2>${N})\\s*个)?\\s*(?:[：:]\\s*(?<rest>.*))?[。；;]?\\s*$`, 'u');
/** 东乡族自治县达板镇3个：上科妥村、… or 达板镇（3个）：… or 兴庆区：… */
const GROUP = new RegExp(`^\\s*(?<label>[^：:，,。、]{0,30}?)\\s*(?:[（(]?\\s*(?:共\\s*)?(?<n>${N})\\s*个[)）]?)?\\s*[：:]\\s*(?<items>.+)$`, 'u');
/** 兴庆区10个高风险区下调为中风险区，分别为A、B… / 将以下区域调整为低风险区：A、B… */
const INLINE = /(?<phrase>[^，,。：:；;\n]{2,40}?)\s*(?:[，,]\s*(?:分别为|分别是|具体为|具体是|包括)\s*[：:]?|[：:]\s*)(?<items>[^。\n]+)/gu;
const COUNTED = new RegExp(`^(?<label>.*?)(?<n>${N})\\s*个(?<what>.*)$`, 'u');
/** Lines that end a list: the signature, a date line, the source, a closing formula. */
const STOP = /(指挥部|办公室|领导小组|委员会|人民政府|通告|公告|来源|编辑|责任编辑)\s*[：:]?\s*$|^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年|^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^(?:来源|编辑|责任编辑|发布时间|附件)/u;
/** A list line: an enumerator, then text without sentence punctuation in it. */
const ENUMERATOR = /^\s*(?:\d{1,3}|[（(]\d{1,3}[)）])\s*[、.．)）]?\s*/u;
/** A line of prose, not a list line: a comma or full stop inside it, an opening formula, a verb of the notice's closing. */
const PROSE = /[，,。](?!$)|^(?:请|各|广大|全体|如|凡|以上|上述|特此|根据|经|其余|其他|其它|全市|全县|全区)|保持|不变|继续|做好|落实|配合|遵守|要求/u;
/** A level restated, not changed: 继续实施管控, 仍为中风险区, 保持不变. */
const STANDING = /继续|仍为|仍是|仍然|保持|维持/u;
/** Heading words that make the group label a category, not parents (高风险区3个：). */
const CATEGORY = /(风险|封控|管控|防范|区域|地区)/u;

const countOf = (s: string | undefined) => (s === undefined ? undefined : parseNumber(s) ?? undefined);

/** Items of a list passage: split at 、；;，, never inside brackets; trailing 等/…/punctuation dropped. */
export function splitItems(passage: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of passage) {
    if (/[（(【[]/u.test(ch)) depth += 1;
    if (/[)）】\]]/u.test(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、；;，,]/u.test(ch)) { out.push(current); current = ''; } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.replace(ENUMERATOR, '').replace(/(?:等\s*\d+\s*个\p{Script=Han}{0,6}|等|…+|\.{3,}|[。.；;]+)$/u, '').trim()).filter((s) => /\p{Script=Han}{2}/u.test(s));
}

/** A hamlet or part after a community or village (西湖社区山坪里, 团结村二组, 勐龙沙社区南片区): short, or ending in 里/组/片/队/屯. */
const SUB_PLACE_HEAD = /^(.+?(?:社区|村委会|居委会|村|嘎查|小区))(\p{Script=Han}{1,3}|\p{Script=Han}{1,5}(?:里|组|片区|片|队|屯))$/u;

/** The place an item names and what it adds: (不含C区) → qualifier, 及四周商铺 → qualifier, 西湖社区山坪里 → 西湖社区 + 山坪里. */
export function readItem(name: string): Pick<NoticeItem, 'name' | 'core' | 'qualifier'> {
  const bracket = /^(?<before>.+?)\s*[（(](?<inside>[^)）]+)[)）](?<after>.*)$/u.exec(name);
  if (bracket?.groups) return { name, core: bracket.groups.before, qualifier: `${bracket.groups.inside}${bracket.groups.after}` };
  const along = /^(?<place>.{2,}?)(?<tail>(?:及|以及)\p{Script=Han}{1,10})$/u.exec(name);
  if (along?.groups) return { name, core: along.groups.place, qualifier: along.groups.tail };
  const sub = SUB_PLACE_HEAD.exec(name);
  // 西湖社区山坪里: a sub-place after a community or village; 一村二组 stays whole only when the tail is a head itself.
  if (sub && !/(村|社区|小区|镇|乡|街道)$/u.test(sub[2])) return { name, core: sub[1], qualifier: sub[2] };
  return { name, core: name };
}

function itemsOf(passage: string, parents: string, quote: string, line: number): NoticeItem[] {
  return splitItems(passage).map((name) => ({ ...readItem(name), parents, quote, line }));
}

interface Line { text: string; index: number; at: number }

/** The sections of a notice, in order; empty for a narrative report. */
export function readNoticeSections(text: string): NoticeSection[] {
  const lines: Line[] = [];
  let at = 0;
  text.split('\n').forEach((t, index) => { lines.push({ text: t, index, at }); at += t.length + 1; });
  const sections: NoticeSection[] = [];
  let current: NoticeSection | undefined;
  const close = () => { if (current && current.items.length) sections.push(current); current = undefined; };
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (!trimmed) continue;
    const heading = HEADING.exec(trimmed);
    const cue = heading?.groups && headerCue(heading.groups.body);
    if (heading?.groups && cue) {
      close();
      const { rest } = heading.groups;
      current = {
        ...(STANDING.test(heading.groups.body) ? { standing: true } : {}),
        order: sections.length + 1, heading: trimmed, count: countOf(heading.groups.n ?? heading.groups.n2), status: cue.status, cue: cue.cue,
        line: line.index, at: line.at + line.text.indexOf(trimmed), items: [], groups: [], lines: [line.index],
      };
      if (rest) current.items.push(...itemsOf(rest, '', trimmed, line.index));
      continue;
    }
    if (current) {
      if (STOP.test(trimmed)) { close(); continue; }
      const group = GROUP.exec(trimmed);
      if (group?.groups && !CATEGORY.test(group.groups.label) && !PROSE.test(group.groups.label)) {
        const items = itemsOf(group.groups.items, group.groups.label.trim(), trimmed, line.index);
        const count = countOf(group.groups.n);
        if (count !== undefined) current.groups.push({ label: group.groups.label.trim(), count, items: items.length, line: trimmed });
        current.items.push(...items);
        current.lines.push(line.index);
        continue;
      }
      const body = trimmed.replace(ENUMERATOR, '');
      if (!PROSE.test(body) && !headerCue(body.replace(/(风险)(区|地区)/gu, '')) && body.length <= 200) {
        current.items.push(...itemsOf(body, '', trimmed, line.index));
        current.lines.push(line.index);
        continue;
      }
      close();
    }
    for (const inline of inlineLists(trimmed, line, sections.length + 1)) sections.push(inline);
  }
  close();
  return sections.map((s, i) => ({ ...s, order: i + 1 }));
}

/** Inline lists of one line (兴庆区10个高风险区下调为中风险区，分别为A、B…). */
function inlineLists(trimmed: string, line: Line, order: number): NoticeSection[] {
  const out: NoticeSection[] = [];
  for (const m of trimmed.matchAll(INLINE)) {
    const g = m.groups!;
    const phrase = g.phrase.trim();
    const counted = COUNTED.exec(phrase)?.groups;
    const cue = headerCue(phrase);
    if (!cue) continue;
    const standing = STANDING.test(phrase);
    const label = (counted?.label ?? '').replace(/^(?:\d{1,2}月\d{1,2}日|将|把|自|从|对)+/u, '').replace(/(?:将|把)?(?:以下|如下|下列)?$/u, '');
    const items = itemsOf(g.items, headerCue(label) ? '' : label, m[0].trim(), line.index);
    const count = countOf(counted?.n);
    // A heading phrase names the change and stops; a list after it has at least two items or a count.
    if (items.length < 2 && count === undefined) continue;
    // The items must not themselves carry the change (A、B调整为低风险区 is narrative, read sentence by sentence).
    if (items.some((it) => headerCue(it.name))) continue;
    out.push({
      order: order + out.length, heading: phrase, count, status: cue.status, cue: cue.cue, line: line.index,
      at: line.at + line.text.indexOf(m[0]), items, groups: [], lines: [], inline: m[0].trim(), ...(standing ? { standing: true } : {}),
    });
  }
  return out;
}
