/**
 * The heading row of a notice section in the candidate list: the heading as written, the number of candidates
 * found beside the number the heading states (with a warning when they differ), how they stand, and accepting or
 * rejecting the section's pending candidates in one action.
 */
import type { DraftSection } from '../../model/draft-sections';
import type { ReviewState } from '../../model/review';
import type { Language } from '../../url/view-state';
import { rt } from './messages';

export interface SectionHeadingProps {
  lang: Language;
  section: DraftSection;
  tally: Record<ReviewState, number>;
  /** Focusable when the list's keyboard position is here (one tab stop for the whole list). */
  tabIndex: number;
  onDecide: (section: DraftSection, review: 'accepted' | 'rejected') => void;
}

export const countsDiffer = (section: DraftSection) => section.count !== undefined && section.count !== section.members.length;

export function SectionHeading({ lang, section, tally, tabIndex, onDecide }: SectionHeadingProps) {
  const found = section.members.length;
  const differ = countsDiffer(section);
  return (
    <div className="section-heading" role="group" aria-label={section.heading} tabIndex={tabIndex} data-focus-target
      data-testid="review-section" data-order={section.order} data-mismatch={differ ? 'true' : undefined}>
      <h4 lang="zh-CN">{section.heading}</h4>
      <p className={differ ? 'section-count differ' : 'section-count'} data-testid="section-count">
        {section.count === undefined ? rt(lang, 'sectionFound', { found }) : rt(lang, 'sectionFoundStated', { found, count: section.count })}
        {differ && <> · <strong>⚠ {rt(lang, 'sectionMismatch')}</strong></>}
      </p>
      <p className="section-tally">{rt(lang, 'counts', tally)}</p>
      <div className="review-actions">
        <button type="button" className="accept" disabled={tally.pending === 0} onClick={() => onDecide(section, 'accepted')} data-testid="section-accept">
          {rt(lang, 'sectionAccept', { n: tally.pending })}
        </button>
        <button type="button" className="reject" disabled={tally.pending === 0} onClick={() => onDecide(section, 'rejected')} data-testid="section-reject">
          {rt(lang, 'sectionReject', { n: tally.pending })}
        </button>
      </div>
    </div>
  );
}
