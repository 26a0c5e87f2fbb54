/**
 * Splits a report into sentences (the unit every drafted `quote` is taken from) and sentences into clauses
 * (the unit cue words are matched in). Offsets are kept so a place can be related to the cues around it.
 */

export interface Sentence {
  /** Verbatim text of the sentence as it stands in the normalised report (so it is a valid quote). */
  text: string;
  /** Paragraph (line) number, 0-based: a date carried from an earlier sentence never crosses a paragraph. */
  paragraph: number;
  index: number;
}

/** Sentence ends, keeping a closing quotation mark or bracket with the sentence it closes. */
const SENTENCE = /[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|$)/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  text.split('\n').forEach((line, paragraph) => {
    for (const match of line.matchAll(SENTENCE)) {
      const sentence = match[0].trim();
      // Four characters is the schema's minimum quote; shorter fragments carry no event anyway.
      if (sentence.length >= 4) out.push({ text: sentence, paragraph, index: out.length });
    }
  });
  return out;
}

export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** Clauses split at commas, colons and semicolons; the enumeration comma 、 keeps a list in one clause. */
export function splitClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= sentence.length; i += 1) {
    if (i === sentence.length || /[,，:：;；]/u.test(sentence[i])) {
      if (i > start) out.push({ text: sentence.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return out;
}
