/**
 * A draft from a normalised report: extraction (extract.ts: sentences → candidate events), the city-wide ending
 * of measures named only in undated sentences (city-end.ts), then assembly (assemble.ts: candidates → a
 * FeatureCollection every feature of which is `review: "pending"`).
 */
import type { LocalizedText } from '../data/schema';
import { assemble, type AssemblyInput, type Draft as Assembled } from './assemble';
import { endUndatedMeasures } from './city-end';
import { extractCandidates } from './extract';
import type { GeocodeSources } from './geocode';

import { bilingual } from './texts';

export type { SummaryRow } from './assemble';

/** The draft and what the reader found doubtful (also in the draft's notes), for the terminal. */
export interface Draft extends Assembled {
  warnings: LocalizedText[];
}

export interface DraftInput extends AssemblyInput {
  onProgress?: (done: number, total: number) => void;
}

export class NoContentError extends Error {}

/** `sources.area` is the area the draft is about (the same as `input.area`). */
export function draftOutbreak(input: DraftInput, sources: GeocodeSources): Draft {
  const found = extractCandidates(input.text, input.year.year, sources, input.onProgress);
  if (found.candidates.length === 0 && found.undated.length === 0) {
    throw new NoContentError(found.anyDates ? 'no places with a measure found in the text' : 'no dates found in the text');
  }
  const notes = [...(input.notes ?? []), ...found.warnings.map((w) => bilingual(`警告：${w.zh}。`, `Warning: ${w.en}.`))];
  return { ...assemble({ ...input, notes }, sources.gazetteer, endUndatedMeasures(found.candidates, found.undatedMeasures), found.undated, found.unplaced, sources.officialHistory), warnings: found.warnings };
}
