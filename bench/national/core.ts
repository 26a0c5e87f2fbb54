/**
 * Core (Node) part of the national bench, on the real record: the two day indexes against re-evaluating every
 * interval on every step, over the scrub window (2022-10-01 .. 12-24, one day per step), interleaved step by step
 * in one process, after an untimed pass that checks both give the same changed areas on every step.
 *  - `NationalModel` (src/national/: display state per area with the 3-day fade, and the areas in force per
 *    province, prefecture and county): what the map moves on each step.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import { FADED, HIGH, isInForce, levelOf, MEDIUM } from '../../src/national/area-timeline';
import { NationalModel, UNIT_LEVELS } from '../../src/national/national-model';
import { summarise, type Summary } from '../stats';
import { windowDays, type BenchRecord } from './record';

export interface IndexRow {
  name: string;
  buildMs: number;
  memoryMB: number;
  changedPerStep: Summary;
  index: Summary;
  naive: Summary;
  ratioMedian: number;
  ratioP95: number;
}

export interface NationalCore {
  areas: number;
  intervals: number;
  steps: number;
  load: BenchRecord['timings'];
  rows: IndexRow[];
}

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** JS heap plus ArrayBuffers: the indexes are typed arrays, whose memory V8 counts outside `heapUsed`. */
const heapMB = () => {
  gc();
  gc();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 2 ** 20;
};

/** Display state of every area and the areas in force per unit, re-evaluated from every interval on each step. */
class NaiveStates {
  states: Uint8Array;
  readonly unitTotals: Int32Array[];
  constructor(private readonly record: BenchRecord, private readonly fadeDays: number, day: number) {
    this.states = this.evaluate(day);
    this.unitTotals = UNIT_LEVELS.map((level) => new Int32Array(record.units[level].units.length * 2));
    this.count();
  }

  private evaluate(day: number): Uint8Array {
    const n = this.record.record.areaCount;
    const active = new Uint8Array(n);
    const endedOn = new Int32Array(n).fill(-1e9);
    const endedLevel = new Uint8Array(n);
    const { area, first, last, level, length } = this.record.record.intervals;
    for (let i = 0; i < length; i += 1) {
      const a = area[i];
      const code = level[i] === 0 ? HIGH : MEDIUM;
      if (first[i] <= day && day <= last[i]) active[a] = Math.max(active[a], code);
      else if (last[i] < day) {
        if (last[i] > endedOn[a]) [endedOn[a], endedLevel[a]] = [last[i], code];
        else if (last[i] === endedOn[a]) endedLevel[a] = Math.max(endedLevel[a], code);
      }
    }
    const states = new Uint8Array(n);
    for (let a = 0; a < n; a += 1) states[a] = active[a] || (day - endedOn[a] <= this.fadeDays ? endedLevel[a] | FADED : 0);
    return states;
  }

  private count(): void {
    UNIT_LEVELS.forEach((level, k) => {
      const totals = this.unitTotals[k].fill(0);
      const { unitOfArea } = this.record.units[level];
      for (let a = 0; a < this.states.length; a += 1) {
        const unit = unitOfArea[a];
        if (unit >= 0 && isInForce(this.states[a])) totals[2 * unit + (levelOf(this.states[a]) === HIGH ? 0 : 1)] += 1;
      }
    });
  }

  moveTo(day: number): number[] {
    const next = this.evaluate(day);
    const changed: number[] = [];
    for (let a = 0; a < next.length; a += 1) if (next[a] !== this.states[a]) changed.push(a);
    this.states = next;
    this.count();
    return changed;
  }
}

function median(times: number[]): number {
  return summarise(times).median;
}

function compare(name: string, index: { moveTo: (day: number) => number[] }, naive: { moveTo: (day: number) => number[] }, days: number[], rewind: () => void) {
  for (const day of days.slice(1)) {
    const a = [...index.moveTo(day)].sort((x, y) => x - y);
    const b = naive.moveTo(day);
    if (a.length !== b.length || a.some((v, i) => v !== b[i])) throw new Error(`${name}: index and naive differ on day ${day} (${a.length} vs ${b.length} changed)`);
  }
  rewind();
  const indexTimes: number[] = [];
  const naiveTimes: number[] = [];
  const changed: number[] = [];
  for (const day of days.slice(1)) {
    let t = performance.now();
    changed.push(index.moveTo(day).length);
    indexTimes.push(performance.now() - t);
    t = performance.now();
    naive.moveTo(day);
    naiveTimes.push(performance.now() - t);
  }
  const i = summarise(indexTimes);
  const n = summarise(naiveTimes);
  return { changedPerStep: summarise(changed), index: i, naive: n, ratioMedian: n.median / i.median, ratioP95: n.p95 / i.p95 };
}

export function benchNationalCore(loaded: BenchRecord, log: (line: string) => void): NationalCore {
  const days = windowDays();
  const { record } = loaded;
  const rows: IndexRow[] = [];

  // NationalModel: the map's own time model (states with fade + unit counts).
  const modelBuilds: number[] = [];
  const buildModel = () => {
    const t = performance.now();
    const built = new NationalModel(record.areaCount, record.intervals, loaded.units, days[0]);
    modelBuilds.push(performance.now() - t);
    return built;
  };
  for (let i = 0; i < 2; i += 1) buildModel();
  const before = heapMB();
  let model = buildModel();
  const modelMemory = heapMB() - before;
  const naive = new NaiveStates(loaded, model.timeline.options.fadeDays, days[0]);
  const modelStep = { moveTo: (day: number) => model.moveTo(day).areas.changed };
  const national = compare('NationalModel', modelStep, naive, days, () => {
    model = new NationalModel(record.areaCount, record.intervals, loaded.units, days[0]);
    naive.moveTo(days[0]);
  });
  rows.push({ name: 'NationalModel (display state per area + areas in force per unit)', buildMs: median(modelBuilds), memoryMB: modelMemory, ...national });
  log(`national core: NationalModel median ${national.index.median.toFixed(3)} ms, naive ${national.naive.median.toFixed(2)} ms`);

  return { areas: record.areaCount, intervals: record.intervals.length, steps: days.length - 1, load: loaded.timings, rows };
}
