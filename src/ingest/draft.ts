/**
 * A draft from a normalised report: extraction (extract.ts: sentences → candidate events), the city-wide ending
 * of measures named only in undated sentences (city-end.ts), then assembly (assemble.ts: candidates → a
 * FeatureCollection every feature of which is `review: "pending"`).
 */
import { assemble, type AssemblyInput, type Draft } from './assemble';
import { endUndatedMeasures } from './city-end';
import { extractCandidates } from './extract';
import type { GeocodeSources } from './geocode';

export type { Draft, SummaryRow } from './assemble';

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
  return assemble(input, sources.gazetteer, endUndatedMeasures(found.candidates, found.undatedMeasures), found.undated, found.unplaced);
}
