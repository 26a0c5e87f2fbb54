/**
 * Events per day and reported new cases (HistogramChart), with an axis for each, the day's counts on hover or
 * keyboard focus, and a click on any day (not only one with a bar; a narrow bar is widened to MIN_HIT_PX) moving the
 * slider there. For the keyboard it is a listbox of days: arrows, PageUp/PageDown and Home/End choose a day (its
 * counts are shown and read out), Enter or Space goes to it.
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { isoOfDay } from '../timeline/days';
import type { Language } from '../url/view-state';
import { HistogramChart, type HistogramSeries } from './HistogramChart';
import { dayAt, dayCentre } from './histogram-geometry';
import { t, tn } from './i18n';
import { dayLabel } from './TimeControls';

export type { HistogramSeries } from './HistogramChart';

/** `onDay` and `series` should keep their identity across steps: the chart is memoised on them. */
export interface HistogramProps {
  lang: Language;
  min: number;
  max: number;
  day: number;
  aligned: boolean;
  series: readonly HistogramSeries[];
  /** In "days since first case" mode, the calendar day of a slider day for an outbreak; null in calendar mode. */
  calendarOf: ((day: number, outbreakId: string) => number) | null;
  /** Events of a draft under review (src/ui/review), drawn as outlined bars beside the curated ones. */
  draftEventsPerDay?: ReadonlyMap<number, number>;
  onDay: (day: number) => void;
}

const KEY_MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

/** What a day shows: its label, and per outbreak (or in total) its events and new cases. */
function describeDay(d: number, { lang, aligned, series, calendarOf }: Pick<HistogramProps, 'lang' | 'aligned' | 'series' | 'calendarOf'>): string[] {
  const counts = (events: number, cases: number | undefined) => [tn(lang, 'events', events), ...(cases === undefined ? [] : [tn(lang, 'newCases', cases)])].join(' · ');
  const label = dayLabel(d, aligned, lang);
  if (series.length === 1 || !aligned) {
    const events = series.reduce((n, s) => n + (s.events.get(d) ?? 0), 0);
    const reported = series.filter((s) => s.cases.has(d));
    const cases = reported.length ? reported.reduce((n, s) => n + s.cases.get(d)!, 0) : undefined;
    const date = aligned && calendarOf ? ` · ${isoOfDay(calendarOf(d, series[0].outbreakId))}` : '';
    return [`${label}${date}`, counts(events, cases)];
  }
  // Outbreaks compared on their days since the first case: each has its own date and counts.
  return [label, ...series.map((s) => `${s.title} ${calendarOf ? isoOfDay(calendarOf(d, s.outbreakId)) : ''}: ${counts(s.events.get(d) ?? 0, s.cases.get(d))}`)];
}

