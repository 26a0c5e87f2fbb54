/**
 * Place extraction: finds place names by their head word (村, 社区, 小区, 街道, 镇, 乡, 县, 区, 中学, 医院,
 * 隔离点, 收费站, 检测点…) and finds where the name starts with the jieba segmenter (a name runs left over
 * noun-like tokens and stops at verbs, prepositions, pronouns and generic words). The phrase is then split into
 * its admin chain (县 → 镇/乡/街道 → 村/社区 → 小区 → site).
 */
import { segmenter } from './segmenter';

/** Admin depth of a piece; a chain must go strictly deeper from left to right. */
export const LEVELS = ['city', 'county', 'township', 'village', 'compound', 'site'] as const;
export type Level = (typeof LEVELS)[number];

export type SiteType = 'school' | 'hospital' | 'makeshift' | 'hotel' | 'quarantine' | 'checkpoint' | 'testing'
  | 'vaccination' | 'service' | 'command';

interface Suffix { suffix: string; level: Level; site?: SiteType }

/** Head words, longest first so 方舱医院 wins over 医院 and 小区 over 区. */
const SUFFIXES: Suffix[] = ([
  ['方舱医院', 'site', 'makeshift'], ['方舱', 'site', 'makeshift'], ['定点医院', 'site', 'hospital'],
  ['医院', 'site', 'hospital'], ['卫生院', 'site', 'hospital'], ['隔离酒店', 'site', 'quarantine'],
  ['隔离点', 'site', 'quarantine'], ['酒店', 'site', 'hotel'], ['宾馆', 'site', 'hotel'], ['饭店', 'site', 'hotel'],
  ['大学', 'site', 'school'], ['学院', 'site', 'school'], ['中学', 'site', 'school'], ['小学', 'site', 'school'],
  ['学校', 'site', 'school'], ['幼儿园', 'site', 'school'],
  ['收费站', 'site', 'checkpoint'], ['高速路口', 'site', 'checkpoint'], ['高速口', 'site', 'checkpoint'],
  ['服务区', 'site', 'checkpoint'], ['检查站', 'site', 'checkpoint'], ['卡口', 'site', 'checkpoint'],
  ['卡点', 'site', 'checkpoint'], ['查验点', 'site', 'checkpoint'],
  ['核酸检测点', 'site', 'testing'], ['核酸采样点', 'site', 'testing'], ['核酸检测现场', 'site', 'testing'],
  ['检测点', 'site', 'testing'], ['采样点', 'site', 'testing'], ['检测站', 'site', 'testing'],
  ['医学观察点', 'site', 'quarantine'], ['观察点', 'site', 'quarantine'],
  ['热线', 'site', 'service'], ['平台', 'site', 'service'], ['通道', 'site', 'checkpoint'],
  ['接种点', 'site', 'vaccination'], ['接种站', 'site', 'vaccination'], ['服务点', 'site', 'service'],
  ['值守点', 'site', 'service'], ['指挥部', 'site', 'command'],
  ['小区', 'compound'], ['花园', 'compound'], ['家园', 'compound'], ['公寓', 'compound'], ['新村', 'compound'],
  ['社区', 'village'], ['居委会', 'village'], ['村', 'village'],
  ['街道', 'township'], ['镇', 'township'], ['乡', 'township'],
  ['县', 'county'], ['区', 'county'], ['市', 'county'],
] as Array<[string, Level, SiteType?]>)
  .map(([suffix, level, site]) => ({ suffix, level, site }))
  .sort((a, b) => b.suffix.length - a.suffix.length);

