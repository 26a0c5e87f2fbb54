/**
 * The national view's map pane: the notices column over the map, the map, and the record's loading and its
 * failure said over the map until the counts are in (after that the loading is one of the notices).
 */
import type { ReactNode, RefObject } from 'react';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { Notices, type NoticesProps } from '../shell/Notices';
import { tn } from './messages';

export interface NationalMapPaneProps {
  lang: Language;
  wrapRef: RefObject<HTMLDivElement | null>;
  /** The day whose state the map shows (an earlier listed day on a day without a list). */
  shownDay: number;
  unconfirmed: boolean;
  notices: Omit<NoticesProps, 'lang' | 'children'>;
  /** The record's loading progress, and whether the counts are drawn meanwhile (then it is a notice). */
  loading: { text: string; countsDrawn: boolean } | null;
  failure: { message: string; retry: () => void } | null;
  children: ReactNode;
}

export function NationalMapPane({ lang, wrapRef, shownDay, unconfirmed, notices, loading, failure, children }: NationalMapPaneProps) {
  const spinner = <div className="spinner" aria-hidden="true" />;
  return (
    <div className={`map-wrap${unconfirmed ? ' is-unconfirmed' : ''}`} ref={wrapRef} data-shown-day={isoOfDay(shownDay)}>
      <Notices lang={lang} {...notices}>
        {/* Counts drawn, single areas still loading: said with the other notices, none over another. */}
        {loading?.countsDrawn && <div className="notice is-loading" data-testid="national-loading">{spinner}{loading.text}</div>}
      </Notices>
      {children}
      {loading && !loading.countsDrawn && <div className="map-overlay" role="status" data-testid="national-loading">{spinner}{loading.text}</div>}
      {failure && (
        <div className="map-overlay is-error" role="alert" data-testid="national-error">
          <p>{tn(lang, 'loadNationalFailed')}</p><p className="detail">{failure.message}</p>
          <button type="button" onClick={failure.retry}>{tn(lang, 'retry')}</button>
        </div>
      )}
    </div>
  );
}
