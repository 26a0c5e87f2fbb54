/**
 * The reader's language: Chinese by default, English on request. A leaf module, so model and map code can take it
 * without importing the URL layer (which reads it from `lang`).
 */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string | null): value is Language {
  return value === 'zh' || value === 'en';
}
