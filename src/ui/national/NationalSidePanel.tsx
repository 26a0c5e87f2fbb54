/**
 * The national view's side panel (the phone's sheet): the day's totals and what they stand on, then the scope's
 * part (an episode's), then either the area opened or the overview (the view's lists, the trip check, the legend).
 */
import type { ReactNode, RefObject } from 'react';
import type { UnitLevel } from '../../national/admin-units';
import { OFFICIAL_ATTRIBUTION, OFFICIAL_CREDIT } from '../../official/credit';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { tn, totalsText } from './messages';
import { OfficialAreaList } from './OfficialAreaPanel';

export interface DaySummaryProps {
  /** What the totals count (all China, or an episode's unit). */
  label: string;
  counts: { high: number | null; medium: number | null } | null;
  noList: boolean;
  /** On a day without a list, the earlier listed day the map shows (null: none, or the day has a list). */
  shownDay: number | null;
  /** The day the view opens on, said when the slider is on it (null: not that day). */
  defaultDay: { day: number; last: number } | null;
}

export function NationalSidePanel({ lang, panelRef, summary, scopePanel, children }: {
  lang: Language; panelRef: RefObject<HTMLElement | null>; summary: DaySummaryProps; scopePanel: ReactNode; children: ReactNode;
}) {
  const { label, counts, noList, shownDay, defaultDay } = summary;
  return (
    <aside className="side-panel" ref={panelRef}>
      <section className="official-day" aria-label={label}>
        <p className="official-totals" data-testid="official-totals" data-high={counts?.high ?? ''} data-medium={counts?.medium ?? ''}>
          {counts ? totalsText(counts, lang) : '…'}
        </p>
        {noList && <p className="muted" data-testid="no-data-note">{shownDay !== null ? tn(lang, 'noListShowing', { shown: isoOfDay(shownDay).slice(5) }) : tn(lang, 'noDataDay')}</p>}
        {defaultDay && <p className="muted" data-testid="default-day-note">{tn(lang, 'defaultDayNote', { day: isoOfDay(defaultDay.day), last: isoOfDay(defaultDay.last) })}</p>}
      </section>
      {scopePanel}
      {children}
    </aside>
  );
}

/** Units (country and province zoom) or areas (city zoom) in the map's view: the keyboard way to what the canvas draws. */
export type InViewItems = { kind: 'units'; level: UnitLevel; ids: readonly number[] } | { kind: 'areas'; ids: readonly number[] };

export function InViewList({ lang, items, shownDay, notDrawn, describeUnit, onSelectUnit, addressOf, onSelectArea }: {
  lang: Language; items: InViewItems | null;
  /** On a day without a list, the earlier listed day the map shows (null: the day's own). */
  shownDay: number | null;
  /** Units in view drawn without a point (no place to put their circle). */
  notDrawn: number;
  describeUnit: (level: UnitLevel, unit: number) => string; onSelectUnit: (level: UnitLevel, unit: number) => void;
  addressOf: (area: number) => string; onSelectArea: (area: number) => void;
}) {
  const titled = (title: string) => (shownDay !== null ? tn(lang, 'asOnUnconfirmed', { title, shown: isoOfDay(shownDay).slice(5) }) : title);
  return (
    <>
      {items && items.ids.length > 0 && (items.kind === 'units'
        ? <OfficialAreaList lang={lang} title={titled(tn(lang, 'unitsInView'))} areas={items.ids} label={(unit) => describeUnit(items.level, unit)} onSelect={(unit) => onSelectUnit(items.level, unit)} />
        : <OfficialAreaList lang={lang} title={titled(tn(lang, 'areasInView'))} areas={items.ids} label={addressOf} onSelect={onSelectArea} />)}
      {notDrawn > 0 && <p className="muted" data-testid="units-without-point">{tn(lang, 'unitsWithoutPoint', { n: notDrawn })}</p>}
    </>
  );
}

/** What the circles, the colours and the points mean, and whose lists they are. */
export function NationalLegend({ lang }: { lang: Language }) {
  return (
    <>
      <section className="legend national-legend">
        <p>{tn(lang, 'legendUnits')}</p>
        <p>{tn(lang, 'legendUnknownCounty')}</p>
        <p>{tn(lang, 'legendPoints')}</p>
        <p className="muted">{OFFICIAL_CREDIT[lang]}</p>
      </section>
      <p className="muted official-attribution">{OFFICIAL_ATTRIBUTION[lang]}</p>
    </>
  );
}
