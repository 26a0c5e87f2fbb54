/**
 * The histogram's drawing: events per day as bars (stacked per outbreak, each in its colour when outbreaks are
 * compared), and each reported number of new cases as a point with its number, joined by a line only to a report of
 * the day before or after (never across days without a report). Depends on the data and the range only, so a time
 * step, a hover or a key never re-renders it.
 */
import { memo } from 'react';
import { consecutiveRuns, dayCentre } from '../shell/histogram-geometry';

export interface HistogramSeries {
  outbreakId: string;
  title: string;
  /** The outbreak's own colour when outbreaks are compared; null draws the default bars and case points. */
  colour: string | null;
  events: ReadonlyMap<number, number>;
  cases: ReadonlyMap<number, number>;
  /** In "days since first case" mode, what its day 0 stands on ("Day 0 = the day of the first case … (2022-01-08)"). */
  dayZero: string | null;
}

export const WIDTH = 1000;
export const HEIGHT = 56;
/** Room kept above the tallest bar and point for the numbers. */
const TOP = 14;

interface ChartProps {
  min: number;
  max: number;
  series: readonly HistogramSeries[];
  /** Events per day of a draft under review: outlined bars over the curated ones. */
  draft?: ReadonlyMap<number, number>;
  maxEvents: number;
  maxCases: number;
}

const yOf = (n: number, top: number) => HEIGHT - (n / Math.max(1, top)) * (HEIGHT - TOP);

/** Closest two numbered days may be, in viewBox units (1.4 % of the width): closer numbers would overprint. */
const NUMBER_GAP = 14;

/**
 * The days whose reported cases get their number written: the largest first, and a day too close to one already
 * numbered goes without (its point stays, and the tooltip gives its number).
 */
function numberedDays(series: readonly HistogramSeries[], min: number, max: number): Set<number> {
  const largest = new Map<number, number>();
  for (const s of series) for (const [d, n] of s.cases) if (d >= min && d <= max) largest.set(d, Math.max(n, largest.get(d) ?? -1));
  const kept = new Set<number>();
  for (const [d] of [...largest].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
    const x = dayCentre(d, min, max) * WIDTH;
    if ([...kept].every((k) => Math.abs(dayCentre(k, min, max) * WIDTH - x) >= NUMBER_GAP)) kept.add(d);
  }
  return kept;
}

export const HistogramChart = memo(function HistogramChart({ min, max, series, draft, maxEvents, maxCases }: ChartProps) {
  const barWidth = WIDTH / Math.max(1, max - min + 1);
  const bars = [];
  const stacked = new Map<number, number>();
  for (const s of series) {
    for (const [d, n] of s.events) {
      if (d < min || d > max) continue;
      const below = stacked.get(d) ?? 0;
      stacked.set(d, below + n);
      const y = yOf(below + n, maxEvents);
      bars.push(<rect key={`${s.outbreakId}-${d}`} x={(d - min) * barWidth} y={y} width={Math.max(1, barWidth - 1)} height={yOf(below, maxEvents) - y}
        className="bar" style={s.colour ? { fill: s.colour } : undefined} />);
    }
  }
  const draftBars = [...(draft ?? [])].filter(([d]) => d >= min && d <= max).map(([d, n]) => (
    <rect key={`draft-${d}`} x={(d - min) * barWidth} y={yOf(n, maxEvents)} width={Math.max(1, barWidth - 1)} height={HEIGHT - yOf(n, maxEvents)}
      className="draft-bar" data-testid="draft-bar" />
  ));
  const lines = [];
  const points = [];
  const labels = [];
  const numbered = numberedDays(series, min, max);
  /** Numbers already placed per day: a second outbreak's number on the same day goes above the first. */
  const labelled = new Map<number, number>();
  for (const s of series) {
    const days = [...s.cases.keys()].filter((d) => d >= min && d <= max).sort((a, b) => a - b);
    const stroke = s.colour ? { stroke: s.colour } : undefined;
    for (const run of consecutiveRuns(days)) {
      if (run.length < 2) continue;
      const path = run.map((d) => `${(dayCentre(d, min, max) * WIDTH).toFixed(1)},${yOf(s.cases.get(d)!, maxCases).toFixed(1)}`).join(' ');
      lines.push(<polyline key={`${s.outbreakId}-${run[0]}`} points={path} className="cases-line" data-testid="case-line" style={stroke} />);
    }
    for (const d of days) {
      const n = s.cases.get(d)!;
      const x = dayCentre(d, min, max) * WIDTH;
      const y = yOf(n, maxCases);
      // A zero-length line with round caps and a stroke that ignores the stretched viewBox: a round dot.
      points.push(<line key={`${s.outbreakId}-${d}`} x1={x} y1={y} x2={x} y2={y} className="case-point" data-testid="case-point" style={stroke} />);
      if (!numbered.has(d)) continue;
      const above = labelled.get(d) ?? 0;
      labelled.set(d, above + 1);
      labels.push(
        <span key={`${s.outbreakId}-${d}`} className="case-value" data-testid="case-value"
          style={{ left: `${dayCentre(d, min, max) * 100}%`, bottom: `calc(${((HEIGHT - y) / HEIGHT) * 100}% + ${4 + above * 11}px)`, color: s.colour ?? undefined }}>
          {n}
        </span>,
      );
    }
  }
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" data-testid="histogram">
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} className="baseline" />
        {bars}
        {draftBars}
        {lines}
        {points}
      </svg>
      <div className="case-values" aria-hidden="true">{labels}</div>
    </>
  );
});
