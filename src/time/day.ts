/**
 * The day of a view, framework-free: one clamp into the view's range, the next day of playback, and the history
 * mode of each kind of change (a scrub replaces the entry once the view is still, a jump pushes one, a play step
 * records nothing and its stop replaces once). Days are calendar days in China (Asia/Shanghai) as day numbers
 * (src/core/calendar-day.ts), or days since a start in an aligned view: the same integers here.
 */

export interface DayRange {
  min: number;
  max: number;
}

/** How the day changed: dragging or arrowing the slider, choosing a day, a playback step, playback stopping. */
export type DayChange = 'scrub' | 'jump' | 'play' | 'stop';

/** The history mode of each change, as src/url/view-history.ts takes it. */
export const HISTORY_OF_CHANGE = { scrub: 'replace', jump: 'push', play: 'none', stop: 'replace' } as const satisfies Record<DayChange, 'push' | 'replace' | 'none'>;

/** The one clamp of a day into a range. */
export function clampDay(day: number, range: DayRange): number {
  return Math.min(range.max, Math.max(range.min, day));
}

/** The day playback moves to after `day`, or null at the end of the range (playback stops there). */
export function nextPlayDay(day: number, range: DayRange): number | null {
  return day >= range.max ? null : clampDay(day + 1, range);
}