/** Tags of tokens that can be part of a name: nouns, place/person/organisation names, unknown words, numerals. */
const NAMEISH = /^(n|nr|nrt|nrfg|ns|nt|nz|x|b|j|ng|s|a|m|l|zg|nr1)$/;
/** Words that precede places but are not part of them (jieba tags many as nouns). */
const STOP_WORDS = new Set(('全市 我市 本市 全区 全县 全省 全镇 全村 该 各 各个 所有 居民 群众 人员 工作人员 志愿者 干部 书记 主任 记者 '
  + '辖区 地区 区域 重点 周边 附近 集中 临时 指定 相关 其他 多个 部分 首个 这个 一个 等 及 与 和 在 将 对 于 从 到 为 '
  + '来自 位于 前往 进入 走出 返回 其中 同时 目前 其 我 本 此 该村 该镇 该区 该县 市民 村民 居民区 党员 家 有 是 新增 原 '
  + '市级 县级 区级 各级 省级 队员 人员 坐镇 区长 县长 市长 镇长 村长 乡长 '
  + '核酸 检测 疫情 防控 隔离 封控 管控 风险 中风险 高风险 低风险 密接 次密 感染者 病例 患者 阳性').split(' '));
/** A one-character stem that is a pronoun or verb (该村, 全镇, 进村), not a name. */
const STOP_STEM_CHARS = /^[该全本各每进返回入出在到驻留下此其我贵某邻同外市县区乡镇村小大老新名个位座处]$/u;
/** Whole phrases that are generic nouns, not names. */
const GENERIC = new Set('人民医院 附属医院 中医院 定点救治医院 救治医院 乡镇 城镇 村镇 农村 乡村 城乡 城区 市区 县城 社区 小区 街道 村庄 街区 园区 景区 校区 片区 山区 学校 医院 酒店 方舱 定点医院 方舱医院 隔离点 卡点 卡口 检测点 采样点 接种点 服务点 指挥部 观察点 医学观察点 通道 绿色通道 专用通道 特殊通道 高速口 收费站 城市 县市 市县 全县 全区 全市'.split(' '));
/** 区 is a district only when the gazetteer knows it or it is a development zone (not 封控区, 城区…). */
const DEV_ZONE = /(新区|示范区|开发区|高新区|经开区|高新技术产业开发区)$/u;
/**
 * 热线, 平台 and 通道 are facilities only as a help line / help platform (求助热线, 防疫民生求助云平台) or a way
 * out of the area (外出通道, 进出通道); 宣传平台, 绿色通道 (priority lanes in hospitals) are not places.
 */
const SERVICE_HEAD = /^(热线|平台|通道)$/u;
const SERVICE_NAME = /((求助|服务|咨询|热线)云?(热线|平台|通道)|(外出|进出|出入|出城|进城|离开)通道)$/u;
/** Words a facility's full name may carry between its place and its head word. */
const FACILITY_MODIFIERS = /^(疫情|防控|疫情防控|新冠|防疫)$/u;
/** After a head word, only a locative may follow inside the same token (区内, 村口); 村民/村庄 are other words. */
const LOCATIVE_TAIL = /^[内里中外旁边口前后]$/u;

export interface Piece { text: string; level: Level; site?: SiteType }

export interface PlaceMention {
  /** The whole phrase as written, e.g. 汤阴县古贤镇大朱庄村. */
  text: string;
  start: number;
  end: number;
  pieces: Piece[];
}

export interface PlaceContext {
  /** County/district names of the outbreak's city (e.g. 汤阴县), from the gazetteer. */
  counties: Set<string>;
  /** All county names in the gazetteer, to tell a county of another city from a zone. */
  allCounties: Set<string>;
  /** The outbreak's city with and without 市 (安阳市, 安阳). */
  cityNames: Set<string>;
}

interface Token { word: string; tag: string; start: number; end: number }

function tokenize(sentence: string): Token[] {
  let at = 0;
  return segmenter().tag(sentence, true).map(({ word, tag }) => {
    const token = { word, tag, start: at, end: at + word.length };
    at += word.length;
    return token;
  });
}

const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s);

function suffixAt(text: string, end: number): Suffix | undefined {
  return SUFFIXES.find((s) => end - s.suffix.length >= 0 && text.startsWith(s.suffix, end - s.suffix.length));
}