export function Histogram(props: HistogramProps) {
  const { lang, min, max, day, series, draftEventsPerDay, onDay } = props;
  const span = Math.max(1, max - min + 1);
  const [hovered, setHovered] = useState<number | null>(null);
  /** The day chosen with the keyboard while the histogram has the focus. */
  const [active, setActive] = useState<number | null>(null);
  const hasData = (d: number) => series.some((s) => s.events.has(d) || s.cases.has(d));
  // The axis's top: the tallest bar, outbreaks stacked.
  const eventDays = [...new Set(series.flatMap((s) => [...s.events.keys()]))].filter((d) => d >= min && d <= max);
  const draftTops = [...(draftEventsPerDay ?? [])].filter(([d]) => d >= min && d <= max).map(([, n]) => n);
  const eventsTop = Math.max(1, ...draftTops, ...eventDays.map((d) => series.reduce((n, s) => n + (s.events.get(d) ?? 0), 0)));
  const caseValues = series.flatMap((s) => [...s.cases].filter(([d]) => d >= min && d <= max).map(([, n]) => n));
  const maxCases = Math.max(1, ...caseValues);
  const shown = active ?? hovered;
  const clampDay = (d: number) => Math.min(max, Math.max(min, d));
  const pointerDay = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return dayAt(event.clientX - box.left, box.width, min, max, hasData);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = active ?? clampDay(day);
    let next: number | null = null;
    if (event.key in KEY_MOVES) next = clampDay(current + KEY_MOVES[event.key]);
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else if (event.key === 'Enter' || event.key === ' ') {
      onDay(current);
    } else return;
    // Handled here: the page's space bar (play/pause) and the map's keys do not see it.
    event.preventDefault();
    event.stopPropagation();
    if (next !== null) setActive(next);
  };
  const draftOnShown = shown === null ? undefined : draftEventsPerDay?.get(shown);
  const lines = shown === null ? [] : [...describeDay(shown, props), ...(draftOnShown ? [`${t(lang, 'draftEventsPerDay')}: ${draftOnShown}`] : [])];
  const left = shown === null ? 0 : dayCentre(shown, min, max) * 100;
  const optionId = `histogram-day-${shown ?? ''}`;
  return (
    <figure className="histogram">
      <div className="histogram-body">
        <div className="histogram-axis" data-testid="histogram-axis" aria-hidden="true">
          <span>{eventsTop}</span><span>0</span>
        </div>
        <div
          className="histogram-plot"
          tabIndex={0}
          role="listbox"
          aria-label={t(lang, 'histogramKeys')}
          aria-activedescendant={active !== null ? optionId : undefined}
          data-testid="histogram-plot"
          onPointerMove={(event) => setHovered(pointerDay(event))}
          onPointerLeave={() => setHovered(null)}
          onClick={(event) => onDay(pointerDay(event))}
          onFocus={() => setActive(clampDay(day))}
          onBlur={() => setActive(null)}
          onKeyDown={onKeyDown}
        >
          <HistogramChart min={min} max={max} series={series} draft={draftEventsPerDay} maxEvents={eventsTop} maxCases={maxCases} />
          {/* The current day is a separate element moved by a transform: no repaint of the chart per step. */}
          <div className="day-marker" style={{ transform: `translateX(${((day - min + 0.5) / span) * 100}cqw)` }} aria-hidden="true" />
          {shown !== null && (
            <>
              <div className={`day-pointer${active !== null ? ' is-active' : ''}`} style={{ left: `${left}%`, width: `max(${100 / span}%, 3px)` }} aria-hidden="true" />
              <div className={`histogram-tooltip${left > 60 ? ' is-left' : ''}`} style={{ left: `${left}%` }} data-testid="histogram-tooltip" aria-hidden="true">
                {lines.map((line, i) => <div key={i}>{line}</div>)}
              </div>
            </>
          )}
          {active !== null && (
            <div role="option" id={optionId} aria-selected="true" aria-posinset={active - min + 1} aria-setsize={span} className="visually-hidden">{lines.join('; ')}</div>
          )}
        </div>
        {caseValues.length > 0 && (
          <div className="histogram-axis is-cases" aria-hidden="true"><span>{maxCases}</span><span>0</span></div>
        )}
      </div>
      <figcaption>
        <span className="key-bars">▮ {t(lang, 'eventsPerDay')}</span>
        {draftEventsPerDay && <span className="key-draft">▯ {t(lang, 'draftEventsPerDay')}</span>}
        {caseValues.length > 0 && <span className={series.some((s) => s.colour) ? 'key-cases is-neutral' : 'key-cases'}>● {t(lang, 'newCases')}</span>}
        {series.some((s) => s.colour) && series.map((s) => (
          <span key={s.outbreakId} className="key-outbreak" data-testid="histogram-outbreak-key" title={s.dayZero ?? undefined}>
            <span className="swatch" style={{ background: s.colour ?? undefined }} />{s.title}
            {s.dayZero && <span className="visually-hidden">: {s.dayZero}</span>}
          </span>
        ))}
        {series.length === 1 && series[0].dayZero && <span className="key-day-zero" data-testid="day-zero">{series[0].dayZero}</span>}
      </figcaption>
    </figure>
  );
}
