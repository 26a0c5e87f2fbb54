/**
 * Bytes → text for `npm run ingest`: detect the encoding (UTF-8, UTF-16 with or without a byte-order mark, or
 * GB18030/GBK), refuse empty, binary and oversized input and text in any other encoding, and tell whether the text
 * needs the project's mojibake/Traditional repair. Pure: bytes in, result out.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { LocalizedText } from '../data/schema';
import { chineseWordShare } from './segmenter';
import { bilingual } from './texts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** How the encoding was decided, for the terminal (en) and the draft's notes ("valid UTF-8", "BOM", "not UTF-8; GB18030 decodes cleanly"). */
  evidence: LocalizedText;
}

export class InputError extends Error {}

/** A news report is tens of kB; 5 MB is a book or a wrong file, and reading it would take minutes. */
export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** Below this share of Han characters in dictionary words, a GB18030 or UTF-16 reading is not Chinese text. */
const MIN_WORD_SHARE = 0.2;

export function tooLarge(size: number): string | undefined {
  if (size <= MAX_REPORT_BYTES) return undefined;
  return `the file is ${(size / 1024 / 1024).toFixed(1)} MB; reports over ${MAX_REPORT_BYTES / 1024 / 1024} MB are refused (a news report is a few tens of kB): split it or check that it is the right file`;
}

/**
 * Binary if it has NUL bytes (no Chinese text encoding but UTF-16 produces them) or many C0 control bytes.
 * Checking only a prefix keeps this cheap on large inputs.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/** UTF-16 without a BOM: NUL bytes (the high byte of ASCII characters) almost all at odd (LE) or even (BE) offsets. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, 8192);
  let even = 0;
  let odd = 0;
  sample.forEach((b, i) => { if (b === 0) { if (i % 2 === 0) even += 1; else odd += 1; } });
  if (odd > 0 && even <= odd * 0.02) return 'utf-16le';
  if (even > 0 && odd <= even * 0.02) return 'utf-16be';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    // fatal: any invalid sequence (or a lone surrogate in UTF-16) throws.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined; // not valid in this encoding: the caller tries the next one
  }
}

const UNKNOWN = 'the file is not text in an encoding the tool reads (UTF-8, UTF-16, GB18030/GBK)';

export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty');
  const size = tooLarge(bytes.length);
  if (size) throw new InputError(size);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    if (text === undefined) throw new InputError(`${UNKNOWN}: it starts with a UTF-8 byte-order mark but is not valid UTF-8`);
    return { text, encoding: 'utf-8', evidence: bilingual('有 UTF-8 字节顺序标记', 'UTF-8 byte-order mark') };
  }
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  const utf16 = bom16 ?? utf16Guess(bytes);
  if (utf16) {
    const text = decodeStrict(bytes.subarray(bom16 ? 2 : 0), utf16);
    if (text !== undefined && (bom16 || chineseWordShare(text) >= MIN_WORD_SHARE)) {
      const evidence = bom16
        ? bilingual(`有 ${utf16.toUpperCase()} 字节顺序标记`, `${utf16.toUpperCase()} byte-order mark`)
        : bilingual(`无字节顺序标记；空字节都在${utf16 === 'utf-16le' ? '奇数' : '偶数'}位置，解码后是通顺的中文`, `no byte-order mark; NUL bytes at ${utf16 === 'utf-16le' ? 'odd' : 'even'} offsets and the text reads as Chinese`);
      return { text, encoding: utf16, evidence };
    }
  }
  if (looksBinary(bytes)) throw new InputError('the file looks binary (NUL or control bytes), not a text report');
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', evidence: bilingual('是有效的 UTF-8', 'valid UTF-8') };
  // GB18030 maps almost every byte sequence to some character, so a clean decoding proves little: Big5, Shift_JIS
  // or EUC-KR bytes come out as valid characters that form no Chinese words.
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (text.includes('\uFFFD')) throw new InputError(`${UNKNOWN}: not valid UTF-8, and invalid byte sequences as GB18030; convert it to UTF-8 first (e.g. iconv -f BIG5 -t UTF-8)`);
  const share = chineseWordShare(text);
  if (share < MIN_WORD_SHARE) {
    throw new InputError(`${UNKNOWN}: not valid UTF-8, and read as GB18030 only ${Math.round(share * 100)} % of its Han characters form Chinese words (Chinese text: ~80 %); it may be Big5, Shift_JIS or another encoding: convert it to UTF-8 first (e.g. iconv -f BIG5 -t UTF-8)`);
  }
  const percent = Math.round(share * 100);
  return {
    text, encoding: 'gb18030',
    evidence: bilingual(`不是有效的 UTF-8；按 GB18030（GBK 的超集）解码无误，${percent}% 的汉字组成中文词语`, `not valid UTF-8; decodes cleanly as GB18030 (a superset of GBK), ${percent} % of Han characters in Chinese words`),
  };
}

let toSimplified: ((s: string) => string) | undefined;

/** Share of Han characters that OpenCC changes from Traditional (Hong Kong/Taiwan forms) to Simplified. */
export function traditionalShare(text: string): number {
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  const han = [...text.slice(0, 20000)].filter((c) => /\p{Script=Han}/u.test(c));
  if (han.length === 0) return 0;
  const joined = han.join('');
  const converted = [...toSimplified(joined)];
  let changed = 0;
  han.forEach((c, i) => { if (converted[i] !== c) changed += 1; });
  return changed / han.length;
}

/** Pinyin annotations after a character, as in seed 001: 關(guān), 鎮(zhèn). */
const PINYIN_ANNOTATION = /\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/gu;

export function looksAnnotated(text: string): boolean {
  return (text.match(PINYIN_ANNOTATION) ?? []).length >= 3;
}

/** Simplified text has a small share of "changed" characters from OpenCC's variant tables; real Traditional ≫ 5 %. */
export function needsRepair(text: string): { repair: boolean; why: LocalizedText } {
  const share = traditionalShare(text);
  if (share > 0.05) return { repair: true, why: bilingual(`有繁体字（占汉字的 ${Math.round(share * 100)}%）`, `Traditional characters (${Math.round(share * 100)} % of Han)`) };
  if (looksAnnotated(text)) return { repair: true, why: bilingual('汉字后带拼音注音', 'pinyin annotations after characters') };
  return { repair: false, why: bilingual('简体，无注音', 'Simplified, no annotations') };
}
