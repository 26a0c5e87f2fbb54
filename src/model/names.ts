/**
 * How names and curator texts read in each interface language: Chinese names everywhere, with their pinyin beside
 * them in English; a flag, note or evidence in the interface's language only.
 */
import type { LocalizedText, Outbreak } from '../data/schema';
import type { Language } from '../core/language';

export function placeLabel({ name, nameEn }: { name: string; nameEn: string }, lang: Language): string {
  return lang === 'en' ? `${nameEn} · ${name}` : name;
}

export function outbreakTitle(outbreak: Pick<Outbreak, 'title' | 'titleEn'>, lang: Language): string {
  return lang === 'en' ? outbreak.titleEn : outbreak.title;
}

/** The curator text (flag, note, evidence) in the interface's language. */
export function localized(text: LocalizedText, lang: Language): string {
  return text[lang];
}
