/**
 * Time slider (WAI-ARIA slider pattern: arrows ±1 day, PageUp/PageDown ±7, Home/End) with play/pause, speed,
 * step and jump buttons. Space toggles play anywhere outside text fields (handled in Atlas).
 */
import type { KeyboardEvent } from 'react';
import { isoOfDay } from '../../core/calendar-day';
import type { Language } from '../../url/view-state';
import { DateInput } from './DateInput';
import { t, tn } from './i18n';

export const SPEEDS = [1, 2, 4] as const;

export interface TimeControlsProps {
  lang: Language;
  day: number;
  min: number;
  max: number;
  aligned: boolean;
  /** The calendar date of the day, shown beside "day N" when one outbreak is aligned on its first case. */
  dateBeside?: string | null;
  playing: boolean;
  speed: number;
  firstEventDay: number;
  lastEventDay: number;
  onDay: (day: number, deliberate: boolean) => void;
  onTogglePlay: () => void;
  onSpeed: (speed: number) => void;
}

/** Inline icons: the media-control glyphs (⏮ ⏭) are missing from many CJK fonts. */
const ICONS = {
  first: 'M4 3h2v14H4z M17 3v14L7 10z',
  back: 'M15 3v14L5 10z',
  play: 'M6 3v14l11-7z',
  pause: 'M5 3h4v14H5z M11 3h4v14h-4z',
  forward: 'M5 3v14l10-7z',
  last: 'M14 3h2v14h-2z M3 3v14l10-7z',
};

function Icon({ name }: { name: keyof typeof ICONS }) {
  return <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d={ICONS[name]} fill="currentColor" /></svg>;
}

export function dayLabel(day: number, aligned: boolean, lang: Language): string {
  return aligned ? t(lang, 'dayN', { n: day }) : isoOfDay(day);
}

export function TimeControls(props: TimeControlsProps) {
  const { lang, day, min, max, aligned } = props;
  const clamp = (d: number) => Math.min(max, Math.max(min, d));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { PageUp: 7, PageDown: -7 };
    if (event.key in moves) {
      event.preventDefault();
      props.onDay(clamp(day + moves[event.key]), false);
    } else if (event.key === ' ') {
      event.preventDefault();
      props.onTogglePlay();
    }
  };
  return (
    <div className="time-controls" role="group" aria-label={t(lang, 'date')}>
      <div className="time-buttons">
        <button type="button" onClick={() => props.onDay(clamp(props.firstEventDay), true)} title={t(lang, 'firstEvent')} aria-label={t(lang, 'firstEvent')}><Icon name="first" /></button>
        <button type="button" onClick={() => props.onDay(clamp(day - 1), false)} disabled={day <= min} title={t(lang, 'stepBack')} aria-label={t(lang, 'stepBack')}><Icon name="back" /></button>
        <button type="button" className="play" onClick={props.onTogglePlay} aria-pressed={props.playing} aria-label={props.playing ? t(lang, 'pause') : t(lang, 'play')} data-testid="play">
          <Icon name={props.playing ? 'pause' : 'play'} />
        </button>
        <button type="button" onClick={() => props.onDay(clamp(day + 1), false)} disabled={day >= max} title={t(lang, 'stepForward')} aria-label={t(lang, 'stepForward')}><Icon name="forward" /></button>
        <button type="button" onClick={() => props.onDay(clamp(props.lastEventDay), true)} title={t(lang, 'lastEvent')} aria-label={t(lang, 'lastEvent')}><Icon name="last" /></button>
        <label className="speed">
          <span>{t(lang, 'speed')}</span>
          <select value={props.speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => <option key={s} value={s}>{tn(lang, 'daysPerSecond', s)}</option>)}
          </select>
        </label>
        <output className="current-date" data-testid="current-date" aria-live="polite">
          {dayLabel(day, aligned, lang)}{props.dateBeside && <span className="date-beside"> · {props.dateBeside}</span>}
        </output>
        {!aligned && <DateInput lang={lang} day={day} min={min} max={max} onDay={(d) => props.onDay(d, true)} />}
      </div>
      <input
        type="range"
        className="time-slider"
        data-testid="time-slider"
        min={min}
        max={max}
        step={1}
        value={day}
        aria-label={t(lang, 'date')}
        aria-valuetext={props.dateBeside ? `${dayLabel(day, aligned, lang)}, ${props.dateBeside}` : dayLabel(day, aligned, lang)}
        onChange={(e) => props.onDay(Number(e.target.value), false)}
        onKeyDown={onKeyDown}
      />
      <div className="time-range" aria-hidden="true">
        <span>{dayLabel(min, aligned, lang)}</span>
        <span>{dayLabel(max, aligned, lang)}</span>
      </div>
    </div>
  );
}
