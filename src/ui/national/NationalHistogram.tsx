/**
 * Official high and medium entries in force per day over the record (stacked bars on a square-root scale, so the
 * tens of 2021 stay visible beside the tens of thousands of late 2022), with the days without a list marked
 * below the bars. A click anywhere on the chart moves the slider to that day. Three paths in all: a time step
 * moves only the day marker.
 */
import { memo, type MouseEvent } from 'react';
import { isoOfDay } from '../../timeline/days';
import type { Language } from '../../url/view-state';
import { tn } from './messages';

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

const WIDTH = 1000;
const HEIGHT = 56;
const NO_DATA_BAND = 5;

const Chart = memo(function Chart({ lang, min, max, totals }: Omit<NationalHistogramProps, 'day' | 'onDay'>) {
  const span = max - min + 1;
  const barWidth = WIDTH / span;
  const plot = HEIGHT - NO_DATA_BAND - 1;
  let peak = 1;
  for (let i = 0; i < span; i += 1) peak = Math.max(peak, (totals.high[i] ?? 0) + (totals.medium[i] ?? 0));
  const scale = (n: number) => (Math.sqrt(n) / Math.sqrt(peak)) * plot;
  let high = '';
  let medium = '';
  let noData = '';
  for (let i = 0; i < span; i += 1) {
    const x = (i * barWidth).toFixed(2);
    const w = Math.max(barWidth, 0.6).toFixed(2);
    const m = totals.medium[i] ?? 0;
    const h = totals.high[i] ?? 0;
    const mediumTop = plot - scale(m);
    const top = plot - scale(m + h);
    if (m > 0) medium += `M${x} ${plot}V${mediumTop.toFixed(1)}h${w}V${plot}z`;
    if (h > 0) high += `M${x} ${mediumTop.toFixed(1)}V${top.toFixed(1)}h${w}V${mediumTop.toFixed(1)}z`;
    if (totals.high[i] === null || totals.medium[i] === null) noData += `M${x} ${HEIGHT - NO_DATA_BAND}h${w}v${NO_DATA_BAND}h-${w}z`;
  }
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
      <path d={medium} className="bar-medium" />
      <path d={high} className="bar-high" />
      <path d={noData} className="bar-no-data"><title>{tn(lang, 'noData')}</title></path>
    </svg>
  );
});

export function NationalHistogram({ lang, min, max, day, totals, onDay }: NationalHistogramProps) {
  const span = max - min + 1;
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const offset = Math.floor(((event.clientX - box.left) / box.width) * span);
    onDay(Math.min(max, Math.max(min, min + offset)));
  };
  return (
    <figure className="histogram national-histogram" data-testid="official-histogram">
      {/* The slider is the keyboard way to the same days; the chart is a pointer shortcut. */}
      <div className="histogram-plot" onClick={onClick} title={`${isoOfDay(min)} – ${isoOfDay(max)}`}>
        <Chart lang={lang} min={min} max={max} totals={totals} />
        <div className="day-marker" style={{ transform: `translateX(${((day - min + 0.5) / span) * 100}cqw)` }} aria-hidden="true" />
      </div>
      <figcaption>
        <span className="key-high">▮ {tn(lang, 'high')}</span>
        <span className="key-medium">▮ {tn(lang, 'medium')}</span>
        <span className="key-no-data">▬ {tn(lang, 'noData')}</span>
        <span>{lang === 'zh' ? '（平方根刻度）' : '(square-root scale)'}</span>
      </figcaption>
    </figure>
  );
}

/** The days without a list as ticks under the slider (aligned with its track), so the slider shows them too. */
export const NoDataStrip = memo(function NoDataStrip({ lang, min, max, totals }: Omit<NationalHistogramProps, 'day' | 'onDay'>) {
  const span = max - min + 1;
  let ticks = '';
  for (let i = 0; i < span; i += 1) {
    if (totals.high[i] === null || totals.medium[i] === null) ticks += `M${((i / span) * WIDTH).toFixed(2)} 0h${Math.max(WIDTH / span, 1.5).toFixed(2)}v4h-${Math.max(WIDTH / span, 1.5).toFixed(2)}z`;
  }
  return (
    <svg className="no-data-strip" viewBox={`0 0 ${WIDTH} 4`} preserveAspectRatio="none" role="img" aria-label={`${tn(lang, 'noData')}: ${lang === 'zh' ? '深色刻度' : 'dark ticks'}`}>
      <path d={ticks} />
    </svg>
  );
});
