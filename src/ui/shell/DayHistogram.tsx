/**
 * The one day histogram of every view: a chart of the days (the view's drawing), an axis on each side, the days
 * without data marked under the bars, the current day's marker, the day's values on hover or keyboard focus, and a
 * click on any day (a narrow bar is widened to MIN_HIT_PX) moving the slider there. For the keyboard it is a
 * listbox of days: arrows, PageUp/PageDown and Home/End choose a day (its values are shown and read out), Enter or
 * Space goes to it. The caption keys each series with its colour.
 */
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { dayAt, dayCentre } from './histogram-geometry';
import { NoDataMarks } from './NoDataMarks';

/** One entry of the caption: a series (its colour or class) or a mark ("no data"). */
export interface SeriesKey {
  id: string;
  label: string;
  /** The series' colour (a swatch); without one, `symbol` in the colour of `className`. */
  colour?: string | null;
  symbol?: string;
  className?: string;
  testId?: string;
  /** What the entry stands on, on hover and for screen readers (an outbreak's day 0). */
  detail?: string | null;
}

export interface DayHistogramProps {
  min: number;
  max: number;
  day: number;
  /** Should keep its identity across steps, as `chart`'s inputs: the drawing is memoised on them. */
  onDay: (day: number) => void;
  /** The drawing (bars, points) in a 0..WIDTH × 0..HEIGHT box: depends on the data and range, never on the day. */
  chart: ReactNode;
  /** The top value of the left axis, and of the right one (null: no right axis). */
  axis: { left: number; right?: number | null };
  /** Days with data: a pointer near a narrow bar goes to it. */
  hasData: (day: number) => boolean;
  /** Days without data (no list), marked under the bars; none when not given. */
  noData?: (day: number) => boolean;
  /** The lines said for a day: its label first, then its values. */
  describe: (day: number) => string[];
  /** What the keyboard's listbox is called (what it counts, and its keys). */
  label: string;
  keys: readonly SeriesKey[];
  /** More text for the caption (the scale, what day 0 is). */
  note?: ReactNode;
  className?: string;
  testId?: string;
}

const KEY_MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageDown: -7, PageUp: 7 };

export function DayHistogram({ min, max, day, onDay, chart, axis, hasData, noData, describe, label, keys, note, className, testId }: DayHistogramProps) {
  const span = Math.max(1, max - min + 1);
  const [hovered, setHovered] = useState<number | null>(null);
  /** The day chosen with the keyboard while the histogram has the focus. */
  const [active, setActive] = useState<number | null>(null);
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
  const lines = shown === null ? [] : describe(shown);
  const left = shown === null ? 0 : dayCentre(shown, min, max) * 100;
  const optionId = `histogram-day-${shown ?? ''}`;
  return (
    <figure className={`histogram${className ? ` ${className}` : ''}`} data-testid={testId}>
      <div className="histogram-body">
        <div className="histogram-axis" data-testid="histogram-axis" aria-hidden="true">
          <span>{axis.left.toLocaleString()}</span><span>0</span>
        </div>
        <div
          className="histogram-plot" tabIndex={0} role="listbox" aria-label={label}
          aria-activedescendant={active !== null ? optionId : undefined} data-testid="histogram-plot"
          onPointerMove={(event) => setHovered(pointerDay(event))}
          onPointerLeave={() => setHovered(null)}
          onClick={(event) => onDay(pointerDay(event))}
          onFocus={() => setActive(clampDay(day))}
          onBlur={() => setActive(null)}
          onKeyDown={onKeyDown}
        >
          {chart}
          {noData && <NoDataMarks min={min} max={max} noData={noData} className="histogram-no-data" />}
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
        {axis.right != null && (
          <div className="histogram-axis is-cases" aria-hidden="true"><span>{axis.right.toLocaleString()}</span><span>0</span></div>
        )}
      </div>
      <figcaption>
        {keys.map((key) => (
          <span key={key.id} className={key.colour ? `key-series ${key.className ?? ''}` : key.className} data-testid={key.testId} title={key.detail ?? undefined}>
            {key.colour ? <span className="swatch" style={{ background: key.colour }} /> : `${key.symbol ?? '▮'} `}{key.label}
            {key.detail && <span className="visually-hidden">: {key.detail}</span>}
          </span>
        ))}
        {note}
      </figcaption>
    </figure>
  );
}
