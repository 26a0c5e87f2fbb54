/**
 * The slider follows the trip: a trip chosen or changed in the panel (or opened by a link without a day) moves the
 * slider, once its result is in, to a day of its range on which a place found is in force (trip-day.ts), so the
 * map shows what the list lists. Later results (a slider moved by the reader) leave the day alone.
 */
import { useCallback, useEffect, useRef } from 'react';
import { tripDay } from '../../trip/trip-day';
import type { TripResult } from '../../trip/trip-check';

export function useTripDay(result: Pick<TripResult, 'query' | 'hits'> | null, dayNow: () => number, setDay: (day: number) => void, followFirst: boolean) {
  const pending = useRef(followFirst);
  useEffect(() => {
    if (!pending.current || !result) return;
    pending.current = false;
    // Read now, not passed in: the page holding this does not render for a day step (issue 22).
    const day = dayNow();
    const next = tripDay(result, day);
    if (next !== day) setDay(next);
  }, [result, dayNow, setDay]);
  /** Call when the reader sets a trip: the next result moves the slider. */
  return useCallback(() => {
    pending.current = true;
  }, []);
}
