/**
 * Deciding a notice section at once (issue 24 item 4): how its candidates stand, and accepting or rejecting its
 * pending ones in one change. Pure: sessions in, sessions out (review.ts's rules).
 */
import type { DraftSection } from './draft-sections';
import { setReviews, type ReviewSession, type ReviewState } from './review';

/** How many of a section's candidates are pending, accepted and rejected now. */
export function sectionTally(session: ReviewSession, section: DraftSection): Record<ReviewState, number> {
  const tally: Record<ReviewState, number> = { pending: 0, accepted: 0, rejected: 0 };
  for (const id of section.members) tally[session.draft.features[session.positions.get(id)!].properties.review] += 1;
  return tally;
}

/**
 * Accepts or rejects the pending candidates of one section in one change; those already decided keep the
 * reviewer's decision. `changed`: how many were pending (the confirmation the reviewer sees).
 */
export function reviewSection(session: ReviewSession, section: DraftSection, review: Exclude<ReviewState, 'pending'>): { session: ReviewSession; changed: number } {
  const pending = section.members.filter((id) => session.draft.features[session.positions.get(id)!].properties.review === 'pending');
  return { session: pending.length ? setReviews(session, pending, review) : session, changed: pending.length };
}
