/** Events per day as bars (click a bar to go to that day) with the reported new cases as a line. */
import { memo, useRef, type RefObject } from 'react';
import type { Language } from '../url/view-state';
import { t } from './i18n';
import { dayLabel } from './TimeControls';

export interface HistogramProps {
  lang: Language;
  min: number;
  max: number;
  day: number;
  aligned: boolean;
  eventsPerDay: ReadonlyMap<number, number>;
  casesPerDay: ReadonlyMap<number, number>;
  onDay: (day: number) => void;
}

interface BarProps {
  d: number;
  n: number;
  x: number;
  h: number;
  width: number;
  height: number;
  current: boolean;
  aligned: boolean;
  lang: Language;
  onDay: RefObject<(day: number) => void>;
}

/** One bar, memoised: a time step re-renders only the bars whose "current" flag changed, not all 365. */
const Bar = memo(function Bar({ d, n, x, h, width, height, current, aligned, lang, onDay }: BarProps) {
  return (
    <rect x={x} y={height - h} width={width} height={h} className={current ? 'bar is-current' : 'bar'} onClick={() => onDay.current(d)}>
      <title>{`${dayLabel(d, aligned, lang)}: ${n}`}</title>
    </rect>
  );
});

export function Histogram({ lang, min, max, day, aligned, eventsPerDay, casesPerDay, onDay }: HistogramProps) {
  const span = Math.max(1, max - min + 1);
  const width = 1000;
  const height = 56;
  const barWidth = width / span;
  const maxEvents = Math.max(1, ...eventsPerDay.values());
  const maxCases = Math.max(1, ...casesPerDay.values());
  const casePoints = [...casesPerDay.entries()].filter(([d]) => d >= min && d <= max).sort((a, b) => a[0] - b[0])
    .map(([d, n]) => `${((d - min + 0.5) * barWidth).toFixed(1)},${(height - (n / maxCases) * (height - 4)).toFixed(1)}`);
  // The click handler changes identity on every render of the parent; a ref keeps the bars' props stable.
  const onDayRef = useRef(onDay);
  onDayRef.current = onDay;
  const bars = [];
  for (const [d, n] of eventsPerDay) {
    if (d < min || d > max) continue;
    bars.push(
      <Bar key={d} d={d} n={n} x={(d - min) * barWidth} h={(n / maxEvents) * (height - 4)} width={Math.max(1, barWidth - 1)} height={height}
        current={d === day} aligned={aligned} lang={lang} onDay={onDayRef} />,
    );
  }
  return (
    <figure className="histogram">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={`${t(lang, 'eventsPerDay')}, ${t(lang, 'newCases')}`} data-testid="histogram">
        {bars}
        {casePoints.length > 1 && <polyline points={casePoints.join(' ')} className="cases-line" />}
        <line x1={(day - min + 0.5) * barWidth} x2={(day - min + 0.5) * barWidth} y1={0} y2={height} className="day-marker" />
      </svg>
      <figcaption>
        <span className="key-bars">▮ {t(lang, 'eventsPerDay')}</span>
        {casePoints.length > 1 && <span className="key-cases">— {t(lang, 'newCases')}</span>}
      </figcaption>
    </figure>
  );
}
