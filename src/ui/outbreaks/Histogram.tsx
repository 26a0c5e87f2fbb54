/**
 * The outbreak views' day histogram: events per day and reported new cases (HistogramChart) in the one day
 * histogram (shell/DayHistogram: keyboard listbox, axes, tooltip), an axis for each, a colour per outbreak compared.
 */
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { HistogramChart, type HistogramSeries } from './HistogramChart';
import { DayHistogram, type SeriesKey } from '../shell/DayHistogram';
import { t, tn } from '../shell/i18n';
import { dayLabel } from '../shell/TimeControls';

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
  const hasData = (d: number) => series.some((s) => s.events.has(d) || s.cases.has(d));
  // The axis's top: the tallest bar, outbreaks stacked.
  const eventDays = [...new Set(series.flatMap((s) => [...s.events.keys()]))].filter((d) => d >= min && d <= max);
  const draftTops = [...(draftEventsPerDay ?? [])].filter(([d]) => d >= min && d <= max).map(([, n]) => n);
  const eventsTop = Math.max(1, ...draftTops, ...eventDays.map((d) => series.reduce((n, s) => n + (s.events.get(d) ?? 0), 0)));
  const caseValues = series.flatMap((s) => [...s.cases].filter(([d]) => d >= min && d <= max).map(([, n]) => n));
  const maxCases = Math.max(1, ...caseValues);
  const describe = (d: number) => {
    const draftOnDay = draftEventsPerDay?.get(d);
    return [...describeDay(d, props), ...(draftOnDay ? [`${t(lang, 'draftEventsPerDay')}: ${draftOnDay}`] : [])];
  };
  const coloured = series.some((s) => s.colour);
  const keys: SeriesKey[] = [
    { id: 'events', label: t(lang, 'eventsPerDay'), className: 'key-bars' },
    ...(draftEventsPerDay ? [{ id: 'draft', label: t(lang, 'draftEventsPerDay'), symbol: '▯', className: 'key-draft' }] : []),
    ...(caseValues.length > 0 ? [{ id: 'cases', label: t(lang, 'newCases'), symbol: '●', className: coloured ? 'key-cases is-neutral' : 'key-cases' }] : []),
    ...(coloured ? series.map((s) => ({ id: s.outbreakId, label: s.title, colour: s.colour, className: 'key-outbreak', testId: 'histogram-outbreak-key', detail: s.dayZero })) : []),
  ];
  return (
    <DayHistogram
      min={min} max={max} day={day} onDay={onDay} hasData={hasData} describe={describe}
      chart={<HistogramChart min={min} max={max} series={series} draft={draftEventsPerDay} maxEvents={eventsTop} maxCases={maxCases} />}
      axis={{ left: eventsTop, right: caseValues.length > 0 ? maxCases : null }}
      label={t(lang, 'histogramKeys')} keys={keys}
      note={series.length === 1 && series[0].dayZero && <span className="key-day-zero" data-testid="day-zero">{series[0].dayZero}</span>}
    />
  );
}
