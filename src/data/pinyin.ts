import { pinyin } from 'pinyin-pro';

/** Longest first, so 小区 wins over 区. */
const ADMIN_SUFFIXES = ['自治区', '自治州', '自治县', '自治旗', '街道', '社区', '小区', '地区', '省', '县', '区', '市', '镇', '乡', '村', '盟', '旗'];

/** "城关镇" → "Chengguan Zhen": toneless pinyin, administrative suffix split off, each word capitalised. */
export function toPinyinName(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const suffix = ADMIN_SUFFIXES.find((s) => han.endsWith(s) && han.length > s.length);
  const stemCount = suffix ? syllables.length - suffix.length : syllables.length;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const stem = cap(syllables.slice(0, stemCount).join(''));
  return suffix ? `${stem} ${cap(syllables.slice(stemCount).join(''))}` : stem;
}

/** Plain toneless pinyin without spaces, for search ("chengguanzhen"). */
export function toPinyinKey(han: string): string {
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('').toLowerCase();
}

/** Toneless pinyin, one syllable per character ("金水区" → ["jin", "shui", "qu"]), for search by pinyin and initials. */
export function toPinyinSyllables(han: string): string[] {
  return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).map((s) => s.toLowerCase());
}
