/** The national view's timeline: its day histogram, the time controls shared with every view, and the no-data days under the slider. */
import type { Language } from '../../url/view-state';
import type { Playback } from '../hooks/usePlayback';
import { TimeControls } from '../shell/TimeControls';
import { NationalHistogram, NationalNoDataStrip, type DayTotals } from './NationalHistogram';

export interface NationalTimelineProps {
  lang: Language;
  range: { min: number; max: number };
  day: number;
  /** Null until the record's counts are in: the slider works before them. */
  totals: DayTotals | null;
  playback: Playback;
  /** A deliberate choice is pushed to the history, a drag replaces the entry. */
  onDay: (day: number, mode: 'push' | 'replace') => void;
}

export function NationalTimeline({ lang, range, day, totals, playback, onDay }: NationalTimelineProps) {
  return (
    <footer className="timeline">
      {totals && <NationalHistogram lang={lang} min={range.min} max={range.max} day={day} totals={totals} onDay={(d) => onDay(d, 'push')} />}
      <TimeControls
        lang={lang} day={day} min={range.min} max={range.max} aligned={false}
        playing={playback.playing} speed={playback.speed} onSpeed={playback.setSpeed} onTogglePlay={playback.toggle}
        firstEventDay={range.min} lastEventDay={range.max}
        onDay={(d, deliberate) => onDay(d, deliberate ? 'push' : 'replace')}
      />
      {totals && <NationalNoDataStrip lang={lang} min={range.min} max={range.max} totals={totals} />}
    </footer>
  );
}
