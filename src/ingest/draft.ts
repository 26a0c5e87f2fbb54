/**
 * A draft from a normalised report: extraction (extract.ts: sentences → candidate events), the city-wide ending
 * of measures named only in undated sentences (city-end.ts), then assembly (assemble.ts: candidates → a
 * FeatureCollection every feature of which is `review: "pending"`).
 */
import type { Gazetteer } from '../data/gazetteer';
import { assemble, type AssemblyInput, type Draft } from './assemble';
import { endUndatedMeasures } from './city-end';
import { extractCandidates } from './extract';

export type { Draft, SummaryRow } from './assemble';

export interface DraftInput extends AssemblyInput {
  onProgress?: (done: number, total: number) => void;
}

export class NoContentError extends Error {}

export function draftOutbreak(input: DraftInput, gazetteer: Gazetteer): Draft {
  const found = extractCandidates(input.text, input.city, input.year.year, gazetteer, input.onProgress);
  if (found.candidates.length === 0 && found.undated.length === 0) {
    throw new NoContentError(found.anyDates ? 'no places with a measure found in the text' : 'no dates found in the text');
  }
  return assemble(input, gazetteer, endUndatedMeasures(found.candidates, found.undatedMeasures), found.undated, found.unplaced);
}
