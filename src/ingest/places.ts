/**
 * Place extraction: finds place names by their head word (村, 社区, 小区, 街道, 镇, 乡, 县, 区, 中学, 医院,
 * 隔离点, 收费站, 检测点…) and finds where the name starts with the jieba segmenter (a name runs left over
 * noun-like tokens and stops at verbs, prepositions, pronouns and generic words). The phrase is then split into
 * its admin chain (县 → 镇/乡/街道 → 村/社区 → 小区 → site).
 */
import {
  DEV_ZONE, FACILITY_MODIFIERS, ROAD_NUMBER, GENERIC, LEVELS, LOCATIVE_TAIL, NAMEISH, SERVICE_HEAD, SERVICE_NAME, STOP_STEM_CHARS, STOP_WORDS, SUFFIXES,
  type Level, type SiteType, type Suffix,
} from './place-words';
import { segmenter } from './segmenter';

export { LEVELS, type Level, type SiteType } from './place-words';

export interface Piece { text: string; level: Level; site?: SiteType }

export interface PlaceMention {
  /** The whole phrase as written, e.g. 汤阴县古贤镇大朱庄村. */
  text: string;
  start: number;
  end: number;
  pieces: Piece[];
}

export interface PlaceContext {
  /** County-level names anywhere in China (汤阴县, 额济纳旗, 江阴市, 朝阳区), full names. */
  counties: ReadonlySet<string>;
  /** Prefecture-level names anywhere in China (安阳市, 阿拉善盟, 伊犁哈萨克自治州), municipalities included. */
  prefectures: ReadonlySet<string>;
  /** The report's own prefecture, full and short (衢州市, 衢州): only its short name stands for a city. */
  cityNames: ReadonlySet<string>;
  /** Township names of the report's area (宛平城地区, 马鬃山苏木): townships whatever their head word. */
  townships?: ReadonlySet<string>;
  /** Other names known in the area (villages of the national list, names the report writes with their parents). */
  known?: ReadonlySet<string>;
}

interface Token { word: string; tag: string; start: number; end: number }

/**
 * jieba's tokens, with every known name written in the sentence (a county, prefecture, township or village of the
 * national lists) made one token: jieba cuts unknown names at words it knows (西乡/塘区, 达来/呼布镇), and a place
 * name must never be split off a longer known name.
 */
function tokenize(sentence: string, known: Span[]): Token[] {
  let at = 0;
  const tokens: Token[] = segmenter().tag(sentence, true).map(({ word, tag }) => {
    const token = { word, tag, start: at, end: at + word.length };
    at += word.length;
    return token;
  });
  if (known.length === 0) return tokens;
  const cuts = new Set(known.flatMap((k) => [k.start, k.end]));
  const out: Token[] = [];
  for (const t of tokens) {
    // Cut the token at every span boundary inside it; a part inside a span becomes (once) the span's token.
    let from = t.start;
    for (let i = t.start + 1; i <= t.end; i += 1) {
      if (i < t.end && !cuts.has(i)) continue;
      const span = known.find((k) => k.start <= from && i <= k.end);
      if (span) {
        if (!out.some((o) => o.start === span.start)) out.push({ word: sentence.slice(span.start, span.end), tag: 'ns', start: span.start, end: span.end });
      } else {
        out.push(from === t.start && i === t.end ? t : { word: sentence.slice(from, i), tag: 'x', start: from, end: i });
      }
      from = i;
    }
  }
  return out;
}

interface Span { start: number; end: number }

/** Occurrences of known names in the sentence, left to right, the longest at each position. */
export function knownSpans(sentence: string, ctx: PlaceContext): Span[] {
  const sets = [ctx.counties, ctx.prefectures, ctx.townships, ctx.known].filter((x): x is ReadonlySet<string> => x !== undefined);
  const out: Span[] = [];
  for (let at = 0; at < sentence.length;) {
    let length = Math.min(14, sentence.length - at);
    while (length >= 3 && !sets.some((set) => set.has(sentence.slice(at, at + length)))) length -= 1;
    if (length >= 3) { out.push({ start: at, end: at + length }); at += length; } else at += 1;
  }
  return out;
}

const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s);

function suffixAt(text: string, end: number): Suffix | undefined {
  return SUFFIXES.find((s) => end - s.suffix.length >= 0 && text.startsWith(s.suffix, end - s.suffix.length));
}

