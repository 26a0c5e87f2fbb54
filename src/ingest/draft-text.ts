/**
 * The drafting tool writes its notes, flags and evidence in English only; the data contract wants every reader-facing
 * text in zh and en. A draft's text gets a Chinese placeholder that says so (never English in the zh field), and
 * `npm run validate` refuses a curated file that still holds one: the reviewer translates it.
 */
import { UNTRANSLATED_ZH, type LocalizedText } from '../data/schema';

export function draftText(en: string): LocalizedText {
  return { zh: UNTRANSLATED_ZH, en };
}
