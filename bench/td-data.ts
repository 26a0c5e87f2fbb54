/**
 * The synthetic data in Leaflet.TimeDimension's GeoJSON time format. TimeDimension shows a feature while the
 * current time lies between the first and last of its `properties.times` (plus `duration` before), and styles
 * it from static properties, so each feature becomes one TD feature per run of days in the same visible state
 * (status + active/ended), with `times: [first day, last day]`. Computed with the app's own `stateOnDay`, so
 * both maps show the same features in the same state on every day. Two times per feature is the cheapest input
 * for TimeDimension's per-step scan: the comparison is as favourable to it as its format allows.
 */
import type { OutbreakFile } from '../src/data/schema';
import { dayNumber, isoOfDay } from '../src/core/calendar-day';
import { DEFAULT_TIMELINE_OPTIONS, stateOnDay } from '../src/time/feature-state';
import { YEAR_DAYS, YEAR_START } from './generate';

export interface TdCollection {
  type: 'FeatureCollection';
  /** The 365 days as epoch ms (UTC midnight), the TimeDimension's available times. */
  times: number[];
  features: Array<{
    type: 'Feature';
    geometry: OutbreakFile['features'][number]['geometry'];
    properties: { id: string; kind: string; status: string; phase: string; times: string[] };
  }>;
}

export function toTimeDimension(file: OutbreakFile): TdCollection {
  const first = dayNumber(YEAR_START);
  const features: TdCollection['features'] = [];
  for (const feature of file.features) {
    const { events, id, kind } = feature.properties;
    const eventDays = events.map((e) => dayNumber(e.date));
    const statuses = events.map((e) => e.status);
    let run: { start: number; key: string; status: string; phase: string } | null = null;
    const close = (end: number) => {
      if (!run) return;
      const times = run.start === end ? [isoOfDay(run.start)] : [isoOfDay(run.start), isoOfDay(end)];
      features.push({ type: 'Feature', geometry: feature.geometry, properties: { id, kind, status: run.status, phase: run.phase, times } });
      run = null;
    };
    for (let day = first; day < first + YEAR_DAYS; day += 1) {
      const state = stateOnDay(eventDays, statuses, day, DEFAULT_TIMELINE_OPTIONS);
      const key = state.phase === 'hidden' ? '' : `${state.phase}|${state.status}`;
      if (run && run.key !== key) close(day - 1);
      if (!run && key) run = { start: day, key, status: state.status ?? '', phase: state.phase };
    }
    close(first + YEAR_DAYS - 1);
  }
  const times = Array.from({ length: YEAR_DAYS }, (_, i) => (first + i) * 86_400_000);
  return { type: 'FeatureCollection', times, features };
}