/** Is `piece` (text ending in a head word) a plausible place of that level? */
function validPiece(piece: string, suffix: Suffix, ctx: PlaceContext): Level | undefined {
  const stem = piece.slice(0, piece.length - suffix.suffix.length);
  if (GENERIC.has(piece) || stem.length === 0 || STOP_WORDS.has(stem)) return undefined;
  // 各乡镇, 全社区, 该小区: a determiner before a generic noun.
  if (/^[各全该本每此其诸]/u.test(piece) && (GENERIC.has(piece.slice(1)) || stem.length === 1)) return undefined;
  if (stem.length === 1 && STOP_STEM_CHARS.test(stem)) return undefined;
  if (SERVICE_HEAD.test(suffix.suffix) && !SERVICE_NAME.test(piece)) return undefined;
  if (suffix.level !== 'county') return suffix.level;
  if (ctx.cityNames.has(piece)) return 'city';
  if (ctx.counties.has(piece) || ctx.allCounties.has(piece) || DEV_ZONE.test(piece)) return 'county';
  if (suffix.suffix === '县' && stem.length <= 3 && !/[县市区镇乡村]/u.test(stem)) return 'county';
  return undefined;
}

/** More pieces is better; a piece starting with a head character (湖镇 + 镇星火村) is a worse reading than 湖镇镇 + 星火村. */
function chainScore(pieces: Piece[]): number {
  return pieces.length * 10 - pieces.filter((p) => /^[县区市镇乡村]/u.test(p.text)).length;
}

/** Splits a phrase into its admin chain; among valid splits, the one with most pieces wins. */
export function splitChain(phrase: string, ctx: PlaceContext): Piece[] | undefined {
  const best: Array<Piece[] | undefined> = new Array(phrase.length + 1).fill(undefined);
  best[0] = [];
  for (let end = 1; end <= phrase.length; end += 1) {
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      if (!before) continue;
      const piece = phrase.slice(start, end);
      const suffix = suffixAt(piece, piece.length);
      if (!suffix) continue;
      const level = validPiece(piece, suffix, ctx);
      if (!level) continue;
      const last = before[before.length - 1];
      if (last && LEVELS.indexOf(last.level) >= LEVELS.indexOf(level)) continue;
      const candidate = [...before, { text: piece, level, site: suffix.site }];
      if (!best[end] || chainScore(candidate) > chainScore(best[end]!)) best[end] = candidate;
    }
  }
  return best[phrase.length];
}

