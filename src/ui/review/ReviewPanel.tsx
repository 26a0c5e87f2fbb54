/**
 * The side panel (the bottom sheet on a phone) while a draft is under review: what is open, the candidate chosen,
 * the list of candidates with their review state and confidence, the draft's events on the slider's day, the
 * places named without a date, the tool's notes, the source and saving.
 */
import { useId, useState } from 'react';
import { outbreakSchema } from '../../data/schema';
import { localized, placeLabel } from '../../model/names';
import { featureOf, setSource, type DraftChange } from '../../model/review';
import type { Language } from '../../url/view-state';
import { STATUS_LABELS } from '../shell/i18n';
import { CandidateDetail } from './CandidateDetail';
import { CandidateList } from './CandidateList';
import { rt } from './messages';
import { OpenDraftButton } from './OpenDraftButton';
import type { DraftReview } from './useDraftReview';

export interface ReviewPanelProps {
  lang: Language;
  review: DraftReview;
  /** The draft's events on the slider's day. */
  today: DraftChange[];
  mapCentre: () => [number, number] | null;
  onSelect: (id: string) => void;
}

/** The day's events listed at most: a big draft has hundreds on a day, all reachable through the candidate list. */
const TODAY_SHOWN = 50;

export function ReviewPanel({ lang, review, today, mapCentre, onSelect }: ReviewPanelProps) {
  const { session, report } = review;
  const [announcement, setAnnouncement] = useState('');
  const sourceId = useId();
  if (!session) return null;
  const { draft } = session;
  const { counts } = session;
  const selected = featureOf(session, review.selectedId) ?? null;
  const sourceValid = outbreakSchema.shape.source.safeParse(draft.outbreak.source).success;
  return (
    <section className="review-panel" aria-labelledby="review-title" data-testid="review-panel">
      <header>
        <h2 id="review-title">{rt(lang, 'draftTitle')} · <span lang="zh-CN">{draft.outbreak.title}</span></h2>
        <button type="button" onClick={review.close} data-testid="close-draft">{rt(lang, 'closeDraft')}</button>
      </header>
      <p className="review-meta" data-testid="review-counts">{session.fileName} — {rt(lang, 'counts', counts)}</p>
      <div className="review-report">
        {report
          ? <p className="review-hint" data-testid="review-report-status">{rt(lang, 'reportLoaded', { name: report.name, encoding: report.encoding, found: report.found, total: report.total })}</p>
          : <OpenDraftButton lang={lang} onFiles={(files) => void review.open(files)} label="openReport" accept="report" testId="open-report" />}
      </div>
      {selected && (
        <CandidateDetail
          key={selected.properties.id}
          lang={lang} session={session} feature={selected} report={report} change={review.change}
          announce={setAnnouncement} mapCentre={mapCentre} onBack={() => review.select(null)}
        />
      )}
      <h3>{rt(lang, 'candidates')} ({draft.features.length})</h3>
      <CandidateList key={review.opened} lang={lang} session={session} selectedId={review.selectedId} onSelect={onSelect} onDecideSection={review.decideSection} />
      <h3>{rt(lang, 'onThisDay')}</h3>
      {today.length === 0 ? <p className="empty">{rt(lang, 'noneOnThisDay')}</p> : (
        <ul className="review-today" data-testid="review-today">
          {today.slice(0, TODAY_SHOWN).map(({ feature, eventIndex }) => (
            <li key={`${feature.properties.id}-${eventIndex}`}>
              <span className="draft-tag">{rt(lang, 'draftBadge')}</span>
              <button type="button" className="link" onClick={() => onSelect(feature.properties.id)}>{placeLabel(feature.properties, lang)}</button>
              <span className={`status-tag status-${feature.properties.events[eventIndex].status}`}>{STATUS_LABELS[feature.properties.events[eventIndex].status][lang]}</span>
            </li>
          ))}
          {today.length > TODAY_SHOWN && <li className="review-hint">{rt(lang, 'todayMore', { n: today.length - TODAY_SHOWN })}</li>}
        </ul>
      )}
      {(draft.outbreak.undatedPlaces?.length ?? 0) > 0 && (
        <details className="review-details">
          <summary>{rt(lang, 'undated')} ({draft.outbreak.undatedPlaces!.length})</summary>
          <ul>{draft.outbreak.undatedPlaces!.map((p, i) => <li key={i}><span lang="zh-CN">{p.name}</span> — {localized(p.reason, lang)}<blockquote lang="zh-CN">{p.quote}</blockquote></li>)}</ul>
        </details>
      )}
      <details className="review-details">
        <summary>{rt(lang, 'toolNotes')}</summary>
        <ul>
          {[draft.outbreak.yearEvidence, ...(draft.outbreak.notes ?? [])].map((note, i) => <li key={i}>{localized(note, lang)}</li>)}
        </ul>
      </details>
      <div className="review-save">
        <label htmlFor={sourceId}>{rt(lang, 'source')}</label>
        <input id={sourceId} value={draft.outbreak.source} spellCheck={false} data-testid="review-source" aria-invalid={!sourceValid} aria-describedby={`${sourceId}-hint`}
          onChange={(e) => review.change((s) => setSource(s, e.target.value.trim()))} />
        <p id={`${sourceId}-hint`} className={sourceValid ? 'review-hint' : 'review-hint error'}>{sourceValid ? rt(lang, 'sourceHint') : rt(lang, 'sourceInvalid')}</p>
        <button type="button" className="primary" onClick={review.save} data-testid="save-review">{rt(lang, 'save')}</button>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="review-announcement">{announcement}</p>
    </section>
  );
}
