/**
 * The accessible name of a draft's candidate, for the map's markers: apart from CandidateDetail.tsx so the map's
 * review layer does not bring the detail panel (loaded with the review panel) into the atlas's chunk.
 */
import type { DraftFeature } from '../../data/draft-schema';
import { placeLabel } from '../../model/names';
import type { Language } from '../../url/view-state';
import { KIND_LABELS } from '../shell/i18n';
import { rt } from './messages';

/** The accessible name of a candidate: name, kind, review state and confidence. */
export function describeCandidate(feature: DraftFeature, lang: Language): string {
  const p = feature.properties;
  return `${placeLabel(p, lang)}, ${KIND_LABELS[p.kind][lang]}, ${rt(lang, 'draftBadge')} ${rt(lang, `state_${p.review}`)}, ${rt(lang, 'confidence')} ${p.confidence.toFixed(2)}`;
}
