/** The review's one message over the map (a file that could not be opened, a save), in the interface's language. */
import type { Language } from '../../url/view-state';
import { rt } from './messages';
import type { ReviewNotice } from './useDraftReview';

export function ReviewNoticeBar({ lang, notice, onDismiss }: { lang: Language; notice: ReviewNotice | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <div className={`review-notice is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="review-notice" data-tone={notice.tone}>
      <p>{notice.text(lang)}</p>
      <button type="button" onClick={onDismiss}>{rt(lang, 'dismiss')}</button>
    </div>
  );
}
