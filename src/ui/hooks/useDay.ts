/**
 * The one day hook of every view with a slider: moves the view's day (clamped into its range, src/time/day.ts) with
 * the history mode the caller gives, and plays it (usePlayback): each play step records nothing, the stop replaces
 * the entry once. `setDay` and `playback` stay the same object across steps, so what they are passed to does not
 * re-render for a step. The day is read from `days` when needed: the caller does not subscribe to it (issue 22).
 */
import { useCallback } from 'react';
import { clampDay, HISTORY_OF_CHANGE, type DayRange } from '../../time/day';
import type { HistoryMode } from '../../url/view-history';
import { usePlayback } from './usePlayback';
import type { DaySource } from './useUrlState';

export function useDay(days: DaySource, range: DayRange, update: (patch: { day?: number }, mode: HistoryMode) => void) {
  const dayNow = useCallback(() => clampDay(days.get().day, range), [days, range]);
  const setDay = useCallback((next: number, mode: HistoryMode) => update({ day: clampDay(next, range) }, mode), [update, range]);
  const playStep = useCallback((next: number) => setDay(next, HISTORY_OF_CHANGE.play), [setDay]);
  const playStopped = useCallback(() => update({}, HISTORY_OF_CHANGE.stop), [update]);
  const playback = usePlayback({ dayNow, range, onStep: playStep, onStop: playStopped });
  return { setDay, playback, dayNow };
}
