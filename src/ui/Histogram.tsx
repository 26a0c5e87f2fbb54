/** Events per day as bars (click a bar to go to that day) with the reported new cases as a line. */
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

export function Histogram({ lang, min, max, day, aligned, eventsPerDay, casesPerDay, onDay }: HistogramProps) {
  const span = Math.max(1, max - min + 1);
  const width = 1000;
  const height = 56;
  const barWidth = width / span;
  const maxEvents = Math.max(1, ...eventsPerDay.values());
  const maxCases = Math.max(1, ...casesPerDay.values());
  const casePoints = [...casesPerDay.entries()].filter(([d]) => d >= min && d <= max).sort((a, b) => a[0] - b[0])
    .map(([d, n]) => `${((d - min + 0.5) * barWidth).toFixed(1)},${(height - (n / maxCases) * (height - 4)).toFixed(1)}`);
  const bars = [];
  for (const [d, n] of eventsPerDay) {
    if (d < min || d > max) continue;
    const h = (n / maxEvents) * (height - 4);
    bars.push(
      <rect key={d} x={(d - min) * barWidth} y={height - h} width={Math.max(1, barWidth - 1)} height={h}
        className={d === day ? 'bar is-current' : 'bar'} onClick={() => onDay(d)}>
        <title>{`${dayLabel(d, aligned, lang)}: ${n}`}</title>
      </rect>,
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
