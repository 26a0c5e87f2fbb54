/**
 * What shows the national (and episode) view's day, each subscribed to it on its own (issue 22): a day step
 * renders these, not the page. The map's step and the day's totals follow the day at once; the side panels read
 * it deferred (they may lag the map by a frame), the list of what is in view once the slider has rested.
 */
import { useDeferredValue, useLayoutEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { NationalLayers } from '../../map/national/national-layers';
import { measureLatest } from '../../map/user-timing';
import type { NationalDayModel } from '../../national/national-model';
import { tripMarks } from '../../trip/trip-marks';
import type { TripHit } from '../../trip/trip-check';
import { clampDay, type DayRange } from '../../time/day';
import { useRestingValue } from '../hooks/useRestingValue';
import { useViewDay, type DaySource } from '../hooks/useUrlState';
import type { layerDataOf } from './layer-data';
import { inViewList } from './map-view';
import { areasWithoutPoint } from './national-glue';
import { listedDaysOf } from './national-models';
import type { DayTotals } from './NationalHistogram';
import { InViewList } from './NationalSidePanel';

/** The view's day in its range: at once, or `deferred` (a panel that may lag the map by a frame). */
export function OnDay({ days, range, deferred = false, children }: { days: DaySource; range: DayRange; deferred?: boolean; children: (day: number) => ReactNode }) {
  const day = clampDay(useViewDay(days), range);
  const late = useDeferredValue(day);
  return children(deferred ? late : day);
}

/** Moves the map's model to the day before the frame is painted; timed as `atlas:national-step` (the bench reads it). */
export function NationalDayStep({ model, days, range }: { model: NationalDayModel | null; days: DaySource; range: DayRange }): null {
  const day = clampDay(useViewDay(days), range);
  useLayoutEffect(() => {
    if (!model) return;
    const started = performance.now();
    model.moveTo(day);
    measureLatest('atlas:national-step', started);
  }, [model, day]);
  return null;
}

/**
 * The day's totals and what they stand on: `totals` counts the view (all China or an episode's unit, from
 * range.min); the national totals tell which days have a list. A day without one shows the last listed day's state.
 */
export function nationalDayFacts(day: number, range: DayRange, totals: DayTotals | null, nationalTotals: DayTotals | null) {
  const counts = totals ? { high: totals.high[day - range.min] ?? null, medium: totals.medium[day - range.min] ?? null } : null;
  const noList = Boolean(counts && counts.high === null && counts.medium === null);
  const shownDay = nationalTotals && noList ? listedDaysOf(nationalTotals).shownDay(day) : day;
  return { counts, noList, shownDay, unconfirmed: noList && shownDay !== day };
}

/** The trip's marks on the map on the day: the day is read only while a trip has a result. */
export function useTripMarks(hits: readonly TripHit[] | null, days: DaySource, range: DayRange) {
  const day = useSyncExternalStore(days.subscribe, () => (hits ? clampDay(days.get().day, range) : null));
  return useMemo(() => (hits && day !== null ? tripMarks(hits, day) : null), [hits, day]);
}

type InViewListProps = Parameters<typeof InViewList>[0];

/** The keyboard list of what is in view: follows the view when it settles and the day once the slider has rested. */
export function InViewListOnDay({ day, layers, viewKey, layerData, model, totals, nationalTotals, range, ...list }: {
  day: number; layers: NationalLayers | null; viewKey: number; layerData: ReturnType<typeof layerDataOf>; model: NationalDayModel | null;
  totals: DayTotals | null; nationalTotals: DayTotals | null; range: DayRange;
} & Omit<InViewListProps, 'items' | 'shownDay' | 'notDrawn'>) {
  const restingDay = useRestingValue(day, 150, viewKey);
  const items = useMemo(() => inViewList(layers, restingDay, viewKey), [layers, restingDay, viewKey]);
  const notDrawn = items?.kind === 'units' && layerData && model ? areasWithoutPoint(layerData.units[items.level], (u) => model.counts[items.level].total(u)) : 0;
  const { unconfirmed, shownDay } = nationalDayFacts(day, range, totals, nationalTotals);
  return <InViewList {...list} items={items} shownDay={unconfirmed ? shownDay : null} notDrawn={notDrawn} />;
}
