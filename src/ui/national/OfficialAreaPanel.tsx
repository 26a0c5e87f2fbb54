/**
 * One official area: its address as published (and its other spellings), its admin chain, its precision and the
 * rule that gave it, its flags, its whole level history (a date moves the slider there), the report places
 * matched to it, and the source with credit. Several areas on one point (a fallback point is shared by hundreds)
 * are listed first, to choose from.
 */
import { displayAddress } from '../../national/display-address';
import type { Precision } from '../../data/schema';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { PRECISION_LABELS, t } from '../shell/i18n';
import { tn } from './messages';

export interface OfficialAreaView {
  id: number;
  address: string;
  variants?: string[];
  chain: string[];
  precision: Precision;
  /** The precision rule's words, in the interface's language. */
  ruleText: string;
  /** The area's flags' words, in the interface's language. */
  flagTexts: string[];
  history: ReadonlyArray<{ first: number; last: number; level: 'high' | 'medium'; count?: number }>;
  /** The lists it was read from, e.g. "points/20221120_h.geojson …" for its first and last day. */
  sourceText: string;
}

export interface OfficialAreaPanelProps {
  lang: Language;
  area: OfficialAreaView;
  day: number;
  credit: string;
  matchedReports: ReadonlyArray<{ featureId: string; name: string }>;
  onDate: (day: number) => void;
  onSelectReport: (featureId: string) => void;
  onClose: () => void;
}

export function OfficialAreaPanel({ lang, area, day, credit, matchedReports, onDate, onSelectReport, onClose }: OfficialAreaPanelProps) {
  const shown = displayAddress(area.address);
  const inForce = area.history.find((run) => run.first <= day && day <= run.last);
  return (
    <section className="feature-panel official-panel" aria-labelledby="official-title" data-testid="official-panel" data-area-id={area.id}>
      <header>
        <h2 id="official-title"><span lang="zh-CN">{shown}</span></h2>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')}>×</button>
      </header>
      {/* The heading reads without a level the list repeats; the address as published stays here, as the source's. */}
      {shown !== area.address && <p className="muted as-listed" data-testid="official-as-listed">{tn(lang, 'asListed', { address: area.address })}</p>}
      <dl className="facts">
        <dt>{tn(lang, 'officialArea')}</dt>
        <dd>{inForce ? <span className={`level-tag level-${inForce.level}`}>{tn(lang, inForce.level)}</span> : '—'} <span className="muted">{isoOfDay(day)}</span></dd>
        <dt>{tn(lang, 'adminChain')}</dt><dd lang="zh-CN">{area.chain.join(' › ')}</dd>
        <dt>{t(lang, 'precision')}</dt><dd>{PRECISION_LABELS[area.precision][lang]}</dd>
        <dt>{tn(lang, 'precisionRule')}</dt><dd data-testid="official-rule">{area.ruleText}</dd>
      </dl>
      {area.flagTexts.map((text) => <p key={text} className="flag">⚠ {text}</p>)}
      {area.variants && area.variants.length > 0 && (
        <details><summary>{tn(lang, 'otherSpellings', { n: area.variants.length })}</summary>
          <ul lang="zh-CN">{area.variants.map((v) => <li key={v}>{v}</li>)}</ul>
        </details>
      )}
      {matchedReports.length > 0 && (
        <>
          <h3>{tn(lang, 'matchedReportPlace')}</h3>
          <ul>{matchedReports.map((r) => <li key={r.featureId}><button type="button" className="link" data-testid="official-to-report" onClick={() => onSelectReport(r.featureId)}>{r.name}</button></li>)}</ul>
        </>
      )}
      <h3>{tn(lang, 'levelHistory')}</h3>
      <ol className="history" data-testid="official-history">
        {area.history.map((run) => (
          <li key={`${run.first}-${run.level}`} className={run === inForce ? 'is-current' : ''}>
            <button type="button" className="link date" onClick={() => onDate(run.first)}>{isoOfDay(run.first)}</button>
            {run.last !== run.first && <>{' – '}<button type="button" className="link date" onClick={() => onDate(run.last)}>{isoOfDay(run.last)}</button></>}
            {' '}<span className={`level-tag level-${run.level}`}>{tn(lang, run.level)}</span>
            {run.count !== undefined && run.count > 1 && <span className="muted"> ×{run.count}</span>}
          </li>
        ))}
      </ol>
      <h3>{tn(lang, 'source')}</h3>
      <p className="muted">{area.sourceText}</p>
      <p className="muted">{credit}</p>
    </section>
  );
}

/** At most this many areas are listed (a shared fallback point holds hundreds): zooming in narrows the list. */
const LISTED = 200;

/** Several areas at one spot: a list to choose from (also the keyboard way to the areas on the canvas). */
export function OfficialAreaList({ lang, title, areas, label, onSelect }: { lang: Language; title: string; areas: readonly number[]; label: (area: number) => string; onSelect: (area: number) => void }) {
  return (
    <section className="official-list" aria-label={title} data-testid="official-list">
      <h3>{title} <span className="muted">({areas.length})</span></h3>
      <ul>
        {areas.slice(0, LISTED).map((area) => (
          <li key={area}><button type="button" className="link" onClick={() => onSelect(area)}>{label(area)}</button></li>
        ))}
      </ul>
      {areas.length > LISTED && <p className="muted">{tn(lang, 'firstListed', { n: LISTED })}</p>}
    </section>
  );
}
