/**
 * Core (Node) bench: per-step time of the app's TimelineIndex + TimelineCursor against the straightforward
 * computation (every feature's events re-evaluated with `stateOnDay` on every step), in the same process and
 * interleaved step by step so machine noise hits both alike. Data goes through the app's own loader
 * (`assembleAtlasData`, zod-checked) and `timelineInput`, exactly as in the browser.
 */
import fs from 'node:fs';
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { assembleAtlasData, type AtlasData } from '../src/model/atlas-data';
import { dayNumber } from '../src/core/calendar-day';
import { TimelineCursor, TimelineIndex, type TimelineInput } from '../src/time/timeline-index';
import { DEFAULT_TIMELINE_OPTIONS, sameState, stateOnDay, type FeatureState, type TimelineOptions } from '../src/time/feature-state';
import { timelineInput } from '../src/model/timeline-input';
import { ensureSynthetic, YEAR_DAYS, YEAR_START } from './generate';
import { summarise, type Summary } from './stats';

export interface CoreResult {
  n: number;
  steps: number;
  loadMs: number;
  buildMs: number;
  indexMemoryMB: number;
  changedPerStep: Summary;
  index: Summary;
  naive: Summary;
  ratioMedian: number;
  ratioP95: number;
}

// A real collection between memory readings; Node hides `gc` unless the flag is set, which it can be at run time.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The straightforward definition: every feature's state recomputed from its events on every step. */
export class NaiveTimeline {
  private readonly states: FeatureState[];
  constructor(private readonly features: readonly TimelineInput[], private readonly options: TimelineOptions, day: number) {
    this.states = features.map((f) => stateOnDay(f.eventDays, f.statuses, day, options, f.endDay));
  }

  moveTo(day: number): number[] {
    const changed: number[] = [];
    for (let i = 0; i < this.features.length; i += 1) {
      const { eventDays, statuses, endDay } = this.features[i];
      const next = stateOnDay(eventDays, statuses, day, this.options, endDay);
      if (!sameState(next, this.states[i])) {
        this.states[i] = next;
        changed.push(i);
      }
    }
    return changed;
  }
}

const emptyCollection = { type: 'FeatureCollection', features: [] } as unknown as AtlasData['counties'];

export function loadSynthetic(n: number): { data: AtlasData; loadMs: number } {
  const { file } = ensureSynthetic(n);
  const started = performance.now();
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const data = assembleAtlasData([json], emptyCollection, emptyCollection, [file]);
  return { data, loadMs: performance.now() - started };
}

function heapMB(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function benchCore(n: number, log: (line: string) => void = () => undefined): CoreResult {
  const { data, loadMs } = loadSynthetic(n);
  const input = timelineInput(data, 'calendar');
  const options = DEFAULT_TIMELINE_OPTIONS;
  const first = dayNumber(YEAR_START);
  const days = Array.from({ length: YEAR_DAYS }, (_, i) => first + i);

  // Build time: median of 5 builds (index + cursor at the first day). Memory: heap growth from the last build,
  // measured with the earlier ones released; the input arrays are shared with the app, not counted.
  const builds: number[] = [];
  const build = () => {
    const started = performance.now();
    const built = new TimelineIndex(input, options);
    const at = new TimelineCursor(built, first);
    builds.push(performance.now() - started);
    return { built, at };
  };
  for (let i = 0; i < 4; i += 1) build();
  const memoryBefore = heapMB();
  const { at: cursor } = build();
  const indexMemoryMB = heapMB() - memoryBefore;
  const naive = new NaiveTimeline(input, options, first);

  // Untimed warm-up scrub that also checks both give the same changed features on every step.
  for (const day of days.slice(1)) {
    const a = cursor.moveTo(day).sort((x, y) => x - y);
    const b = naive.moveTo(day);
    if (a.length !== b.length || a.some((v, i) => v !== b[i])) throw new Error(`index and naive differ on day ${day}`);
  }
  cursor.moveTo(first);
  naive.moveTo(first);

  // Timed scrub, one day at a time over the whole year; the two computations alternate on each step.
  const indexTimes: number[] = [];
  const naiveTimes: number[] = [];
  const changed: number[] = [];
  for (const day of days.slice(1)) {
    let t = performance.now();
    const moved = cursor.moveTo(day);
    indexTimes.push(performance.now() - t);
    t = performance.now();
    naive.moveTo(day);
    naiveTimes.push(performance.now() - t);
    changed.push(moved.length);
  }
  const index_ = summarise(indexTimes);
  const naive_ = summarise(naiveTimes);
  log(`core N=${n}: index median ${index_.median.toFixed(3)} ms, naive median ${naive_.median.toFixed(3)} ms`);
  return {
    n, steps: indexTimes.length, loadMs, buildMs: summarise(builds).median, indexMemoryMB, changedPerStep: summarise(changed),
    index: index_, naive: naive_, ratioMedian: naive_.median / index_.median, ratioP95: naive_.p95 / index_.p95,
  };
}
