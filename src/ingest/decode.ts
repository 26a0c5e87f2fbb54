/**
 * Bytes → text for `npm run ingest`: detect the encoding (UTF-8 or GB18030/GBK), refuse binary files, and tell
 * whether the text needs the project's mojibake/Traditional repair. Pure: bytes in, result out.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

export type Encoding = 'utf-8' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** How the encoding was decided, for the terminal ("valid UTF-8", "BOM", "not UTF-8; GB18030 decodes cleanly"). */
  evidence: string;
}

export class InputError extends Error {}

/**
 * Binary if it has NUL bytes (no Chinese text encoding produces them) or many C0 control bytes.
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

export function decodeReport(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (looksBinary(bytes)) throw new InputError('the file looks binary (NUL or control bytes), not a text report');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', evidence: 'UTF-8 byte-order mark' };
  }
  try {
    // fatal: any invalid sequence throws, and GBK text is almost never valid UTF-8 beyond a few bytes.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', evidence: 'valid UTF-8' };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), 'gb18030');
    // GB18030 maps every byte sequence somewhere; a replacement char or few Han characters means it is neither.
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    if (text.includes('\uFFFD') || han < text.replace(/\s/g, '').length * 0.2) {
      throw new InputError('the file is neither valid UTF-8 nor GB18030/GBK Chinese text');
    }
    return { text, encoding: 'gb18030', evidence: 'not valid UTF-8; decodes cleanly as GB18030 (a superset of GBK)' };
  }
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
export function needsRepair(text: string): { repair: boolean; why: string } {
  const share = traditionalShare(text);
  if (share > 0.05) return { repair: true, why: `Traditional characters (${Math.round(share * 100)} % of Han)` };
  if (looksAnnotated(text)) return { repair: true, why: 'pinyin annotations after characters' };
  return { repair: false, why: 'Simplified, no annotations' };
}
