/**
 * One candidate of the draft: accept / reject (or back to pending), its kind, where it is and why, placing it by
 * hand, and each event's status and date with its quote. Every change goes through the pure review model and
 * shows on the map at once.
 */
import { useState } from 'react';
import { isCoarse } from '../../data/precision';
import { STATUSES, type Kind, type Status } from '../../data/schema';
import type { DraftFeature } from '../../data/draft-schema';
import { localized } from '../../model/names';
import { cancelMove, editEvent, kindsFor, movePoint, setKind, setReview, statePlacement, type ReviewSession, type ReviewState } from '../../model/review';
import type { Language } from '../../url/view-state';
import { KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, t } from '../shell/i18n';
import { rt } from './messages';
import { PlacementForm } from './PlacementForm';
import { QuoteInReport } from './QuoteInReport';
import type { OpenReport } from './useDraftReview';

export interface CandidateDetailProps {
  lang: Language;
  session: ReviewSession;
  feature: DraftFeature;
  report: OpenReport | null;
  change: (update: (session: ReviewSession) => ReviewSession) => void;
  /** Said to screen readers after a review decision. */
  announce: (text: string) => void;
  mapCentre: () => [number, number] | null;
  onBack: () => void;
}

const REVIEW_BUTTONS: Array<{ state: ReviewState; label: 'accept' | 'reject' | 'undoReview' }> = [
  { state: 'accepted', label: 'accept' }, { state: 'rejected', label: 'reject' }, { state: 'pending', label: 'undoReview' },
];
const ANNOUNCE = { accepted: 'accepted', rejected: 'rejected', pending: 'pendingAgain' } as const;

export function CandidateDetail({ lang, session, feature, report, change, announce, mapCentre, onBack }: CandidateDetailProps) {
  const { properties } = feature;
  const { id, events } = properties;
  const [quoteIndex, setQuoteIndex] = useState(0);
  const moved = session.moved.get(id) ?? null;
  const quote = events[Math.min(quoteIndex, events.length - 1)].quote;
  const decide = (state: ReviewState) => {
    change((s) => setReview(s, id, state));
    announce(rt(lang, ANNOUNCE[state], { name: properties.name }));
  };
  const kinds = kindsFor(feature);
  return (
    <section className="candidate" aria-labelledby="candidate-title" data-testid="candidate" data-feature-id={id} data-review={properties.review}>
      <header>
        <h3 id="candidate-title">
          <span lang="zh-CN">{properties.name}</span> <span className="pinyin">{properties.nameEn}</span>
        </h3>
        <button type="button" className="link" onClick={onBack} data-testid="candidate-back">{rt(lang, 'candidates')}</button>
      </header>
      <p className="review-meta">
        <span className={`review-state is-${properties.review}`}>{rt(lang, `state_${properties.review}`)}</span>
        {' · '}{rt(lang, 'confidence')} {properties.confidence.toFixed(2)}
      </p>
      <div className="review-actions" role="group" aria-label={rt(lang, 'reviewState')}>
        {REVIEW_BUTTONS.filter((b) => b.state !== 'pending' || properties.review !== 'pending').map((b) => (
          <button key={b.state} type="button" aria-pressed={properties.review === b.state} onClick={() => decide(b.state)}
            className={b.state === 'accepted' ? 'accept' : b.state === 'rejected' ? 'reject' : undefined} data-testid={`review-${b.state}`}>
            {rt(lang, b.label)}
          </button>
        ))}
      </div>
      <label className="review-field">
        <span>{t(lang, 'kind')}</span>
        <select value={properties.kind} disabled={kinds.length < 2} onChange={(e) => change((s) => setKind(s, id, e.target.value as Kind))} data-testid="candidate-kind"
          title={kinds.length < 2 ? rt(lang, 'kindOnlyArea') : undefined}>
          {kinds.map((k) => <option key={k} value={k}>{KIND_LABELS[k][lang]}</option>)}
        </select>
      </label>
      <dl className="facts">
        <dt>{t(lang, 'precision')}</dt><dd>{PRECISION_LABELS[properties.precision][lang]}</dd>
        <dt>{t(lang, 'geometrySource')}</dt>
        <dd>
          <code>{properties.geometrySource}</code>{properties.geometrySource === 'reviewer' && ` (${rt(lang, 'placedByReviewer')})`}
          {properties.geometryNote && <> — <span data-testid="candidate-geometry-note">{localized(properties.geometryNote, lang)}</span></>}
        </dd>
      </dl>
      {isCoarse(properties.precision) && <p className="approximate">{t(lang, 'approximate', { p: PRECISION_LABELS[properties.precision][lang] })}</p>}
      {properties.flag && <p className="flag">⚠ {t(lang, 'flagged')}: {localized(properties.flag, lang)}</p>}
      {feature.geometry.type === 'Point' && properties.review !== 'rejected' && (
        <PlacementForm
          key={moved ? moved.join(',') : 'still'}
          lang={lang} moved={moved}
          onPlaceAtCentre={() => { const centre = mapCentre(); if (centre) change((s) => movePoint(s, id, centre)); }}
          onApply={(precision, note) => change((s) => statePlacement(s, id, precision, note))}
          onUndo={() => change((s) => cancelMove(s, id))}
        />
      )}
      <h4>{rt(lang, 'events')}</h4>
      <ol className="review-events">
        {events.map((event, i) => (
          <li key={i} className={i === quoteIndex ? 'is-current' : ''} data-testid="review-event">
            <div className="review-event-fields">
              <EventDateInput value={event.date} label={`${rt(lang, 'eventDate')} ${i + 1}`} onCommit={(date) => change((s) => editEvent(s, id, i, { date }))} />
              {event.time && <span className="time">{event.time}</span>}
              <select value={event.status} aria-label={`${rt(lang, 'eventStatus')} ${i + 1}`} data-testid="event-status"
                onChange={(e) => change((s) => editEvent(s, id, i, { status: e.target.value as Status }))}>
                {STATUSES.map((st) => <option key={st} value={st}>{STATUS_LABELS[st][lang]}</option>)}
              </select>
              <button type="button" className="link" aria-pressed={i === quoteIndex} onClick={() => setQuoteIndex(i)}>{rt(lang, 'showQuote')}</button>
            </div>
            {event.note && <p className="review-hint">{rt(lang, 'toolNote')}: {localized(event.note, lang)}</p>}
            {event.flag && <p className="flag">⚠ {localized(event.flag, lang)}</p>}
          </li>
        ))}
      </ol>
      <QuoteInReport lang={lang} quote={quote} report={report} reportPath={session.draft.outbreak.report} draftId={session.draft.outbreak.id} />
    </section>
  );
}

/**
 * A date typed in full before it counts: a date field reports every intermediate value (year 0002 while "2022" is
 * typed), so the event moves only on Enter or when the field is left.
 */
function EventDateInput({ value, label, onCommit }: { value: string; label: string; onCommit: (date: string) => void }) {
  // What is typed, for the value it was typed over: another value from outside (an undo, a new draft) starts afresh.
  const [typed, setTyped] = useState({ over: value, text: value });
  const text = typed.over === value ? typed.text : value;
  const commit = () => {
    if (text && text !== value && /^\d{4}-\d{2}-\d{2}$/u.test(text)) onCommit(text);
  };
  return (
    <input type="date" value={text} aria-label={label} data-testid="event-date"
      onChange={(e) => setTyped({ over: value, text: e.target.value })}
      onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} />
  );
}
