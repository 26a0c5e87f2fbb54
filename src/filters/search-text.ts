/**
 * Search text as a place's key and a reader's query are compared: lower case, no spaces or apostrophes, no tone
 * marks ("yángkǒng" → "yangkong", "lǜ" → "lu"), and Traditional characters as Simplified ("楊孔" → "杨孔", OpenCC's
 * Traditional→Simplified phrase and character tables). The tables (~25 kB gzip) are loaded on first use of a query
 * with Chinese characters (`loadSimplifier`), not with the page; until then such a query is matched as typed.
 */
/** Traditional → Simplified (Mainland) text. */
export type Simplifier = (text: string) => string;

let loaded: Simplifier | null = null;
let loading: Promise<Simplifier> | null = null;

const HAN = /[\u3400-\u9fff]/;

/** Folds case, spacing and tone marks; for a key built from data (already Simplified). */
export function foldSearchText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s'’·]+/g, '');
}

/** True when `text` has Chinese characters, which the Traditional→Simplified tables may change. */
export const hasHan = (text: string): boolean => HAN.test(text);

/** Loads the Traditional→Simplified tables once. */
export function loadSimplifier(): Promise<Simplifier> {
  loading ??= Promise.all([import('opencc-js/core'), import('opencc-js/to/cn')]).then(([core, dicts]) => {
    loaded = core.ConverterFactory(dicts.default);
    return loaded;
  });
  return loading;
}

/** The tables if loaded already, else null. */
export const loadedSimplifier = (): Simplifier | null => loaded;

/** A reader's query: folded, and any Traditional characters made Simplified when `simplify` is given. */
export function normaliseQuery(text: string, simplify: Simplifier | null = loaded): string {
  const folded = foldSearchText(text);
  return simplify && hasHan(folded) ? simplify(folded) : folded;
}

/** Pinyin initials of a name's syllables ("yang kong cun" → "ykc"), so a reader may type them alone. */
export function initialsOf(syllables: readonly string[]): string {
  return syllables.map((s) => s.charAt(0)).join('');
}
