/** Where a reader starts a review when no draft is open: the file picker, and a word on dropping files on the map. */
import type { Language } from '../../url/view-state';
import { rt } from './messages';
import { OpenDraftButton } from './OpenDraftButton';

export function ReviewOpener({ lang, onFiles }: { lang: Language; onFiles: (files: File[]) => void }) {
  return (
    <section className="review-opener" aria-label={rt(lang, 'draftTitle')}>
      <OpenDraftButton lang={lang} onFiles={onFiles} />
      <p className="review-hint">{rt(lang, 'openDraftHint')}</p>
    </section>
  );
}
