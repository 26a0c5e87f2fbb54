/**
 * Days an ended measure (a report's lifted place, an official area taken off the lists) stays on the map, faded,
 * before it disappears: one rule for every source.
 */
export const FADE_DAYS = 3;
