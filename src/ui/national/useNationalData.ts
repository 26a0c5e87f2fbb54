/**
 * Loads the national record only when a view needs it (o=china, the official toggle, a trip): geo/official/meta.json
 * first (totals per day and coverage: the totals and the histogram can show at once); then the counts per admin
 * unit and day (unit-days.json, 0.13 MB gzip) with the gazetteer's divisions, their names' pinyin and the outlines' label points, so the
 * map draws its circles (`early`); then the year files (15.7 MB) with progress, fetched, parsed and decoded to
 * typed columns in a Web Worker (official-years-client.ts), so the main thread stays free for the slider. Loaded
 * once per page. The year files are asked for after the early counts: fetched at once, they took the CPU from them.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { AdminDivisions, AdminDivision } from '../../data/admin-divisions';
import type { PinyinLookup } from '../../data/pinyin-name';
import type { UnitLevel, UnitLevelSet } from '../../national/admin-units';
import type { AreaTimeline } from '../../national/area-timeline';
import type { NationalRecord, DayTotals } from '../../national/record';
import type { OfficialMeta, OfficialUnitDays } from '../../official/schema';

export type NationalLoad =
  | { status: 'idle' }
  | { status: 'loading'; done: number; total: number; meta: OfficialMeta | null; totals: DayTotals | null; early: EarlyCounts | null }
  | { status: 'ready'; record: NationalRecord; timeline: AreaTimeline; divisions: AdminDivisions; divisionList: AdminDivision[]; pinyin: PinyinLookup; units: Record<UnitLevel, UnitLevelSet>; labels: ReadonlyMap<string, [number, number]> }
  | { status: 'error'; message: string };

/** The counts per unit and day, before the record: enough for the totals and the circles, not for single areas. */
export interface EarlyCounts {
  file: OfficialUnitDays;
  units: Record<UnitLevel, UnitLevelSet>;
  divisions: AdminDivisions;
  /** The divisions' names in pinyin, written at build (English labels, the search's Latin queries). */
  pinyin: PinyinLookup;
  labels: ReadonlyMap<string, [number, number]>;
}

let loading: Promise<void> | null = null;
let latest: NationalLoad = { status: 'idle' };
const listeners = new Set<() => void>();
const publish = (load: NationalLoad) => {
  latest = load;
  for (const listener of listeners) listener();
};

/** Starts loading the record unless it is loading or loaded. */
export function preloadNationalData(baseUrl = './'): void {
  if (loading) return;
  publish({ status: 'loading', done: 0, total: 1, meta: null, totals: null, early: null });
  // The loader (decoding, units, the worker client) is its own chunk: the atlas carries it only once a view asks.
  loading = import('./national-load').then(({ loadNational }) => loadNational(baseUrl, publish)).catch((error: unknown) => {
    loading = null;
    publish({ status: 'error', message: error instanceof Error ? error.message : String(error) });
  });
}

// An external store read with useSyncExternalStore: a state copied at mount would miss a load that finishes
// between the view's first render and its subscription.
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const snapshot = () => latest;

export function useNationalData(wanted: boolean, baseUrl = './'): { load: NationalLoad; retry: () => void } {
  const state = useSyncExternalStore(subscribe, snapshot);
  useEffect(() => {
    if (wanted) preloadNationalData(baseUrl);
  }, [wanted, baseUrl]);
  // After a failure `loading` is already null; starting again here (not waiting for an effect whose inputs did not
  // change) is what makes the error's "Try again" button load.
  const retry = () => {
    loading = null;
    preloadNationalData(baseUrl);
  };
  return { load: state, retry };
}
