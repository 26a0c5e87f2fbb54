/**
 * The texts a draft shows its reviewer and, once accepted, its readers (notes, flags, reasons, evidence) are
 * written in Simplified Chinese and English at once (`LocalizedText`, src/data/schema.ts). Place names and quoted
 * passages stay Chinese in both.
 */
import type { LocalizedText } from '../data/schema';

export type { LocalizedText };

/** A text for readers in both languages. */
export const bilingual = (zh: string, en: string): LocalizedText => ({ zh, en });

/** Several texts as one, each language joined with its own separator (zh '；', en '; '). */
export function joinTexts(texts: ReadonlyArray<LocalizedText | undefined>): LocalizedText | undefined {
  const present = texts.filter((t): t is LocalizedText => t !== undefined);
  if (present.length === 0) return undefined;
  return { zh: present.map((t) => t.zh).join('；'), en: present.map((t) => t.en).join('; ') };
}

/** The first characters of a passage, for a text that points at it ("…" when cut). */
export const excerpt = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length)}…` : text);
