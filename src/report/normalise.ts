/**
 * Report text normalisation, shared by the curated reports (scripts/prepare-reports.ts) and `npm run ingest`.
 * Pure: string in, string out.
 */

/** Line endings to LF, trailing whitespace removed, runs of blank lines folded to one, BOM dropped. */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

export interface NormaliseOptions {
  /** Undo the mojibake seen in seed 001: pinyin annotations, doubled punctuation, broken byte pairs; then to Simplified. */
  repairMojibake: boolean;
}

export function normaliseReport(text: string, options: NormaliseOptions): string {
  const cleaned = options.repairMojibake ? repairMojibake(text) : text;
  return normaliseWhitespace(cleaned);
}

/** Placeholder until the seed-001 repair lands (tracked in the foundation issue). */
export function repairMojibake(text: string): string {
  return text;
}
