/**
 * Time slider (WAI-ARIA slider pattern: arrows ±1 day, PageUp/PageDown ±7, Home/End) with play/pause, speed,
 * step and jump buttons. Space toggles play anywhere outside text fields (handled in Atlas).
 */
import type { KeyboardEvent } from 'react';
import { isoOfDay } from '../timeline/days';
import type { Language } from '../url/view-state';
import { t } from './i18n';

export const SPEEDS = [1, 2, 4] as const;

export interface TimeControlsProps {
  lang: Language;
  day: number;
  min: number;
  max: number;
  aligned: boolean;
  playing: boolean;
  speed: number;
  firstEventDay: number;
  lastEventDay: number;
  onDay: (day: number, deliberate: boolean) => void;
  onTogglePlay: () => void;
  onSpeed: (speed: number) => void;
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
        <button type="button" onClick={() => props.onDay(clamp(props.firstEventDay), true)} title={t(lang, 'firstEvent')} aria-label={t(lang, 'firstEvent')}>⏮</button>
        <button type="button" onClick={() => props.onDay(clamp(day - 1), false)} disabled={day <= min} title={t(lang, 'stepBack')} aria-label={t(lang, 'stepBack')}>◀</button>
        <button type="button" className="play" onClick={props.onTogglePlay} aria-pressed={props.playing} aria-label={props.playing ? t(lang, 'pause') : t(lang, 'play')} data-testid="play">
          {props.playing ? '⏸' : '▶'}
        </button>
        <button type="button" onClick={() => props.onDay(clamp(day + 1), false)} disabled={day >= max} title={t(lang, 'stepForward')} aria-label={t(lang, 'stepForward')}>▶▏</button>
        <button type="button" onClick={() => props.onDay(clamp(props.lastEventDay), true)} title={t(lang, 'lastEvent')} aria-label={t(lang, 'lastEvent')}>⏭</button>
        <label className="speed">
          <span>{t(lang, 'speed')}</span>
          <select value={props.speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => <option key={s} value={s}>{s} {t(lang, 'daysPerSecond')}</option>)}
          </select>
        </label>
        <output className="current-date" data-testid="current-date" aria-live="polite">{dayLabel(day, aligned, lang)}</output>
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
        aria-valuetext={dayLabel(day, aligned, lang)}
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
