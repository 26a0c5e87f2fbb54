/** Pinyin read with pinyin-pro's dictionary: for Node (ingest, scripts, build) only; the browser reads tables written at build. */
import { pinyin } from 'pinyin-pro';
// With extensions: vite.config.ts loads this file (through build/division-pinyin.ts), and its config loader wants them.
import { pinyinNameOf } from './pinyin-name.ts';

/** "城关镇" → "Chengguan Zhen": toneless pinyin, administrative suffix split off, each word capitalised. */
export function toPinyinName(han: string): string {
  return pinyinNameOf(han, toPinyinSyllablesAsRead(han));
}

/** Plain toneless pinyin without spaces, for search ("chengguanzhen"). */
export function toPinyinKey(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
}

/** Toneless pinyin, one syllable per character ("金水区" → ["jin", "shui", "qu"]), for search by pinyin and initials. */
export function toPinyinSyllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase());
}

/** Toneless pinyin as pinyin-pro gives it, case kept (what src/data/pinyin-name.ts `pinyinNameOf` is given). */
export function toPinyinSyllablesAsRead(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
}
