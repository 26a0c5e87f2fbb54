/**
 * A candidate event: one place, one dated event, the placement and a confidence. Extraction (extract.ts) makes
 * them from sentences; assembly (assemble.ts) groups them into features; city-end.ts adds endings to them.
 */
import type { Kind, OutbreakEvent, Precision } from '../data/schema';
import type { CueStrength } from './classify';
import type { DateMention } from './dates';
import type { Placement } from './geocode';

export interface Candidate {
  name: string;
  kind: Kind;
  placement: Placement;
  event: OutbreakEvent;
  confidence: number;
  /** Grouping key when the name varies between mentions (公交营运线路, 公交线路 are one transport feature). */
  group?: string;
  /** The notice section the place was listed under (notice-candidates.ts); the draft feature's `section`. */
  section?: { order: number; heading: string; count?: number };
}

/** How sure a date is: written in full, read against the context, or carried from an earlier sentence. */
export const DATE_WEIGHT: Record<DateMention['how'] | 'inherited', number> = { explicit: 1, 'day-only': 0.85, relative: 0.85, 'range-end': 0.7, inherited: 0.6 };
/** How near the cue word that gave the status stood to the place. */
export const CUE_WEIGHT: Record<CueStrength, number> = { 'clause-after': 1, 'clause-before': 0.9, kind: 0.8, sentence: 0.65, none: 0.3 };
/** A place resolved only to its county or city is less likely to be the place the text means. */
const PRECISION_WEIGHT: Partial<Record<Precision, number>> = { township: 1, county: 0.9, city: 0.75 };

export function confidenceOf(date: keyof typeof DATE_WEIGHT, cue: CueStrength, precision: Precision): number {
  return DATE_WEIGHT[date] * CUE_WEIGHT[cue] * (PRECISION_WEIGHT[precision] ?? 1);
}

/** Area kinds merge (a village is high-risk, then sealed, then lifted); facilities stay apart from the area. */
export const kindGroup = (kind: Kind): string => (kind === 'risk-area' || kind === 'county-control' || kind === 'city-control' ? 'area' : kind);