/** Every place phrase in a sentence, longest phrase kept where phrases overlap. */
export function extractPlaces(sentence: string, ctx: PlaceContext): PlaceMention[] {
  const tokens = tokenize(sentence);
  const tokenAt = (i: number) => tokens.find((t) => t.start <= i && i < t.end);
  const found: PlaceMention[] = [];
  for (let end = sentence.length; end > 0; end -= 1) {
    const suffix = suffixAt(sentence, end);
    if (!suffix) continue;
    const headStart = end - suffix.suffix.length;
    const tail = tokenAt(end - 1);
    // The head starts another dictionary word (村民, 村庄, 镇长): not a place. An unknown glue (村降/x) is fine.
    if (tail && tail.end > end && tail.start >= headStart && tail.tag !== 'x' && !LOCATIVE_TAIL.test(sentence.slice(end, tail.end))) continue;
    // Walk left over name-like tokens; the first token may straddle the head word (区内 → 小区).
    let start = headStart;
    let token = tokenAt(headStart - 1);
    // 石峰区疫情防控指挥部, 燕庄村疫情防控服务点: a facility may carry 疫情防控 between its place and its head;
    // the words are kept only when a real name stands before them (疫情防控指挥部 alone stays generic).
    let modifierRun = start;
    while (token && start - token.start <= 20) {
      const word = sentence.slice(token.start, Math.min(token.end, start));
      if (suffix.site && start === modifierRun && FACILITY_MODIFIERS.test(word)) {
        start = token.start;
        modifierRun = start;
        token = tokenAt(start - 1);
        continue;
      }
      // A school may be named with a verb (飞翔中学), a passage with its direction (外出通道, 进出通道);
      // a 隔离点 after a verb is generic (进驻隔离点).
      const adjacentSiteVerb = (start === headStart || sentence.slice(start, headStart) === '云') && token.tag.startsWith('v') && word.length === 2
        && (suffix.site === 'school' || (SERVICE_HEAD.test(suffix.suffix) && /^(求助|服务|咨询|外出|进出|出入|出城|进城|离开)$/u.test(word)));
      // Numerals only as Chinese numerals (六村乡); 8日/1点 are not part of names.
      // A one-character locative inside a name (大寺前社区, 桥东村) when a proper name stands before it.
      const before = tokenAt(token.start - 1);
      const innerLocative = token.tag === 'f' && /^[前后东西南北上下]$/u.test(word) && before !== undefined && /^(ns|nr|nz|nrt|n)$/.test(before.tag) && before.word.length >= 2;
      const nameish = (NAMEISH.test(token.tag) && (token.tag !== 'm' || /^第?[一二三四五六七八九十]+$/u.test(word))) || adjacentSiteVerb || innerLocative;
      if (!isHan(word) || STOP_WORDS.has(word) || STOP_WORDS.has(token.word) || !nameish) break;
      // A complete place of the same or a deeper level is a neighbour, not a parent (滑县内黄县).
      const own = suffixAt(word, word.length);
      const ownLevel = own && validPiece(word, own, ctx);
      if (ownLevel && LEVELS.indexOf(ownLevel) >= LEVELS.indexOf(suffix.level)) break;
      start = token.start;
      token = tokenAt(start - 1);
    }
    if (start === modifierRun && modifierRun < headStart) start = headStart;
    let phrase = sentence.slice(start, end);
    let pieces = splitChain(phrase, ctx);
    // A word jieba reads as a verb or adverb may be the stem of a township (马上乡, 六村乡): take it when the
    // longer phrase splits into more admin pieces than without it.
    while (token && isHan(token.word) && !STOP_WORDS.has(token.word) && token.end === start && pieces) {
      const longer = splitChain(sentence.slice(token.start, end), ctx);
      if (!longer || longer.length <= pieces.length) break;
      start = token.start;
      phrase = sentence.slice(start, end);
      pieces = longer;
      token = tokenAt(start - 1);
    }
    // Leading tokens that make the phrase unsplittable (a generic word jieba merged) are dropped, whole tokens only.
    while (!pieces && start < headStart) {
      const first = tokenAt(start);
      start = Math.min(first ? first.end : start + 1, headStart);
      phrase = sentence.slice(start, end);
      pieces = start < headStart ? splitChain(phrase, ctx) : undefined;
    }
    if (!pieces || pieces.length === 0) continue;
    // A leading fragment jieba could not place (封/控区 + 常山县…) may hide the admin chain inside a long
    // township piece: drop leading tokens while that gives strictly more admin pieces.
    for (let t = tokenAt(start); t && t.end < headStart; t = tokenAt(t.end)) {
      const shorter = splitChain(sentence.slice(t.end, end), ctx);
      if (shorter && shorter.length > pieces.length) { start = t.end; phrase = sentence.slice(start, end); pieces = shorter; }
    }
    // jieba sometimes glues a preposition to an unknown name (将龙洲 街道): drop it when the chain survives.
    if (/^[将在对于把从到与和及至向被让由经]/u.test(phrase)) {
      const shorter = splitChain(phrase.slice(1), ctx);
      if (shorter && shorter.length >= pieces.length) { phrase = phrase.slice(1); start += 1; pieces = shorter; }
    }
    found.push({ text: phrase, start, end, pieces });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

/** 文峰区(高新区)峨眉街道致中苑小区: a place directly after a higher-level one (or its bracket) is inside it. */
export function attachParents(mentions: PlaceMention[], sentence: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    // An alias in brackets right after a place (文峰区(高新区)) names the same place again.
    if (prev && /^[(（]$/u.test(sentence.slice(prev.end, m.start)) && /^[)）]/u.test(sentence.slice(m.end))) continue;
    const gap = prev ? sentence.slice(prev.end, m.start) : '';
    const prevLast = prev?.pieces[prev.pieces.length - 1];
    if (prev && prevLast && /^\s*([(（][^()（）]{0,12}[)）])?\s*$/u.test(gap)
      && LEVELS.indexOf(prevLast.level) < LEVELS.indexOf(m.pieces[0].level)) {
      out[out.length - 1] = { text: prev.text + m.text, start: prev.start, end: m.end, pieces: [...prev.pieces, ...m.pieces] };
    } else out.push(m);
  }
  return out;
}
