import { useState, type ReactNode } from 'react';
import type { Language } from '../../url/view-state';
import { t } from './i18n';

/**
 * The one notice column of every view: over the top of the map (or above the index's table), one notice under
 * another so none covers another. The link's unused keys and the tiles' failure are dismissable; the day's state
 * (a day without a list) is said, not dismissable, as it changes with the day. They float over the map instead of
 * taking a row of the page: a notice that appears after the map was fitted (the tiles failing) must not change the
 * map's size, or a link would reopen at another zoom than the view it was copied from.
 */
export interface NoticesProps {
  lang: Language;
  /** What the URL held that could not be used, one line each, in the reader's language. */
  ignored: readonly string[];
  onDismiss: () => void;
  tilesFailed: boolean;
  /** What the map shows of the day when that is not the day's own data ("no list this day"); null: nothing to say. */
  dayNote?: string | null;
  /** Other notices of the view (a draft review's message, a day without data, a partial load), stacked with these so that none covers another. */
  children?: ReactNode;
}

export function Notices({ lang, ignored, onDismiss, tilesFailed, dayNote = null, children }: NoticesProps) {
  const [offlineDismissed, setOfflineDismissed] = useState(false);
  const showOffline = tilesFailed && !offlineDismissed;
  if (!ignored.length && !showOffline && !dayNote && !children) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {showOffline && (
        <div className="notice" data-testid="offline-notice">
          <p>{t(lang, 'offlineFallback')}</p>
          <button type="button" className="dismiss" onClick={() => setOfflineDismissed(true)} aria-label={t(lang, 'dismiss')} title={t(lang, 'dismiss')}>×</button>
        </div>
      )}
      {ignored.length > 0 && (
        <div className="notice" data-testid="ignored-notice">
          <div>
            <p>{t(lang, 'ignoredIntro')}</p>
            <ul>{ignored.map((line, i) => <li key={i}>{line}</li>)}</ul>
          </div>
          <button type="button" className="dismiss" onClick={onDismiss} aria-label={t(lang, 'dismiss')} title={t(lang, 'dismiss')}>×</button>
        </div>
      )}
      {dayNote && <p className="notice is-day" data-testid="no-data-banner">{dayNote}</p>}
      {children}
    </div>
  );
}
