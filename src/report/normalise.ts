/**
 * Report text normalisation, shared by the curated reports (scripts/prepare-reports.ts) and `npm run ingest`.
 * Pure: string in, string out.
 */
import * as OpenCC from 'opencc-js';

/** Line endings to LF, trailing whitespace removed, runs of blank lines folded to one, BOM dropped. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

export interface NormaliseOptions {
  /** Undo the mojibake seen in seed 001: pinyin annotations, doubled punctuation, broken byte pairs; then to Simplified. */
  repairMojibake: boolean;
}

export function normaliseReport(text: string, options: NormaliseOptions): string {
  const cleaned = options.repairMojibake ? repairMojibake(text) : text;
  return normaliseWhitespace(cleaned);
}

/**
 * Visible placeholder for an unreadable passage (one per passage, whatever its original length).
 * Never a guessed character; list every occurrence in the report's notes file.
 */
export const UNREADABLE = '〔?〕';

/* ---------------------------------------------------------------------------------------------------------
 * Rules of repairMojibake, in the order they run (each rule is general, none names a sentence of a report):
 *
 * 1. Unreadable runs → UNREADABLE. The damage is GBK bytes decoded one byte out of step after a lost byte:
 *    a lost byte shows up as U+FFFD or as a half-width "?" touching a non-ASCII character; after it come
 *    valid-looking but meaningless Han characters (each made of the trail byte of one character and the lead
 *    byte of the next) until an ASCII byte puts the decoder back in step — that ASCII letter/":"/"@" is the
 *    trail byte of the last damaged character. A run is: optional half-width commas (the punctuation prefix
 *    of rule 3 whose mark was lost), a seed (U+FFFD or such a "?"), then any chain of
 *    [,!;:?]* followed by a seed, a pinyin remnant whose "(" was lost ("cái)"), or a stretch of at most 12
 *    Han/kana characters that ends in ASCII letters/":"/"@" or runs into the next seed.
 *    The characters are NOT restored: re-aligning the bytes (iconv-lite, GBK, one byte shifted) reads some
 *    runs plausibly but needs at least one lost byte per run, and in one run of seed 001 it yields a wrong
 *    but ordinary character (貌 for 名共, two bytes lost mid-run), so byte re-alignment is not unambiguous
 *    and is only reported in the notes, never applied here.
 * 2. Pinyin annotations: "(" + one pinyin syllable with a tone mark (or a tone digit 1–5) + ")" right after
 *    a Han character (or after an UNREADABLE marker that swallowed its character) is removed. Parentheses
 *    holding Han text, capitals, digits, several words or untoned Latin ("(港航)", "(KN95)", "(app)") stay.
 * 3. Doubled punctuation: the damaged text prefixes every full-width mark with a half-width comma
 *    (",,"  ",。"  ",、"  ",;"  ",!"  ",?"  ",:"). The comma is the artefact and the SECOND mark is the
 *    intended one: ",。" closes sentences and ",、" separates list items where a comma cannot also stand;
 *    ",," is one comma. So the leading comma is dropped and the second mark kept (made full-width by rule 4).
 * 4. Half-width , ; ! ? : after a CJK character or CJK closing punctuation (”’》」）〕), or between CJK
 *    characters, become full-width ，；！？：. Convention: the repaired report uses full-width marks
 *    throughout (its 。、“” were full-width already, so mixing in half-width commas would be inconsistent).
 *    The other reports (anyang, heze…) are not repaired and keep the half-width commas of their seeds;
 *    quotes are compared per report, so each report only needs to be consistent with itself.
 * 5. Traditional → Simplified with OpenCC `{ from: 'tw', to: 'cn' }` (tw2s). Compared on seed 001: 'tw' gives
 *    沉着 / 保持着 (mainland usage); 't', 'hk' and 'hkp' leave 沉著 / 保持著; 'twp' applies Taiwan phrase
 *    mappings that corrupt mainland wording (建立→创建, 新增→添加). The damaged text is a mainland article
 *    pushed through a character converter, so character-level tw2s is the right inverse.
 *
 * Idempotent: the output contains no U+FFFD, no "?" outside the marker, no tone-marked annotation, no
 * half-width punctuation next to CJK, and no Traditional characters, so a second pass changes nothing.
 * ------------------------------------------------------------------------------------------------------- */

const HAN = '\\p{Script=Han}';
const CJK = `${HAN}\\u3040-\\u30ff`;
/** Pinyin letters incl. tone-marked vowels and ü. */
const PINYIN_LETTER = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ';
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

/**
 * Lost byte: U+FFFD, or a half-width "?" right after a non-ASCII character and followed by another non-ASCII
 * character or a lower-case letter (a pinyin remnant or a trail byte). A sentence-final "吗?" is not a seed
 * (rule 4 makes it "？"), nor is the "?" of our own marker.
 */
const SEED = `(?:\\uFFFD|(?<=[^\\x00-\\x7f〔])\\?(?=[^\\x00-\\x7f〕]|[a-z]))`;
const PINYIN_REMNANT = `[${PINYIN_LETTER}]{1,6}\\)`;
const MISALIGNED = `[${CJK}\\uFF61-\\uFF9F]{1,12}(?:[A-Za-z@:]{1,3}|(?=\\uFFFD))`;
const STRAY_TRAIL = '\\?[A-Za-z@]{1,3}';
const UNREADABLE_RUN = new RegExp(`,*${SEED}(?:[,!;:]*(?:${SEED}|${STRAY_TRAIL}|${PINYIN_REMNANT}|${MISALIGNED}))*`, 'gu');

/** "(guān)" / "(zhen4)": one syllable, lower case, with a tone mark or a tone digit. */
const ANNOTATION = new RegExp(
  `(?<=[${HAN}]|${UNREADABLE.replace(/[?]/g, '\\?')})\\((?=[${PINYIN_LETTER}]*[${TONED}]|[${PINYIN_LETTER}]+[1-5]\\))[${PINYIN_LETTER}]{1,6}[1-5]?\\)`,
  'gu',
);

const DOUBLED_PUNCT = /,(?=[,，。、;；!！?？:：])/g;

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', ':': '：' };
const CJK_BEFORE = `[${CJK}\\u3001\\u3002\\u201d\\u2019\\u300b\\u300d\\uff09\\u3015]`;
const HALF_WIDTH_AFTER_CJK = new RegExp(`(?<=${CJK_BEFORE})[,;!?:](?!〕)`, 'gu');
const HALF_WIDTH_BEFORE_CJK = new RegExp(`[,;!](?=[${CJK}\\u201c\\u2018\\u300a])`, 'gu');

let toSimplified: ((s: string) => string) | undefined;
function traditionalToSimplified(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

/** Undo the seed-001 style damage (see the rules above). Line structure is kept: no rule crosses a newline. */
export function repairMojibake(text: string): string {
  return traditionalToSimplified(
    text
      .replace(UNREADABLE_RUN, UNREADABLE)
      .replace(ANNOTATION, '')
      .replace(DOUBLED_PUNCT, '')
      .replace(HALF_WIDTH_AFTER_CJK, (m) => FULL_WIDTH[m])
      .replace(HALF_WIDTH_BEFORE_CJK, (m) => FULL_WIDTH[m]),
  );
}
