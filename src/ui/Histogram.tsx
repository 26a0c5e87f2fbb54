/** Events per day as bars (click a bar to go to that day) with the reported new cases as a line. */
import { memo } from 'react';
import type { Language } from '../url/view-state';
import { t } from './i18n';
import { dayLabel } from './TimeControls';

/** `onDay` should keep its identity across steps: the chart is memoised on it. */
export interface HistogramProps {
  lang: Language;
  min: number;
  max: number;
  day: number;
  aligned: boolean;
  eventsPerDay: ReadonlyMap<number, number>;
  casesPerDay: ReadonlyMap<number, number>;
  /** Events of a draft under review (src/ui/review), drawn as outlined bars beside the curated ones. */
  draftEventsPerDay?: ReadonlyMap<number, number>;
  onDay: (day: number) => void;
}

interface BarProps {
  d: number;
  n: number;
  x: number;
  h: number;
  width: number;
  height: number;
  aligned: boolean;
  lang: Language;
  onDay: (day: number) => void;
}

/** One bar, memoised: a time step re-renders only the bars whose "current" flag changed, not all 365. */
const Bar = memo(function Bar({ d, n, x, h, width, height, aligned, lang, onDay }: BarProps) {
  return (
    <rect x={x} y={height - h} width={width} height={h} className="bar" onClick={() => onDay(d)}>
      <title>{`${dayLabel(d, aligned, lang)}: ${n}`}</title>
    </rect>
  );
});

/** Bars and case line: depend on the data and range only, so a time step never re-renders or repaints them. */
const Chart = memo(function Chart({ lang, min, max, aligned, eventsPerDay, casesPerDay, draftEventsPerDay, onDay }: Omit<HistogramProps, 'day'>) {
  const span = Math.max(1, max - min + 1);
  const barWidth = WIDTH / span;
  const maxEvents = Math.max(1, ...eventsPerDay.values(), ...(draftEventsPerDay?.values() ?? []));
  const maxCases = Math.max(1, ...casesPerDay.values());
  const casePoints = [...casesPerDay.entries()].filter(([d]) => d >= min && d <= max).sort((a, b) => a[0] - b[0])
    .map(([d, n]) => `${((d - min + 0.5) * barWidth).toFixed(1)},${(HEIGHT - (n / maxCases) * (HEIGHT - 4)).toFixed(1)}`);
  const bars = [];
  for (const [d, n] of eventsPerDay) {
    if (d < min || d > max) continue;
    bars.push(
      <Bar key={d} d={d} n={n} x={(d - min) * barWidth} h={(n / maxEvents) * (HEIGHT - 4)} width={Math.max(1, barWidth - 1)} height={HEIGHT}
        aligned={aligned} lang={lang} onDay={onDay} />,
    );
  }
  const draftBars = [...(draftEventsPerDay ?? [])].filter(([d]) => d >= min && d <= max).map(([d, n]) => {
    const h = (n / maxEvents) * (HEIGHT - 4);
    return (
      <rect key={`draft-${d}`} x={(d - min) * barWidth} y={HEIGHT - h} width={Math.max(1, barWidth - 1)} height={h} className="draft-bar" data-testid="draft-bar" onClick={() => onDay(d)}>
        <title>{`${dayLabel(d, aligned, lang)}: ${n} (${t(lang, 'draftEventsPerDay')})`}</title>
      </rect>
    );
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={`${t(lang, 'eventsPerDay')}, ${t(lang, 'newCases')}`} data-testid="histogram">
      {bars}
      {draftBars}
      {casePoints.length > 1 && <polyline points={casePoints.join(' ')} className="cases-line" />}
    </svg>
  );
});

const WIDTH = 1000;
const HEIGHT = 56;

export function Histogram({ lang, min, max, day, aligned, eventsPerDay, casesPerDay, draftEventsPerDay, onDay }: HistogramProps) {
  const span = Math.max(1, max - min + 1);
  const hasCases = [...casesPerDay.keys()].some((d) => d >= min && d <= max);
  return (
    <figure className="histogram">
      <div className="histogram-plot">
        <Chart lang={lang} min={min} max={max} aligned={aligned} eventsPerDay={eventsPerDay} casesPerDay={casesPerDay} draftEventsPerDay={draftEventsPerDay} onDay={onDay} />
        {/* The current day is a separate element moved by a transform: no repaint of the chart per step. */}
        <div className="day-marker" style={{ transform: `translateX(${((day - min + 0.5) / span) * 100}cqw)` }} aria-hidden="true" />
      </div>
      <figcaption>
        <span className="key-bars">▮ {t(lang, 'eventsPerDay')}</span>
        {hasCases && <span className="key-cases">— {t(lang, 'newCases')}</span>}
        {draftEventsPerDay && <span className="key-draft">▯ {t(lang, 'draftEventsPerDay')}</span>}
      </figcaption>
    </figure>
  );
}
