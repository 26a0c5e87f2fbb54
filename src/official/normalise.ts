/**
 * Address spellings of one official area differ from day to day ("艺苑小区 1 号楼" / "艺苑小区1号楼",
 * "曲江街道（新增）" / "曲江街道"). Two spellings are one area only when a named, tested rule below maps them to the
 * same key; there is no fuzzy matching. The key is internal: readers see the address as published.
 */

export interface NormaliseRule {
  code: string;
  /** What the rule does, for the merge report printed by `npm run official`. */
  description: string;
  apply: (text: string) => string;
}

const FULL_WIDTH: Record<string, string> = {
  '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '［': '[', '］': ']', '＃': '#', '＆': '&', '／': '/',
  '—': '-', '–': '-', '－': '-', '‐': '-', '―': '-',
};

/** Full-width digits and Latin letters (U+FF10..U+FF5A minus its punctuation) and the punctuation of FULL_WIDTH. */
const FULL_WIDTH_CHARS = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a${Object.keys(FULL_WIDTH).join('')}]`, 'gu');

// One replace over a character class, not a loop per character: the national view normalises every address once
// to find an area by its link key (src/official/area-key.ts), so this runs 174k times.
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH_CHARS, (char) => {
    const code = char.codePointAt(0) ?? 0;
    // Full-width digits and Latin letters sit 0xFEE0 above their ASCII forms.
    return code >= 0xff10 && code <= 0xff5a && !(char in FULL_WIDTH) ? String.fromCodePoint(code - 0xfee0) : FULL_WIDTH[char];
  });
}

/** Applied in this order; each later rule sees the output of the earlier ones. */
export const NORMALISE_RULES: readonly NormaliseRule[] = [
  {
    code: 'whitespace',
    description: 'drop all whitespace (ASCII spaces, tabs, U+3000 ideographic space)',
    apply: (text) => text.replace(/[\s\u3000]+/gu, ''),
  },
  {
    code: 'full-width',
    description: 'full-width digits, Latin letters and punctuation （）,：；－ and dashes — – to their ASCII forms',
    apply: halfWidth,
  },
  {
    code: 'new-marker',
    description: 'drop the "(新增)" (newly added) marker the lists append to a new entry',
    apply: (text) => text.replace(/\(新增\)/gu, ''),
  },
  {
    code: 'street-office',
    description: '"街道办事处" (sub-district office) and "街道" (sub-district) name the same unit: keep "街道"',
    apply: (text) => text.replace(/街道办事处/gu, '街道'),
  },
  {
    code: 'municipality-placeholder',
    description: 'after 北京市/天津市/上海市/重庆市, drop the placeholder prefecture "市辖区", "县" or the repeated city name',
    apply: (text) => text.replace(/^(北京市|天津市|上海市|重庆市)(?:市辖区|县|\1)/u, '$1'),
  },
  {
    code: 'directly-administered',
    description: 'drop the placeholder prefecture "省直辖县级行政单位" / "自治区直辖县级行政区划" before a directly administered county',
    apply: (text) => text.replace(/(省直辖县级行政单位|省直辖县级行政区划|自治区直辖县级行政区划)/u, ''),
  },
];

export interface NormalisedAddress {
  key: string;
  /** Codes of the rules that changed the text, in order. */
  applied: string[];
}

export function normaliseAddress(address: string): NormalisedAddress {
  let text = address;
  const applied: string[] = [];
  for (const rule of NORMALISE_RULES) {
    const next = rule.apply(text);
    if (next !== text) applied.push(rule.code);
    text = next;
  }
  return { key: text, applied };
}