/** Is `piece` (text ending in a head word) a plausible place, and of which level? */
export function validPiece(piece: string, suffix: Suffix, ctx: PlaceContext): Level | undefined {
  const stem = piece.slice(0, piece.length - suffix.suffix.length);
  if (GENERIC.has(piece) || stem.length === 0 || STOP_WORDS.has(stem)) return undefined;
  // 各乡镇, 全社区, 该小区: a determiner before a generic noun.
  if (/^[各全该本每此其诸]/u.test(piece) && (GENERIC.has(piece.slice(1)) || stem.length === 1)) return undefined;
  if (stem.length === 1 && STOP_STEM_CHARS.test(stem)) return undefined;
  if (SERVICE_HEAD.test(suffix.suffix) && !SERVICE_NAME.test(piece)) return undefined;
  if (ctx.townships?.has(piece)) return 'township';
  if (suffix.suffix === '号') return ROAD_NUMBER.test(piece) ? 'compound' : undefined;
  if (suffix.level !== 'county' && suffix.level !== 'city') return suffix.level;
  if (ctx.cityNames.has(piece) || ctx.prefectures.has(piece)) return 'city';
  if (ctx.counties.has(piece) || (suffix.suffix === '区' && DEV_ZONE.test(piece))) return 'county';
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
  const spans = knownSpans(sentence, ctx);
  const tokens = tokenize(sentence, spans);
  const tokenAt = (i: number) => tokens.find((t) => t.start <= i && i < t.end);
  const found: PlaceMention[] = [];
  for (let end = sentence.length; end > 0; end -= 1) {
    const suffix = suffixAt(sentence, end);
    if (!suffix) continue;
    // A head inside a known name (乡 of 西乡塘区) is not a head.
    if (spans.some((k) => k.start < end && end < k.end)) continue;
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
      // A house number after a road (北湖北路15号小区, 万泉寺东路9号院) is part of a compound's name.
      const houseNumber = token.tag === 'm' && /^(\d{1,4}|号)$/u.test(word) && /(路|街|道|巷|弄|里)\d{1,4}号?$/u.test(sentence.slice(0, start));
      // A name right after its township (东局子街道奋斗社区, jieba: 奋斗/v) is a name whatever jieba makes of it.
      const tokenStart = token.start;
      const afterParent = start === headStart && word.length >= 2 && (suffix.level === 'village' || suffix.level === 'compound')
        && spans.some((k) => k.end === tokenStart) && /(街道|镇|乡|苏木)$/u.test(sentence.slice(0, tokenStart));
      // Chinese numerals start many names (六村乡, 七里村, 八里台镇); a count (一个, 两名) does not.
      const numeralName = token.tag === 'm' && /^第?[一二三四五六七八九十]+\p{Script=Han}*$/u.test(word) && !/[个名位处家所座条次人例批轮天日月年号层栋户]$/u.test(word);
      const nameish = (NAMEISH.test(token.tag) && (token.tag !== 'm' || numeralName)) || adjacentSiteVerb || innerLocative || houseNumber || afterParent;
      if ((!isHan(word) && !houseNumber) || STOP_WORDS.has(word) || STOP_WORDS.has(token.word) || !nameish) break;
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

/**
 * A place is never split off a longer known name. jieba cuts an unknown village name at a character it knows as a
 * word of its own (下垟村 → 下/垟/村, and 下 stops the name), so the extractor reads 垟村; when the text just before
 * the mention completes a known name (a village of the area's list, or a name the report writes elsewhere with its
 * parents), the mention takes the whole name. Up to six characters are added, never across another mention.
 */
export function keepWholeNames(mentions: PlaceMention[], sentence: string, isKnown: (name: string) => boolean): PlaceMention[] {
  return mentions.map((m, i) => {
    const floor = i > 0 ? mentions[i - 1].end : 0;
    const first = m.pieces[0];
    for (let k = Math.min(6, m.start - floor); k >= 1; k -= 1) {
      const prefix = sentence.slice(m.start - k, m.start);
      if (!isHan(prefix) || !isKnown(prefix + first.text)) continue;
      return { ...m, text: prefix + m.text, start: m.start - k, pieces: [{ ...first, text: prefix + first.text }, ...m.pieces.slice(1)] };
    }
    return m;
  });
}
