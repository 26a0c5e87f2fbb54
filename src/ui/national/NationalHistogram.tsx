/**
 * The national view's day histogram: official high and medium entries in force per day, stacked in their colours
 * on a square-root scale (so the tens of 2021 stay visible beside the tens of thousands of late 2022), in the one
 * day histogram (../shell/DayHistogram: keyboard listbox, axis, the days without a list marked), and the same
 * no-data days under the slider (NationalNoDataStrip). Two paths in all: a time step moves only the day marker.
 */
import { memo, useMemo } from 'react';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { DayHistogram } from '../shell/DayHistogram';
import { NoDataMarks } from '../shell/NoDataMarks';
import { tn, totalsText } from './messages';

export interface DayTotals {
  /** Entries in force per day from `min`; null = no list of that level that day. */
  high: ReadonlyArray<number | null>;
  medium: ReadonlyArray<number | null>;
}

export interface NationalHistogramProps {
  lang: Language;
  min: number;
  max: number;
  day: number;
  totals: DayTotals;
  onDay: (day: number) => void;
}

/** The colour of each series, in the bars and in the caption's keys. */
export const LEVEL_COLOURS = { high: '#d32f2f', medium: '#f57c00' } as const;

const WIDTH = 1000;
const HEIGHT = 56;
/** Room under the bars for the no-data marks. */
const NO_DATA_BAND = 5;

const peakOf = (totals: DayTotals, span: number) => {
  let peak = 1;
  for (let i = 0; i < span; i += 1) peak = Math.max(peak, (totals.high[i] ?? 0) + (totals.medium[i] ?? 0));
  return peak;
};

const Chart = memo(function Chart({ min, max, totals }: Pick<NationalHistogramProps, 'min' | 'max' | 'totals'>) {
  const span = max - min + 1;
  const barWidth = WIDTH / span;
  const plot = HEIGHT - NO_DATA_BAND - 1;
  const peak = peakOf(totals, span);
  const scale = (n: number) => (Math.sqrt(n) / Math.sqrt(peak)) * plot;
  let high = '';
  let medium = '';
  for (let i = 0; i < span; i += 1) {
    const x = (i * barWidth).toFixed(2);
    const w = Math.max(barWidth, 0.6).toFixed(2);
    const m = totals.medium[i] ?? 0;
    const h = totals.high[i] ?? 0;
    const mediumTop = plot - scale(m);
    const top = plot - scale(m + h);
    if (m > 0) medium += `M${x} ${plot}V${mediumTop.toFixed(1)}h${w}V${plot}z`;
    if (h > 0) high += `M${x} ${mediumTop.toFixed(1)}V${top.toFixed(1)}h${w}V${mediumTop.toFixed(1)}z`;
  }
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
      <path d={medium} className="bar-medium" style={{ fill: LEVEL_COLOURS.medium }} />
      <path d={high} className="bar-high" style={{ fill: LEVEL_COLOURS.high }} />
    </svg>
  );
});

const everyDay = () => true;

/** Whether a day (from `min`) has no list of a level: a predicate for the no-data marks, stable per record. */
function useNoData(min: number, totals: DayTotals) {
  return useMemo(() => (d: number) => totals.high[d - min] === null || totals.medium[d - min] === null, [min, totals]);
}

export function NationalHistogram({ lang, min, max, day, totals, onDay }: NationalHistogramProps) {
  const noData = useNoData(min, totals);
  const peak = useMemo(() => peakOf(totals, max - min + 1), [totals, min, max]);
  const countsOf = (d: number) => ({ high: totals.high[d - min] ?? null, medium: totals.medium[d - min] ?? null });
  return (
    <DayHistogram
      min={min} max={max} day={day} onDay={onDay} className="national-histogram" testId="official-histogram"
      chart={<Chart min={min} max={max} totals={totals} />} axis={{ left: peak }}
      // Every day is a target as it is: a day without a list is one a reader may want to see (no widening towards bars).
      hasData={everyDay} noData={noData}
      describe={(d) => [isoOfDay(d), totalsText(countsOf(d), lang)]}
      label={tn(lang, 'histogramKeys')}
      keys={[
        { id: 'high', label: tn(lang, 'high'), colour: LEVEL_COLOURS.high },
        { id: 'medium', label: tn(lang, 'medium'), colour: LEVEL_COLOURS.medium },
        { id: 'no-data', label: tn(lang, 'noData'), symbol: '▬', className: 'key-no-data' },
      ]}
      note={<span>{tn(lang, 'squareRootScale')}</span>}
    />
  );
}

/** The days without a list as ticks under the slider (aligned with its track), so the slider shows them too. */
export function NationalNoDataStrip({ lang, min, max, totals }: { lang: Language; min: number; max: number; totals: DayTotals }) {
  const noData = useNoData(min, totals);
  return <NoDataMarks min={min} max={max} noData={noData} className="no-data-strip" label={tn(lang, 'noDataTicks')} />;
}
