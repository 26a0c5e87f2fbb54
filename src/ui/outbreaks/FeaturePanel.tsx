import { useCallback, useEffect, useRef, useState } from 'react';
import { isCoarse } from '../../data/precision';
import type { Outbreak } from '../../data/schema';
import type { AtlasFeature } from '../../model/atlas-data';
import { localized, outbreakTitle } from '../../model/names';
import { dayNumber } from '../../core/calendar-day';
import type { FeatureState } from '../../time/feature-state';
import type { Language } from '../../url/view-state';
import { KIND_LABELS, PRECISION_LABELS, STATUS_LABELS, t } from '../shell/i18n';
import { OfficialLink } from '../national/OfficialLink';
import { ReportText } from './ReportText';
import { revealBelow } from '../shell/reveal';

export interface FeaturePanelProps {
  lang: Language;
  item: AtlasFeature;
  outbreak: Outbreak;
  state: FeatureState;
  /** Opened by the reader (not a link): the title takes the focus, so Escape and Tab start here. */
  takeFocus: boolean;
  onClose: () => void;
  /** A date in the history was clicked: its calendar day. */
  onDate: (calendarDay: number) => void;
}

export function FeaturePanel({ lang, item, outbreak, state, takeFocus, onClose, onDate }: FeaturePanelProps) {
  const { properties } = item.feature;
  const title = useRef<HTMLHeadingElement>(null);
  const header = useRef<HTMLElement>(null);
  // The quoted sentence in full below the sticky name, whenever it changes (opened, or a date clicked).
  const revealQuote = useCallback((mark: HTMLElement) => {
    if (header.current) revealBelow(mark, header.current);
  }, []);
  const [focusOnOpen] = useState(takeFocus);
  useEffect(() => {
    if (focusOnOpen) title.current?.focus({ preventScroll: true });
  }, [focusOnOpen]);
  const events = properties.events;
  const [quoteIndex, setQuoteIndex] = useState(0);
  const coarse = isCoarse(properties.precision);
  const quote = events[Math.min(quoteIndex, events.length - 1)]?.quote ?? null;
  return (
    <section className="feature-panel" aria-labelledby="feature-title" data-testid="feature-panel" data-feature-id={properties.id}>
      <header ref={header}>
        <div>
          <h2 id="feature-title" tabIndex={-1} ref={title}>
            <span lang="zh-CN">{properties.name}</span>
            <span className="pinyin">{properties.nameEn}</span>
          </h2>
          {/* What it is and its state today stay in sight beside the quote. */}
          <p className="subtitle">
            {KIND_LABELS[properties.kind][lang]}
            {state.status && <span className={`status-tag status-${state.status}`}>{STATUS_LABELS[state.status][lang]}</span>}
          </p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')}>×</button>
      </header>
      <dl className="facts">
        <dt>{t(lang, 'kind')}</dt><dd>{KIND_LABELS[properties.kind][lang]}</dd>
        <dt>{t(lang, 'status')}</dt><dd>{state.status ? STATUS_LABELS[state.status][lang] : '—'}</dd>
        <dt>{t(lang, 'outbreak')}</dt><dd>{outbreakTitle(outbreak, lang)}</dd>
        <dt>{t(lang, 'precision')}</dt><dd>{PRECISION_LABELS[properties.precision][lang]}</dd>
        <dt>{t(lang, 'geometrySource')}</dt><dd><code>{properties.geometrySource}</code>{properties.geometryNote && <> — <span data-testid="geometry-note">{localized(properties.geometryNote, lang)}</span></>}
          <OfficialLink lang={lang} item={item} /></dd>
      </dl>
      {coarse && <p className="approximate" data-testid="approximate">{t(lang, 'approximate', { p: PRECISION_LABELS[properties.precision][lang].toLowerCase() })}</p>}
      {properties.flag && <p className="flag" data-testid="feature-flag">⚠ {t(lang, 'flagged')}: {localized(properties.flag, lang)}</p>}
      {outbreak.yearBasis === 'inferred' && <p className="flag" data-testid="year-evidence">{t(lang, 'yearInferred', { e: localized(outbreak.yearEvidence, lang) })}</p>}
      <h3>{t(lang, 'history')}</h3>
      <ol className="history">
        {events.map((event, i) => (
          <li key={`${event.date}-${event.status}-${i}`} className={i === quoteIndex ? 'is-current' : ''}>
            <button type="button" className="link date" data-testid="history-date" onClick={() => { setQuoteIndex(i); onDate(dayNumber(event.date)); }}>
              {event.date}{event.time ? ` ${event.time}` : ''}
            </button>
            <span className={`status-tag status-${event.status}`}>{STATUS_LABELS[event.status][lang]}</span>
            {event.flag && <span className="flag" data-testid="event-flag" title={localized(event.flag, lang)}>⚠ {localized(event.flag, lang)}</span>}
          </li>
        ))}
      </ol>
      <h3>{t(lang, 'reportText')}</h3>
      <ReportText lang={lang} reportPath={outbreak.report} quote={quote} onHighlight={revealQuote} />
    </section>
  );
}
